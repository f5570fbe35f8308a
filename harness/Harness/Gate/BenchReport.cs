// Reads a bench report (schema "harness-bench/1", docs in BENCH-SCHEMA / docs/benchmarks.md) into the flat set of
// metrics the gate compares: objects with a samples array become distributions, numbers under "counters" become
// counters, every other number a scalar. Reports are untrusted input: anything malformed is a BenchReportException.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Gate;

/// <summary>A parsed bench report: its provenance and its metrics by dotted name.</summary>
public sealed class BenchReport
{
    /// <summary>The schema this gate reads.</summary>
    public const string Schema = Harness.Reports.BenchReport.SchemaId; // one source of truth with the writer

    /// <summary>Largest report file read, so a wrong path (a snapshot image, say) fails quickly and clearly.</summary>
    public const long MaxFileBytes = 64L << 20;

    // Top-level sections that describe the run or hold verdicts of other tools, not measurements.
    private static readonly HashSet<string> NotMeasurements = ["schema", "created_utc", "host", "config", "budgets"];

    private BenchReport(string source, string createdUtc, bool isShort, string hostSummary, IReadOnlyDictionary<string, Metric> metrics,
        int rounds)
    {
        Source = source;
        CreatedUtc = createdUtc;
        IsShort = isShort;
        HostSummary = hostSummary;
        Metrics = metrics;
        Rounds = rounds;
    }

    /// <summary>Where the report came from (a file path, or a description of the runs merged into it).</summary>
    public string Source { get; }

    /// <summary>The report's created_utc, or empty.</summary>
    public string CreatedUtc { get; }

    /// <summary>Whether the bench ran in its short mode (config.short).</summary>
    public bool IsShort { get; }

    /// <summary>One line on the host the report was measured on (cpus, memory, git commit), for the summary.</summary>
    public string HostSummary { get; }

    /// <summary>How many bench runs were merged into this report (1 for a single file).</summary>
    public int Rounds { get; }

    /// <summary>The metrics by dotted name, in report order.</summary>
    public IReadOnlyDictionary<string, Metric> Metrics { get; }

    /// <summary>Reads and parses a report file.</summary>
    /// <exception cref="BenchReportException">The file is missing, too large, not JSON, or not a harness-bench/1 report.</exception>
    public static BenchReport Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new BenchReportException($"bench report {path} does not exist");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new BenchReportException($"bench report {path} is {file.Length} bytes, more than the {MaxFileBytes} a report may be");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses report JSON.</summary>
    /// <param name="json">The report text.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <exception cref="BenchReportException">Not JSON, not a harness-bench/1 report, or a malformed figure.</exception>
    public static BenchReport Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) as JsonObject
                ?? throw new BenchReportException($"{source}: a bench report is a JSON object");
        }
        catch (JsonException e)
        {
            throw new BenchReportException($"{source}: not valid JSON: {e.Message}", e);
        }

        string schema = (root["schema"] as JsonValue)?.TryGetValue(out string? s) == true ? s : "";
        if (schema != Schema)
        {
            throw new BenchReportException(schema.Length == 0
                ? $"{source}: no \"schema\" key; expected \"{Schema}\""
                : $"{source}: schema \"{schema}\" is not the \"{Schema}\" this gate reads");
        }

        var metrics = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach ((string key, JsonNode? node) in root)
        {
            if (!NotMeasurements.Contains(key))
            {
                Collect(key, node, key == "counters", metrics, source);
            }
        }

        bool isShort = root["config"]?["short"] is JsonValue sv && sv.TryGetValue(out bool b) && b;
        string created = root["created_utc"] is JsonValue cv && cv.TryGetValue(out string? c) ? c : "";
        return new BenchReport(source, created, isShort, DescribeHost(root["host"] as JsonObject), metrics, rounds: 1);
    }

    /// <summary>
    /// Merges several runs of the same bench into one report: samples of a distribution are pooled; a scalar or
    /// counter gets one sample per run (its value is then the mean for a scalar, the median for a counter). A metric
    /// missing from some runs keeps the runs that have it.
    /// </summary>
    /// <exception cref="ArgumentException">No reports, or a metric whose kind differs between runs.</exception>
    public static BenchReport Merge(IReadOnlyList<BenchReport> runs, string source)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(runs));
        }

        if (runs.Count == 1)
        {
            return runs[0];
        }

        var names = new List<string>();
        var byName = new Dictionary<string, List<Metric>>(StringComparer.Ordinal);
        foreach (BenchReport run in runs)
        {
            foreach (Metric m in run.Metrics.Values)
            {
                if (!byName.TryGetValue(m.Name, out List<Metric>? list))
                {
                    byName[m.Name] = list = [];
                    names.Add(m.Name);
                }

                if (list.Count > 0 && list[0].Kind != m.Kind)
                {
                    throw new ArgumentException($"{m.Name} is a {list[0].Kind} in one run and a {m.Kind} in another", nameof(runs));
                }

                list.Add(m);
            }
        }

        var merged = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            List<Metric> list = byName[name];
            Metric first = list[0];
            if (first.Kind == MetricKind.Distribution)
            {
                double[] pooled = [.. list.SelectMany(m => m.Samples)];
                merged[name] = first with { Value = pooled.Average(), Samples = pooled, RunValues = [.. list.Select(m => m.Value)] };
            }
            else
            {
                double[] perRun = [.. list.Select(m => m.Value)];
                double value = first.Kind == MetricKind.Counter ? Median(perRun) : perRun.Average();
                merged[name] = first with { Value = value, Samples = perRun, RunValues = perRun };
            }
        }

        return new BenchReport(source, runs[^1].CreatedUtc, runs.All(r => r.IsShort), runs[0].HostSummary, merged, runs.Count);
    }

    /// <summary>The median of a non-empty set of values.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Collect(string path, JsonNode? node, bool underCounters, Dictionary<string, Metric> metrics, string source)
    {
        switch (node)
        {
            case JsonObject obj when obj["samples"] is JsonArray samples:
                double[] values = ReadSamples(path, samples, source);
                string unit = obj["unit"] is JsonValue u && u.TryGetValue(out string? us) ? us : InferUnit(path);
                metrics[path] = new Metric(path, MetricKind.Distribution, unit, values.Length == 0 ? double.NaN : values.Average(), values);
                break;
            case JsonObject obj:
                foreach ((string key, JsonNode? child) in obj)
                {
                    Collect(path + "." + key, child, underCounters, metrics, source);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                double v = value.GetValue<double>();
                if (!double.IsFinite(v))
                {
                    throw new BenchReportException($"{source}: {path} is not a finite number");
                }

                metrics[path] = new Metric(path, underCounters ? MetricKind.Counter : MetricKind.Scalar, InferUnit(path), v, []);
                break;
            default:
                // Strings, booleans, nulls and arrays other than samples describe rather than measure.
                break;
        }
    }

    private static double[] ReadSamples(string path, JsonArray samples, string source)
    {
        var values = new double[samples.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (samples[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !double.IsFinite(v.GetValue<double>()))
            {
                throw new BenchReportException($"{source}: {path}.samples[{i}] is not a finite number");
            }

            values[i] = v.GetValue<double>();
        }

        return values;
    }

    /// <summary>The unit a key's suffix implies: the last path segment that names one wins.</summary>
    public static string InferUnit(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] segments = path.Split('.');
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            string s = segments[i];
            if (s.EndsWith("_ms", StringComparison.Ordinal))
            {
                return "ms";
            }

            if (s.EndsWith("_us", StringComparison.Ordinal))
            {
                return "us";
            }

            if (s.EndsWith("_mib", StringComparison.Ordinal) || s.Contains("_mib_", StringComparison.Ordinal))
            {
                return "MiB";
            }

            if (s == "bytes" || s.EndsWith("_bytes", StringComparison.Ordinal))
            {
                return "bytes";
            }

            if (s.EndsWith("_percent", StringComparison.Ordinal) || s.Contains("_percent_", StringComparison.Ordinal))
            {
                return "%";
            }
        }

        return "";
    }

    private static string DescribeHost(JsonObject? host)
    {
        if (host == null)
        {
            return "host not stated";
        }

        var parts = new List<string>();
        foreach ((string key, JsonNode? value) in host)
        {
            if (value is JsonValue v)
            {
                parts.Add(key + " " + Convert.ToString(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(),
                    CultureInfo.InvariantCulture));
            }
        }

        return string.Join(", ", parts);
    }
}
