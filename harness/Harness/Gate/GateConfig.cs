// The gate's decision parameters and per-metric rules: the built-in defaults table, overridable per key by a JSON
// file (baselines/gate.json in CI). Unknown keys are errors, so a typo cannot silently loosen the gate.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Gate;

/// <summary>Parameters of the gate's decision and the rule for each metric.</summary>
public sealed record GateConfig
{
    /// <summary>Significance level: a distribution fails only when the permutation test's p is below it.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Relative change of the mean a regression must reach when baseline and candidate were measured in the
    /// same invocation (A/B interleaved) or are vouched for as comparable: 5%, as the issue states.</summary>
    public double MinChange { get; init; } = 0.05;

    /// <summary>
    /// Relative change a timing regression must reach when the baseline is a stored report measured in another
    /// invocation, perhaps on another machine or under other load: a generous bound (+100%, twice as slow), because
    /// absolute latencies move with the machine. Counters and non-timing figures keep their own tolerances.
    /// </summary>
    public double CrossRunMinChange { get; init; } = 1.0;

    /// <summary>Level of the sign test over interleaved A/B rounds that a move must also pass (5 of 5 rounds,
    /// 7 of 8, 9 of 10 at 0.05).</summary>
    public double RoundsAlpha { get; init; } = 0.05;

    /// <summary>Resamples of the permutation test (exact enumeration when there are at most this many splits).</summary>
    public int Resamples { get; init; } = PermutationTest.DefaultResamples;

    /// <summary>Seed of the permutation test's generator.</summary>
    public int Seed { get; init; } = PermutationTest.DefaultSeed;

    /// <summary>Rules by metric name, over the defaults.</summary>
    public IReadOnlyDictionary<string, MetricRule> Rules { get; init; } = DefaultRules;

    /// <summary>
    /// The defaults table: the contract metrics of BENCH-SCHEMA are gated; counters are gated exactly unless listed
    /// here with the spread measured between unchanged runs (docs/benchmarks.md, "Regression gate").
    /// </summary>
    public static IReadOnlyDictionary<string, MetricRule> DefaultRules { get; } = new Dictionary<string, MetricRule>(StringComparer.Ordinal)
    {
        // Distributions are decided by the permutation test and min_change; their tolerance is not used.
        ["restore_to_ready"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0),
        ["first_exec"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0),
        ["acquire"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0),
        // One cold boot per run: without rounds to test, a single figure is compared within a quarter.
        ["cold_boot_ms"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.25),
        ["density.sandboxes"] = new(Direction.LowerIsWorse, Gated: true, Tolerance: 0.05),
        // Guests write more pages while the host is loaded (more timer work): 0.50-0.52 MiB in quiet short runs,
        // 0.585 in one under load, 0.59 in a full 1,000-sandbox run.
        ["density.private_mib_per_sandbox"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.25),
        // Guest work depends on how many timer ticks land while the host is slow, so these counters move a little
        // between unchanged runs: 68.4–70.3 M, 229–245 k and 222–245 pages over seven short runs at load 5–10.
        ["counters.guest_instructions_to_ready"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.05),
        ["counters.restore_guest_instructions"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.15),
        ["counters.pages_touched_per_restore"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.20),
        // A snapshot captured on another machine differs in a few pages' contents, so in compressed size.
        ["counters.snapshot_bytes"] = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0.05),
    };

    /// <summary>The rule for a metric: the table's entry, else exact for counters, else report-only.</summary>
    public MetricRule RuleFor(Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (Rules.TryGetValue(metric.Name, out MetricRule? rule))
        {
            return rule;
        }

        return metric.Kind == MetricKind.Counter ? MetricRule.ExactCounter : MetricRule.ReportOnly;
    }

    /// <summary>Reads a gate configuration file over the defaults.</summary>
    /// <exception cref="BenchReportException">Missing file, bad JSON, an unknown key or an out-of-range value.</exception>
    public static GateConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BenchReportException($"gate configuration {path} does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses a gate configuration over the defaults. Format:
    /// <c>{"alpha":0.01,"min_change":0.05,"cross_run_min_change":1.0,"rounds_alpha":0.05,"resamples":10000,"seed":1,
    /// "metrics":{"counters.x":{"tolerance":0.02},"snapshot.create_ms":{"gated":true,"direction":"higher_is_worse"}}}</c>.</summary>
    /// <exception cref="BenchReportException">Bad JSON, an unknown key or an out-of-range value.</exception>
    public static GateConfig Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new BenchReportException($"{source}: a gate configuration is a JSON object");
        }
        catch (JsonException e)
        {
            throw new BenchReportException($"{source}: not valid JSON: {e.Message}", e);
        }

        var config = new GateConfig();
        var rules = new Dictionary<string, MetricRule>(DefaultRules, StringComparer.Ordinal);
        foreach ((string key, JsonNode? node) in root)
        {
            switch (key)
            {
                case "alpha":
                    config = config with { Alpha = Number(node, source, key, 1e-9, 0.5) };
                    break;
                case "min_change":
                    config = config with { MinChange = Number(node, source, key, 0, 100) };
                    break;
                case "cross_run_min_change":
                    config = config with { CrossRunMinChange = Number(node, source, key, 0, 100) };
                    break;
                case "rounds_alpha":
                    config = config with { RoundsAlpha = Number(node, source, key, 1e-6, 0.5) };
                    break;
                case "resamples":
                    config = config with { Resamples = (int)Number(node, source, key, 100, 10_000_000) };
                    break;
                case "seed":
                    config = config with { Seed = (int)Number(node, source, key, int.MinValue, int.MaxValue) };
                    break;
                case "metrics":
                    ReadRules(node as JsonObject ?? throw new BenchReportException($"{source}: \"metrics\" must be an object"), rules, source);
                    break;
                case "comment":
                    break;
                default:
                    throw new BenchReportException($"{source}: unknown key \"{key}\" (known: alpha, min_change, cross_run_min_change, rounds_alpha, resamples, seed, metrics, comment)");
            }
        }

        return config with { Rules = rules };
    }

    private static void ReadRules(JsonObject metrics, Dictionary<string, MetricRule> rules, string source)
    {
        foreach ((string name, JsonNode? node) in metrics)
        {
            JsonObject fields = node as JsonObject ?? throw new BenchReportException($"{source}: metrics.{name} must be an object");
            // A metric absent from the table starts from the counter default when it names a counter.
            MetricRule rule = rules.TryGetValue(name, out MetricRule? known) ? known
                : name.StartsWith("counters.", StringComparison.Ordinal) ? MetricRule.ExactCounter
                : MetricRule.ReportOnly with { Gated = true, Tolerance = 0 };
            foreach ((string key, JsonNode? value) in fields)
            {
                string where = $"metrics.{name}.{key}";
                rule = key switch
                {
                    "tolerance" => rule with { Tolerance = Number(value, source, where, 0, 100) },
                    "gated" => rule with { Gated = value is JsonValue v && v.TryGetValue(out bool g) ? g
                        : throw new BenchReportException($"{source}: {where} must be true or false") },
                    "direction" => rule with { Direction = ParseDirection(value, source, where) },
                    "comment" => rule,
                    _ => throw new BenchReportException($"{source}: unknown key \"{where}\" (known: tolerance, gated, direction, comment)"),
                };
            }

            rules[name] = rule;
        }
    }

    private static Direction ParseDirection(JsonNode? node, string source, string where) =>
        (node as JsonValue)?.TryGetValue(out string? s) == true ? s switch
        {
            "higher_is_worse" => Direction.HigherIsWorse,
            "lower_is_worse" => Direction.LowerIsWorse,
            "any_change" => Direction.AnyChange,
            _ => throw new BenchReportException($"{source}: {where} is \"{s}\"; expected higher_is_worse, lower_is_worse or any_change"),
        }
        : throw new BenchReportException($"{source}: {where} must be a string");

    private static double Number(JsonNode? node, string source, string where, double min, double max)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            double d = v.GetValue<double>();
            if (d >= min && d <= max)
            {
                return d;
            }

            throw new BenchReportException($"{source}: {where} is {d}; it must lie in [{min}, {max}]");
        }

        throw new BenchReportException($"{source}: {where} must be a number");
    }
}
