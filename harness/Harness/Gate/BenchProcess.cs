// Runs one build's bench as a child process (its scripts/harness bench --json FILE --out DIR --plain [--short]) and reads the report.
// A child process, not an in-process call, so that the gate measures exactly what a user of that build would run and
// so that another build of the project (an A/B baseline checkout) is measured with its own code.
using System.Diagnostics;

namespace Harness.Gate;

/// <summary>A build of the project whose bench the gate runs.</summary>
/// <param name="Root">Repository root holding scripts/harness.</param>
/// <param name="Label">"baseline" or "candidate", for file names and logs.</param>
/// <param name="Environment">Variables set for this build's bench only (for example the test-only restore delay).</param>
public sealed record BenchBuild(string Root, string Label, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The build's harness script.</summary>
    public string Script => Path.Combine(Root, "scripts", "harness");

    /// <summary>Whether <paramref name="directory"/> holds a build of the project (scripts/harness exists).</summary>
    public static bool IsBuildRoot(string directory) => File.Exists(Path.Combine(directory, "scripts", "harness"));
}

/// <summary>The bench of a build could not be run or produced no usable report.</summary>
public sealed class BenchRunException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BenchRunException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    public BenchRunException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public BenchRunException() : base("the bench run failed")
    {
    }
}

/// <summary>Runs benches as child processes.</summary>
public static class BenchProcess
{
    /// <summary>Runs <paramref name="build"/>'s bench, writing its report to <paramref name="jsonPath"/>.</summary>
    /// <param name="build">The build.</param>
    /// <param name="jsonPath">Where the bench writes its report JSON; its other report files go to a directory of the
    /// same name without the extension.</param>
    /// <param name="isShort">Pass --short.</param>
    /// <param name="extraArguments">More arguments for the bench verb.</param>
    /// <param name="log">Receives the bench's output, each line prefixed with the build's label.</param>
    /// <param name="timeout">Longest a run may take before it is killed.</param>
    /// <param name="cancellationToken">Kills the run when cancelled.</param>
    /// <exception cref="BenchRunException">The script is missing, the run failed or timed out, or wrote no report.</exception>
    /// <exception cref="BenchReportException">The report it wrote is not a usable harness-bench/1 report.</exception>
    public static async Task<BenchReport> RunAsync(BenchBuild build, string jsonPath, bool isShort, IReadOnlyList<string> extraArguments,
        TextWriter log, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(jsonPath);
        ArgumentNullException.ThrowIfNull(extraArguments);
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(build.Script))
        {
            throw new BenchRunException($"{build.Root} holds no scripts/harness: not a build of this project");
        }

        File.Delete(jsonPath);
        var psi = new ProcessStartInfo(build.Script)
        {
            WorkingDirectory = build.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("bench");
        psi.ArgumentList.Add("--json");
        psi.ArgumentList.Add(Path.GetFullPath(jsonPath));
        // The bench's own report files (markdown, html, junit) go beside the JSON instead of into the build's tree.
        psi.ArgumentList.Add("--out");
        psi.ArgumentList.Add(Path.ChangeExtension(Path.GetFullPath(jsonPath), null));
        psi.ArgumentList.Add("--plain");
        if (isShort)
        {
            psi.ArgumentList.Add("--short");
        }

        foreach (string a in extraArguments)
        {
            psi.ArgumentList.Add(a);
        }

        // Each build finds its own root; an inherited HARNESS_ROOT would point both builds at one tree.
        psi.Environment.Remove("HARNESS_ROOT");
        foreach ((string key, string value) in build.Environment)
        {
            psi.Environment[key] = value;
        }

        string prefix = $"[{build.Label}] ";
        using var process = new Process { StartInfo = psi };
        var output = new List<string>();
        void OnLine(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
                if (output.Count > 40)
                {
                    output.RemoveAt(0);
                }

                log.WriteLine(prefix + line);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        log.WriteLine($"{prefix}$ {build.Script} {string.Join(' ', psi.ArgumentList)}");
        if (!process.Start())
        {
            throw new BenchRunException($"could not start {build.Script}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new BenchRunException($"the {build.Label} bench ({build.Root}) ran longer than {timeout.TotalMinutes:F0} minutes and was killed");
        }

        if (process.ExitCode != 0)
        {
            string tail;
            lock (output)
            {
                tail = string.Join("\n", output.TakeLast(10));
            }

            throw new BenchRunException($"the {build.Label} bench ({build.Root}) exited with {process.ExitCode}:\n{tail}");
        }

        if (!File.Exists(jsonPath))
        {
            throw new BenchRunException($"the {build.Label} bench ({build.Root}) exited 0 but wrote no report to {jsonPath}");
        }

        return BenchReport.Load(jsonPath);
    }
}
