// Sequential writes across the device-writable buffers of a chain, through the dirty-tracking write path.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>Writes the writable part of a <see cref="DescriptorChain"/> as one byte stream.</summary>
public sealed class ChainWriter
{
    private readonly GuestMemory _memory;
    private readonly IReadOnlyList<GuestBuffer> _buffers;
    private GuestBufferCursor _cursor;

    /// <summary>Starts at the first writable byte of <paramref name="chain"/>.</summary>
    public ChainWriter(GuestMemory memory, DescriptorChain chain)
    {
        _memory = memory;
        _buffers = chain.Writable;
        _cursor = new GuestBufferCursor(chain.Writable, chain.WritableLength);
    }

    /// <summary>Bytes of room left.</summary>
    public ulong Remaining => _cursor.Remaining;

    /// <summary>Bytes written so far: the length the used ring reports.</summary>
    public uint Written { get; private set; }

    /// <summary>Copies as much of <paramref name="source"/> as fits; returns how many bytes were written.</summary>
    public int Write(ReadOnlySpan<byte> source)
    {
        int done = 0;
        while (done < source.Length && NextSpan(source.Length - done, out Span<byte> span))
        {
            source.Slice(done, span.Length).CopyTo(span);
            done += span.Length;
        }

        return done;
    }

    /// <summary>
    /// The next contiguous writable piece of at most <paramref name="max"/> bytes (pages marked dirty), counted as
    /// written; false when the chain is full.
    /// </summary>
    public bool NextSpan(int max, out Span<byte> span)
    {
        if (!_cursor.Next(max, out ulong address, out int length))
        {
            span = default;
            return false;
        }

        span = _memory.GetWriteSpan(address, length);
        Written += (uint)length;
        return true;
    }

    /// <summary>Writes one byte at the very end of the writable area (virtio-blk's status byte); false if there is none.</summary>
    public bool WriteLastByte(byte value)
    {
        if (_buffers.Count == 0)
        {
            return false;
        }

        for (int i = _buffers.Count - 1; i >= 0; i--)
        {
            if (_buffers[i].Length > 0)
            {
                _memory.GetWriteSpan(_buffers[i].Address + _buffers[i].Length - 1, 1)[0] = value;
                return true;
            }
        }

        return false;
    }
}
