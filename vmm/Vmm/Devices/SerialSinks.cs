// Combinators for serial sinks, so one console can be captured and streamed at once.
namespace Harness.Vmm.Devices;

/// <summary>Helpers that build serial sinks.</summary>
public static class SerialSinks
{
    /// <summary>A sink that drops everything (a console nobody reads).</summary>
    public static ISerialSink Null { get; } = new NullSink();

    /// <summary>A sink that forwards every write to each of <paramref name="sinks"/> in order.</summary>
    public static ISerialSink Tee(params ISerialSink[] sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        foreach (ISerialSink s in sinks)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(sinks));
        }

        return new TeeSink([.. sinks]);
    }

    private sealed class NullSink : ISerialSink
    {
        public void Write(ReadOnlySpan<byte> data)
        {
        }
    }

    private sealed class TeeSink(ISerialSink[] sinks) : ISerialSink
    {
        public void Write(ReadOnlySpan<byte> data)
        {
            foreach (ISerialSink s in sinks)
            {
                s.Write(data);
            }
        }
    }
}
