// Order statistics over a small sample of measurements (nearest-rank), for reports and benchmark tables.
namespace Harness.Measurement;

/// <summary>Summary statistics of a sample.</summary>
public sealed record SampleSummary(int Count, double Min, double P50, double P90, double P99, double Max, double Mean)
{
    /// <summary>Summarizes <paramref name="values"/> (nearest-rank percentiles).</summary>
    public static SampleSummary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a summary needs at least one value", nameof(values));
        }

        double[] sorted = [.. values.Order()];
        return new SampleSummary(sorted.Length, sorted[0], Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99),
            sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
