// Sequential reads across the device-readable buffers of a chain.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>Reads the readable part of a <see cref="DescriptorChain"/> as one byte stream.</summary>
public sealed class ChainReader
{
    private readonly GuestMemory _memory;
    private GuestBufferCursor _cursor;

    /// <summary>Starts at the first readable byte of <paramref name="chain"/>.</summary>
    public ChainReader(GuestMemory memory, DescriptorChain chain)
    {
        _memory = memory;
        _cursor = new GuestBufferCursor(chain.Readable, chain.ReadableLength);
    }

    /// <summary>Bytes not yet read.</summary>
    public ulong Remaining => _cursor.Remaining;

    /// <summary>Copies up to <paramref name="destination"/>.Length bytes; returns how many were copied.</summary>
    public int Read(Span<byte> destination)
    {
        int done = 0;
        while (done < destination.Length && NextSpan(destination.Length - done, out ReadOnlySpan<byte> span))
        {
            span.CopyTo(destination[done..]);
            done += span.Length;
        }

        return done;
    }

    /// <summary>
    /// The next contiguous piece of at most <paramref name="max"/> bytes, consumed as it is returned; false at the end.
    /// </summary>
    public bool NextSpan(int max, out ReadOnlySpan<byte> span)
    {
        if (!_cursor.Next(max, out ulong address, out int length))
        {
            span = default;
            return false;
        }

        span = _memory.GetReadSpan(address, length);
        return true;
    }
}
