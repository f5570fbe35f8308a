// A measured distribution: every sample kept (the regression gate runs permutation tests on them) with the
// order statistics reports print. Percentiles are nearest-rank, so each one is a sample that was really seen.
namespace Harness.Reports;

/// <summary>Samples of one measurement in one unit, with their order statistics.</summary>
public sealed class Distribution
{
    private readonly double[] _sorted;

    /// <summary>Creates a distribution of <paramref name="samples"/> measured in <paramref name="unit"/> ("ms", "us").</summary>
    /// <exception cref="ArgumentException">There are no samples, or one is not a finite number.</exception>
    public Distribution(string unit, IEnumerable<double> samples)
    {
        ArgumentException.ThrowIfNullOrEmpty(unit);
        ArgumentNullException.ThrowIfNull(samples);
        double[] values = [.. samples];
        if (values.Length == 0)
        {
            throw new ArgumentException("a distribution needs at least one sample", nameof(samples));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("every sample must be a finite number", nameof(samples));
        }

        Unit = unit;
        Samples = values;
        _sorted = [.. values.Order()];
    }

    /// <summary>The unit of every sample and statistic.</summary>
    public string Unit { get; }

    /// <summary>The samples in the order they were taken.</summary>
    public IReadOnlyList<double> Samples { get; }

    /// <summary>The samples in ascending order.</summary>
    public IReadOnlyList<double> Sorted => _sorted;

    /// <summary>How many samples there are.</summary>
    public int Count => _sorted.Length;

    /// <summary>The smallest sample.</summary>
    public double Min => _sorted[0];

    /// <summary>The largest sample.</summary>
    public double Max => _sorted[^1];

    /// <summary>The arithmetic mean.</summary>
    public double Mean => _sorted.Average();

    /// <summary>The median (nearest rank).</summary>
    public double P50 => Percentile(50);

    /// <summary>The 90th percentile (nearest rank).</summary>
    public double P90 => Percentile(90);

    /// <summary>The 99th percentile (nearest rank).</summary>
    public double P99 => Percentile(99);

    /// <summary>The 99.9th percentile (nearest rank).</summary>
    public double P999 => Percentile(99.9);

    /// <summary>The sample at <paramref name="percent"/> (0-100) by nearest rank.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0-100.</exception>
    public double Percentile(double percent)
    {
        if (!(percent >= 0 && percent <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "a percentile lies in 0-100");
        }

        int rank = (int)Math.Ceiling(percent / 100 * _sorted.Length) - 1;
        return _sorted[Math.Clamp(rank, 0, _sorted.Length - 1)];
    }

    /// <summary>The same samples scaled by <paramref name="factor"/> into <paramref name="unit"/> (ms to us: 1000).</summary>
    public Distribution Scaled(double factor, string unit) => new(unit, Samples.Select(s => s * factor));
}
