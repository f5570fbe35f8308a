// A growable FIFO of bytes: appended at the tail, discarded from the head, read at any offset. Holds what one TCP
// connection has accepted from the host but the guest has not acknowledged yet.
namespace Harness.Vmm.Devices.Virtio.Net.User;

internal sealed class ByteRing
{
    private byte[] _buffer = new byte[4096];
    private int _head;

    public int Count { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        if (Count + data.Length > _buffer.Length)
        {
            int size = _buffer.Length;
            while (size < Count + data.Length)
            {
                size *= 2;
            }

            var grown = new byte[size];
            CopyTo(0, grown.AsSpan(0, Count));
            _buffer = grown;
            _head = 0;
        }

        int tail = (_head + Count) % _buffer.Length;
        int first = Math.Min(data.Length, _buffer.Length - tail);
        data[..first].CopyTo(_buffer.AsSpan(tail));
        data[first..].CopyTo(_buffer);
        Count += data.Length;
    }

    public void Discard(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        _head = (_head + count) % _buffer.Length;
        Count -= count;
    }

    /// <summary>Copies <paramref name="destination"/>.Length bytes starting <paramref name="offset"/> bytes past the head.</summary>
    public void CopyTo(int offset, Span<byte> destination)
    {
        if (offset < 0 || offset + destination.Length > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        int start = (_head + offset) % _buffer.Length;
        int first = Math.Min(destination.Length, _buffer.Length - start);
        _buffer.AsSpan(start, first).CopyTo(destination);
        _buffer.AsSpan(0, destination.Length - first).CopyTo(destination[first..]);
    }
}
