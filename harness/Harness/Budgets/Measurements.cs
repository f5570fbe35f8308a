// Named measurements a budget can be checked against: distributions (samples, from which percentiles come) and
// scalars. Thread-safe to record into from parallel tests.
using System.Collections.Concurrent;

namespace Harness.Budgets;

/// <summary>A thread-safe set of named distributions and scalars with units.</summary>
public sealed class Measurements
{
    private readonly ConcurrentDictionary<string, (List<double> Samples, string Unit)> _distributions = new();
    private readonly ConcurrentDictionary<string, (double Value, string Unit)> _scalars = new();

    /// <summary>Adds one sample to distribution <paramref name="metric"/>.</summary>
    public void Record(string metric, double value, string unit)
    {
        (List<double> samples, string u) = _distributions.GetOrAdd(metric, _ => (new List<double>(), unit));
        if (u != unit)
        {
            throw new ArgumentException($"{metric} is recorded in {u}, not {unit}", nameof(unit));
        }

        lock (samples)
        {
            samples.Add(value);
        }
    }

    /// <summary>Adds a duration sample in milliseconds.</summary>
    public void Record(string metric, TimeSpan duration) => Record(metric, duration.TotalMilliseconds, "ms");

    /// <summary>Sets scalar <paramref name="metric"/>.</summary>
    public void Set(string metric, double value, string unit) => _scalars[metric] = (value, unit);

    /// <summary>The samples of a distribution (a copy), or null.</summary>
    public double[]? Samples(string metric)
    {
        if (!_distributions.TryGetValue(metric, out var d))
        {
            return null;
        }

        lock (d.Samples)
        {
            return [.. d.Samples];
        }
    }

    /// <summary>The value of <paramref name="metric"/> at <paramref name="percentile"/> (null for a scalar), with its unit.</summary>
    /// <exception cref="KeyNotFoundException">Nothing of that name (and kind) was measured.</exception>
    public (double Value, string Unit) Value(string metric, string? percentile)
    {
        if (percentile is null)
        {
            return _scalars.TryGetValue(metric, out var s)
                ? s
                : throw new KeyNotFoundException($"no scalar '{metric}' was measured (measured: {string.Join(", ", Names)})");
        }

        if (!_distributions.TryGetValue(metric, out var d))
        {
            throw new KeyNotFoundException($"no distribution '{metric}' was measured (measured: {string.Join(", ", Names)})");
        }

        double[] sorted;
        lock (d.Samples)
        {
            sorted = [.. d.Samples.Order()];
        }

        if (sorted.Length == 0)
        {
            throw new KeyNotFoundException($"distribution '{metric}' has no samples");
        }

        return (Percentile(sorted, percentile), d.Unit);
    }

    /// <summary>Every measured name.</summary>
    public IEnumerable<string> Names => _distributions.Keys.Concat(_scalars.Keys).Order();

    private static double Percentile(double[] sorted, string p) => p switch
    {
        "max" => sorted[^1],
        "min" => sorted[0],
        "mean" => sorted.Average(),
        _ when p.StartsWith('p') && double.TryParse(p[1..], System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out double q) && q is > 0 and <= 100 =>
            sorted[Math.Clamp((int)Math.Ceiling(q / 100 * sorted.Length) - 1, 0, sorted.Length - 1)],
        _ => throw new ArgumentException($"unknown percentile '{p}': use p50, p90, p99, p99.9, max, min or mean", nameof(p)),
    };
}
