// A set of budgets, loaded from the JSON file shared with `harness bench --budgets` and checked against measurements.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Budgets;

/// <summary>
/// Budgets from a JSON file: <c>{ "budgets": [ { "metric": "restore_to_ready", "percentile": "p99", "limit": 5, "unit": "ms" },
/// { "metric": "density.sandboxes", "at_least": 1000 } ] }</c>.
/// </summary>
public sealed class BudgetSet
{
    /// <summary>Wraps budgets given in code.</summary>
    public BudgetSet(IEnumerable<Budget> budgets) => Budgets = [.. budgets];

    /// <summary>The budgets.</summary>
    public IReadOnlyList<Budget> Budgets { get; }

    /// <summary>Loads a budgets file.</summary>
    /// <exception cref="BudgetFileException">The file is missing, not JSON, or an entry is malformed (the message says which).</exception>
    public static BudgetSet Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new BudgetFileException($"{path}: {e.Message}");
        }

        if (root?["budgets"] is not JsonArray entries)
        {
            throw new BudgetFileException($"{path}: expected an object with a \"budgets\" array");
        }

        var list = new List<Budget>();
        for (int i = 0; i < entries.Count; i++)
        {
            string where = $"{path}: budgets[{i}]";
            if (entries[i] is not JsonObject o)
            {
                throw new BudgetFileException($"{where} is not an object");
            }

            string metric = Text(o, "metric") ?? throw new BudgetFileException($"{where} has no \"metric\"");
            double? limit = Number(o, "limit", where), atLeast = Number(o, "at_least", where);
            if (limit is null == atLeast is null)
            {
                throw new BudgetFileException($"{where} needs exactly one of \"limit\" (at most) and \"at_least\"");
            }

            list.Add(new Budget(metric, Text(o, "percentile"), limit ?? atLeast!.Value, atLeast != null, Text(o, "unit")));
        }

        return new BudgetSet(list);
    }

    /// <summary>Checks every budget; a budget naming something not measured is a breach that says so.</summary>
    public BudgetVerdict Check(Measurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var checks = new List<BudgetCheck>();
        foreach (Budget b in Budgets)
        {
            (double value, string unit) = measurements.Value(b.Metric, b.Percentile);
            if (b.Unit != null && b.Unit != unit)
            {
                throw new BudgetFileException($"budget {b} is in {b.Unit} but {b.Metric} is measured in {unit}");
            }

            checks.Add(new BudgetCheck(b, value, unit, b.AtLeast ? value >= b.Limit : value <= b.Limit));
        }

        return new BudgetVerdict(checks);
    }

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

/// <summary>A budgets file or budget is malformed.</summary>
public sealed class BudgetFileException(string message) : Exception(message);
