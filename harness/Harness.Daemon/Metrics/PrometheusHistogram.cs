// A cumulative-bucket histogram in the shape Prometheus exposes: fixed upper bounds, a count per bucket, a sum.
namespace Harness.Daemon;

/// <summary>A thread-safe histogram with fixed bucket bounds (seconds), written as Prometheus text.</summary>
public sealed class PrometheusHistogram
{
    /// <summary>Bounds from 1 ms to 30 s: where acquire and exec latencies of interpreted guests fall.</summary>
    public static readonly double[] LatencyBounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly double[] _bounds;
    private readonly long[] _counts;
    private long _count;
    private long _sumMicros;

    /// <summary>A histogram with the given ascending upper bounds.</summary>
    public PrometheusHistogram(double[] bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        for (int i = 1; i < bounds.Length; i++)
        {
            if (!(bounds[i] > bounds[i - 1]))
            {
                throw new ArgumentException("bounds must be strictly ascending", nameof(bounds));
            }
        }

        _bounds = bounds;
        _counts = new long[bounds.Length];
    }

    /// <summary>Observations so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Records one value in seconds.</summary>
    public void Observe(double seconds)
    {
        int i = Array.BinarySearch(_bounds, seconds);
        if (i < 0)
        {
            i = ~i;
        }

        if (i < _counts.Length)
        {
            Interlocked.Increment(ref _counts[i]);
        }

        Interlocked.Add(ref _sumMicros, (long)(seconds * 1e6));
        Interlocked.Increment(ref _count);
    }

    /// <summary>Writes the _bucket, _sum and _count lines of <paramref name="name"/> with <paramref name="labels"/> (may be empty).</summary>
    public void WriteTo(TextWriter w, string name, string labels)
    {
        string sep = labels.Length == 0 ? "" : ",";
        long cumulative = 0;
        for (int i = 0; i < _bounds.Length; i++)
        {
            cumulative += Interlocked.Read(ref _counts[i]);
            w.Write($"{name}_bucket{{{labels}{sep}le=\"{_bounds[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}\"}} {cumulative}\n");
        }

        long count = Count;
        w.Write($"{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {count}\n");
        string braces = labels.Length == 0 ? "" : $"{{{labels}}}";
        w.Write($"{name}_sum{braces} {(Interlocked.Read(ref _sumMicros) / 1e6).ToString(System.Globalization.CultureInfo.InvariantCulture)}\n");
        w.Write($"{name}_count{braces} {count}\n");
    }
}
