// Sequential reads across the device-readable buffers of a chain.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>Reads the readable part of a <see cref="DescriptorChain"/> as one byte stream.</summary>
public sealed class ChainReader
{
    private readonly GuestMemory _memory;
    private readonly IReadOnlyList<GuestBuffer> _buffers;
    private int _index;
    private uint _offset;

    /// <summary>Starts at the first readable byte of <paramref name="chain"/>.</summary>
    public ChainReader(GuestMemory memory, DescriptorChain chain)
    {
        _memory = memory;
        _buffers = chain.Readable;
        Remaining = chain.ReadableLength;
    }

    /// <summary>Bytes not yet read.</summary>
    public ulong Remaining { get; private set; }

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
        while (_index < _buffers.Count && _offset == _buffers[_index].Length)
        {
            _index++;
            _offset = 0;
        }

        if (_index == _buffers.Count || max <= 0)
        {
            span = default;
            return false;
        }

        GuestBuffer b = _buffers[_index];
        int n = (int)Math.Min((uint)max, b.Length - _offset);
        span = _memory.GetReadSpan(b.Address + _offset, n);
        _offset += (uint)n;
        Remaining -= (ulong)n;
        return true;
    }
}
