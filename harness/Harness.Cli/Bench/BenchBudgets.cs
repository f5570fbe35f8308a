// Budgets for `harness bench --budgets FILE`: each entry names a report figure (a distribution and percentile, or
// a dotted scalar) and a bound; the verdicts go into report.json, junit.xml and the exit code. The file uses the
// check shape report.json's "budgets.checks" prints:
//   { "budgets": [ { "metric": "restore_to_ready", "percentile": "p99", "limit": 5, "unit": "ms" },
//                  { "metric": "density.sandboxes", "at_least": 1000 } ] }
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Reports;

namespace Harness.Cli.Bench;

/// <summary>The budget file is missing, not JSON, or names a figure the report does not have.</summary>
internal sealed class BudgetFileException(string message) : Exception(message);

internal static class BenchBudgets
{
    public static BudgetOutcome Evaluate(BenchReport report, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new BudgetFileException($"{path}: {e.Message}");
        }

        if (root?["budgets"] is not JsonArray entries)
        {
            throw new BudgetFileException($"{path}: expected an object with a \"budgets\" array");
        }

        var checks = new List<BudgetCheckResult>();
        for (int i = 0; i < entries.Count; i++)
        {
            checks.Add(Check(report, entries[i] as JsonObject ?? throw new BudgetFileException($"{path}: budgets[{i}] is not an object"),
                $"{path}: budgets[{i}]"));
        }

        return new BudgetOutcome(path, checks);
    }

    private static BudgetCheckResult Check(BenchReport report, JsonObject entry, string where)
    {
        string metric = Text(entry, "metric") ?? throw new BudgetFileException($"{where} has no \"metric\"");
        string percentile = Text(entry, "percentile") ?? "";
        double? limit = Number(entry, "limit", where), atLeast = Number(entry, "at_least", where);
        if (limit is null == atLeast is null)
        {
            throw new BudgetFileException($"{where} needs exactly one of \"limit\" (at most) and \"at_least\"");
        }

        string? unit = Text(entry, "unit");
        string name = metric;
        if (percentile.Length > 0)
        {
            string u = unit ?? DistributionUnit(report, metric)
                ?? throw new BudgetFileException($"{where}: the report has no distribution \"{metric}\"");
            name = $"{metric}.{percentile}_{u}";
        }

        BenchMetric found = BenchMetrics.Of(report).FirstOrDefault(m => m.Name == name)
            ?? throw new BudgetFileException($"{where}: the report has no figure \"{name}\"; it has " +
                                             string.Join(", ", BenchMetrics.Of(report).Select(m => m.Name)));
        if (unit != null && unit != found.Unit)
        {
            throw new BudgetFileException($"{where}: \"{name}\" is measured in {found.Unit}, not {unit}");
        }

        bool passed = limit is { } l ? found.Value <= l : found.Value >= atLeast!.Value;
        return new BudgetCheckResult(metric, percentile.Length > 0 ? percentile : (limit is null ? "at least" : "at most"),
            limit ?? atLeast!.Value, found.Value, found.Unit, passed);
    }

    private static string? DistributionUnit(BenchReport r, string metric) => metric switch
    {
        "restore_to_ready" => r.RestoreToReady.Unit,
        "first_exec" => r.FirstExec?.Unit,
        "acquire" => r.Acquire?.Unit,
        _ => null,
    };

    private static string? Text(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static double? Number(JsonObject o, string key, string where)
    {
        if (o[key] is null)
        {
            return null;
        }

        return o[key] is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d)
            ? d
            : throw new BudgetFileException($"{where}: \"{key}\" is not a number");
    }
}
