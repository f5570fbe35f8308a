// A position in a chain's buffers, handed out as contiguous pieces: the walk ChainReader and ChainWriter share, so
// that the two directions cannot drift apart in how they skip empty buffers or bound a piece.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>Consumes a list of guest buffers in order, in pieces that never cross a buffer's end.</summary>
internal struct GuestBufferCursor(IReadOnlyList<GuestBuffer> buffers, ulong totalLength)
{
    private int _index;
    private uint _offset;

    /// <summary>Bytes not yet consumed.</summary>
    public ulong Remaining { get; private set; } = totalLength;

    /// <summary>The next piece of at most <paramref name="max"/> bytes, consumed as it is returned; false at the end.</summary>
    public bool Next(int max, out ulong address, out int length)
    {
        while (_index < buffers.Count && _offset == buffers[_index].Length)
        {
            _index++;
            _offset = 0;
        }

        if (_index == buffers.Count || max <= 0)
        {
            (address, length) = (0, 0);
            return false;
        }

        GuestBuffer b = buffers[_index];
        length = (int)Math.Min((uint)max, b.Length - _offset);
        address = b.Address + _offset;
        _offset += (uint)length;
        Remaining -= (ulong)length;
        return true;
    }
}
