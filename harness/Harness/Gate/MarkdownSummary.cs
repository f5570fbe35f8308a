// Writes a gate result as a Markdown summary: the verdict first, then failures, then every metric in one table.
using System.Globalization;
using System.Text;

namespace Harness.Gate;

/// <summary>Markdown output of a gate run (summary.md).</summary>
public static class MarkdownSummary
{
    /// <summary>The summary text.</summary>
    public static string Build(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        int failures = result.Verdicts.Count(v => v.Fails);
        sb.Append(inv, $"# Performance gate: {(result.Passed ? "PASSED" : "FAILED")}\n\n");
        sb.Append(inv, $"- baseline: {Escape(result.Baseline.Source)} ({result.Baseline.Rounds} run{(result.Baseline.Rounds == 1 ? "" : "s")}; {Escape(result.Baseline.HostSummary)})\n");
        sb.Append(inv, $"- candidate: {Escape(result.Candidate.Source)} ({result.Candidate.Rounds} run{(result.Candidate.Rounds == 1 ? "" : "s")}; {Escape(result.Candidate.HostSummary)})\n");
        sb.Append(inv, $"- rule: a distribution regresses when the permutation test gives p < {result.Config.Alpha} and its mean moved the worse way by ≥ {GateComparer.Share(result.Config.MinChange)}");
        sb.Append(result.Pairing == Pairing.CrossRun
            ? string.Create(inv, $" (timing figures: ≥ {GateComparer.Share(result.Config.CrossRunMinChange)}, cross-run bound)")
            : "");
        sb.Append(inv, $"; counters and scalars are compared within their tolerance ({result.Config.Resamples} resamples, seed {result.Config.Seed})\n");
        sb.Append(inv, $"- {failures} failing, {result.Verdicts.Count(v => v.Outcome == Outcome.Improved)} improved, {result.Verdicts.Count(v => v.Outcome == Outcome.Inconclusive)} inconclusive, {result.Verdicts.Count} metrics\n");
        foreach (string w in result.Warnings)
        {
            sb.Append(inv, $"- note: {Escape(w)}\n");
        }

        if (failures > 0)
        {
            sb.Append("\n## Failures\n\n");
            foreach (MetricVerdict v in result.Verdicts.Where(v => v.Fails))
            {
                sb.Append(inv, $"- **{Escape(v.Name)}**: {Escape(JUnitReport.Describe(v))}\n");
            }
        }

        sb.Append("\n## Metrics\n\n| metric | kind | gated | baseline | candidate | change | p | n (base/cand) | verdict |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (MetricVerdict v in result.Verdicts)
        {
            string p = double.IsNaN(v.PValue) ? "—" : v.PValue.ToString("G3", inv);
            string change = double.IsNaN(v.Baseline) || double.IsNaN(v.Candidate) ? "—" : GateComparer.Percent(v.RelativeChange);
            string verdict = v.Fails ? $"**{Label(v.Outcome)}**" : Label(v.Outcome);
            sb.Append(inv, $"| {Escape(v.Name)} | {v.Kind.ToString().ToLowerInvariant()} | {(v.Rule.Gated ? "yes" : "no")} | {JUnitReport.Format(v.Baseline, v.Unit)} | {JUnitReport.Format(v.Candidate, v.Unit)} | {change} | {p} | {v.BaselineSamples}/{v.CandidateSamples} | {verdict}: {Escape(v.Note)} |\n");
        }

        return sb.ToString();
    }

    /// <summary>Writes <see cref="Build"/> to <paramref name="path"/>.</summary>
    public static void Write(GateResult result, string path) => File.WriteAllText(path, Build(result));

    private static string Label(Outcome o) => o switch
    {
        Outcome.Regressed => "regressed",
        Outcome.Improved => "improved",
        Outcome.WorseReportOnly => "worse (not gated)",
        Outcome.Inconclusive => "inconclusive",
        Outcome.Missing => "missing",
        Outcome.New => "new",
        _ => "ok",
    };

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
