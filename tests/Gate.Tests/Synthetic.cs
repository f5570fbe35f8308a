// Seeded synthetic latency samples and bench reports in the harness-bench/1 shape, for the gate's unit tests.
using System.Text.Json.Nodes;

namespace Harness.Gate.Tests;

internal static class Synthetic
{
    /// <summary>n draws from a normal distribution (Box–Muller over a seeded generator), floored at 1% of the mean.</summary>
    public static double[] Normal(int seed, int n, double mean, double sd)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            values[i] = Math.Max(mean * 0.01, mean + (sd * z));
        }

        return values;
    }

    public static double[] Scale(double[] values, double factor) => [.. values.Select(v => v * factor)];

    public static BenchReport Report(params Metric[] metrics) => BenchReport.Parse(Json(metrics).ToJsonString(), "synthetic");

    /// <summary>A report in the schema's shape: distributions as objects with unit and samples, counters under
    /// "counters", scalars at their dotted path.</summary>
    public static JsonObject Json(params Metric[] metrics)
    {
        var root = new JsonObject
        {
            ["schema"] = BenchReport.Schema,
            ["created_utc"] = "2026-11-28T06:00:00Z",
            ["host"] = new JsonObject { ["cpus"] = 2, ["memory_mib"] = 24000 },
            ["config"] = new JsonObject { ["short"] = true, ["runs"] = 20 },
        };
        foreach (Metric m in metrics)
        {
            string[] path = (m.Kind == MetricKind.Counter ? "counters." + m.Name : m.Name).Split('.');
            JsonObject parent = root;
            foreach (string segment in path[..^1])
            {
                parent = parent[segment] as JsonObject ?? (JsonObject)(parent[segment] = new JsonObject());
            }

            parent[path[^1]] = m.Kind == MetricKind.Distribution
                ? new JsonObject { ["unit"] = m.Unit, ["samples"] = new JsonArray(m.Samples.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()) }
                : JsonValue.Create(m.Value);
        }

        return root;
    }

    public static Metric Distribution(string name, double[] samples, string unit = "ms") =>
        new(name, MetricKind.Distribution, unit, samples.Average(), samples);

    public static Metric Scalar(string name, double value) => new(name, MetricKind.Scalar, "", value, []);

    /// <summary>A counter; the name is given without the "counters." prefix.</summary>
    public static Metric Counter(string name, double value) => new(name, MetricKind.Counter, "", value, []);
}
