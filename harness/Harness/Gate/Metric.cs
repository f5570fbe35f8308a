// One figure of a bench report as the gate sees it: a distribution of samples, a single scalar, or a
// machine-independent counter, with the unit and the dotted path it was read from.
namespace Harness.Gate;

/// <summary>What kind of figure a metric is, which decides how the gate compares it.</summary>
public enum MetricKind
{
    /// <summary>Samples of a latency (an object with a <c>samples</c> array): compared with a permutation test.</summary>
    Distribution,

    /// <summary>A single number outside <c>counters</c> (for example <c>cold_boot_ms</c>): compared within a tolerance.</summary>
    Scalar,

    /// <summary>A number under <c>counters</c>: machine-independent work, compared exactly or within a tolerance.</summary>
    Counter,
}

/// <summary>A figure of a bench report.</summary>
/// <param name="Name">Dotted path in the report, e.g. <c>restore_to_ready</c> or <c>counters.snapshot_bytes</c>.</param>
/// <param name="Kind">How it is compared.</param>
/// <param name="Unit">Unit as the report states it or as its key's suffix implies (ms, us, MiB, bytes), or empty.</param>
/// <param name="Value">The figure itself: the mean of the samples for a distribution, the median over rounds for a
/// counter measured in several rounds, the mean over rounds for a scalar measured in several rounds.</param>
/// <param name="Samples">Every sample of a distribution; for scalars and counters measured in several rounds, one
/// value per round; otherwise empty.</param>
public sealed record Metric(string Name, MetricKind Kind, string Unit, double Value, IReadOnlyList<double> Samples)
{
    /// <summary>For a report merged from several runs, the figure of each run in order (a distribution's per-run
    /// mean); empty for a single run. An interleaved A/B comparison pairs them round by round.</summary>
    public IReadOnlyList<double> RunValues { get; init; } = [];

    /// <summary>Whether the unit is a time, so that the figure moves with the machine's speed and load.</summary>
    public bool IsTiming => Unit is "ns" or "us" or "ms" or "s";
}
