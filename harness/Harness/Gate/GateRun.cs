// One invocation of the gate, as `harness gate` runs it: obtain the baseline and candidate reports (stored files or a
// directory of them, a fresh run of this build, or two builds' benches interleaved A, B, A, B), compare, and write junit.xml and
// summary.md.
namespace Harness.Gate;

/// <summary>What a gate invocation compares and where it writes.</summary>
public sealed record GateOptions
{
    /// <summary>A stored report JSON; a directory of stored report JSONs (merged, as several runs of one build); or a
    /// directory holding another build of the project (its scripts/harness), run A/B interleaved.</summary>
    public required string Baseline { get; init; }

    /// <summary>A stored candidate report, or another build's directory; null runs this build's bench.</summary>
    public string? Candidate { get; init; }

    /// <summary>The root of this build (whose bench is the candidate when <see cref="Candidate"/> is null).</summary>
    public required string RepoRoot { get; init; }

    /// <summary>Bench runs per side (A/B rounds); 0 picks the default: <see cref="GateRun.DefaultRounds"/> for A/B, 1
    /// against a stored baseline.</summary>
    public int Runs { get; init; }

    /// <summary>Run the benches with --short.</summary>
    public bool Short { get; init; }

    /// <summary>Where junit.xml, summary.md and the per-run reports go.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Decision parameters and per-metric rules.</summary>
    public GateConfig Config { get; init; } = new();

    /// <summary>Variables set for the candidate's bench runs only.</summary>
    public IReadOnlyDictionary<string, string> CandidateEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>More arguments for every bench run.</summary>
    public IReadOnlyList<string> BenchArguments { get; init; } = [];

    /// <summary>How the reports were obtained; null decides from the inputs (stored baseline against a fresh run:
    /// cross-run; A/B: interleaved; two stored files: same conditions).</summary>
    public Pairing? Pairing { get; init; }

    /// <summary>Longest one bench run may take.</summary>
    public TimeSpan BenchTimeout { get; init; } = TimeSpan.FromMinutes(30);
}

/// <summary>Runs the gate.</summary>
public static class GateRun
{
    /// <summary>junit.xml, written in the output directory.</summary>
    public const string JUnitFile = "junit.xml";

    /// <summary>A/B rounds unless told otherwise: the sign test over 8 rounds passes a move seen in 7 of them, so one
    /// round disturbed by a load spike does not hide a regression.</summary>
    public const int DefaultRounds = 8;

    /// <summary>summary.md, written in the output directory.</summary>
    public const string SummaryFile = "summary.md";

    /// <summary>Obtains both reports, compares them, writes junit.xml and summary.md.</summary>
    /// <exception cref="BenchReportException">A report or the configuration is unusable.</exception>
    /// <exception cref="BenchRunException">A bench run failed.</exception>
    /// <exception cref="ArgumentException">The inputs do not make a comparison (a missing path, say).</exception>
    public static async Task<GateResult> RunAsync(GateOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Runs);
        Directory.CreateDirectory(options.OutputDirectory);
        string runsDir = Path.Combine(options.OutputDirectory, "runs");

        (BenchReport baseline, BenchReport candidate, Pairing inferred) = await ObtainAsync(options, runsDir, log, cancellationToken)
            .ConfigureAwait(false);
        GateResult result = GateComparer.Compare(baseline, candidate, options.Config, options.Pairing ?? inferred);
        JUnitReport.Write(result, Path.Combine(options.OutputDirectory, JUnitFile));
        MarkdownSummary.Write(result, Path.Combine(options.OutputDirectory, SummaryFile));
        return result;
    }

    /// <summary>The bench reports (*.json) a baseline directory holds, in name order.</summary>
    private static string[] StoredReports(string directory) => [.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)];

    private static async Task<(BenchReport Baseline, BenchReport Candidate, Pairing Pairing)> ObtainAsync(GateOptions o, string runsDir,
        TextWriter log, CancellationToken ct)
    {
        bool baselineIsBuild = Directory.Exists(o.Baseline);
        if (!baselineIsBuild && !File.Exists(o.Baseline))
        {
            throw new ArgumentException($"baseline {o.Baseline} is neither a report file nor a directory");
        }

        string[] storedRuns = baselineIsBuild && !BenchBuild.IsBuildRoot(o.Baseline) ? StoredReports(o.Baseline) : [];
        if (storedRuns.Length > 0)
        {
            baselineIsBuild = false;
        }
        else if (baselineIsBuild && !BenchBuild.IsBuildRoot(o.Baseline))
        {
            throw new ArgumentException($"baseline directory {o.Baseline} holds neither scripts/harness (a build of this project) nor *.json bench reports");
        }

        bool candidateIsBuild = o.Candidate != null && Directory.Exists(o.Candidate);
        if (o.Candidate != null && !candidateIsBuild && !File.Exists(o.Candidate))
        {
            throw new ArgumentException($"candidate {o.Candidate} is neither a report file nor a directory");
        }

        var candidateBuild = new BenchBuild(candidateIsBuild ? Path.GetFullPath(o.Candidate!) : o.RepoRoot, "candidate", o.CandidateEnvironment);
        if (baselineIsBuild)
        {
            if (o.Candidate != null && !candidateIsBuild)
            {
                throw new ArgumentException("an A/B run against a baseline build needs a candidate build, not a report file");
            }

            var baselineBuild = new BenchBuild(Path.GetFullPath(o.Baseline), "baseline", new Dictionary<string, string>());
            int rounds = o.Runs == 0 ? DefaultRounds : o.Runs;
            Directory.CreateDirectory(runsDir);
            var a = new List<BenchReport>();
            var b = new List<BenchReport>();
            for (int i = 1; i <= rounds; i++)
            {
                // Interleaved so that both builds see the same drift in machine load.
                log.WriteLine($"==> round {i}/{rounds}: baseline {baselineBuild.Root}");
                a.Add(await BenchProcess.RunAsync(baselineBuild, Path.Combine(runsDir, $"baseline-{i}.json"), o.Short, o.BenchArguments, log,
                    o.BenchTimeout, ct).ConfigureAwait(false));
                log.WriteLine($"==> round {i}/{rounds}: candidate {candidateBuild.Root}");
                b.Add(await BenchProcess.RunAsync(candidateBuild, Path.Combine(runsDir, $"candidate-{i}.json"), o.Short, o.BenchArguments, log,
                    o.BenchTimeout, ct).ConfigureAwait(false));
            }

            return (BenchReport.Merge(a, $"{baselineBuild.Root} ({rounds} runs, interleaved)"),
                BenchReport.Merge(b, $"{candidateBuild.Root} ({rounds} runs, interleaved)"), Pairing.Interleaved);
        }

        BenchReport stored = storedRuns.Length > 0
            ? BenchReport.Merge([.. storedRuns.Select(BenchReport.Load)], $"{o.Baseline} ({storedRuns.Length} stored runs)")
            : BenchReport.Load(o.Baseline);
        if (o.Candidate != null && !candidateIsBuild)
        {
            return (stored, BenchReport.Load(o.Candidate), Pairing.SameConditions);
        }

        int runs = o.Runs == 0 ? 1 : o.Runs;
        Directory.CreateDirectory(runsDir);
        var fresh = new List<BenchReport>();
        for (int i = 1; i <= runs; i++)
        {
            log.WriteLine($"==> run {i}/{runs}: candidate {candidateBuild.Root}");
            fresh.Add(await BenchProcess.RunAsync(candidateBuild, Path.Combine(runsDir, $"candidate-{i}.json"), o.Short, o.BenchArguments, log,
                o.BenchTimeout, ct).ConfigureAwait(false));
        }

        return (stored, BenchReport.Merge(fresh, runs == 1 ? fresh[0].Source : $"{candidateBuild.Root} ({runs} runs)"), Pairing.CrossRun);
    }
}
