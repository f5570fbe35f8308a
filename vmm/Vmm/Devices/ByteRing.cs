// A fixed-capacity FIFO of bytes for device buffers; not thread-safe (its owner's lock guards it).
namespace Harness.Vmm.Devices;

internal sealed class ByteRing
{
    private readonly byte[] _buffer;
    private int _head;

    public ByteRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _buffer = new byte[capacity];
    }

    public int Capacity => _buffer.Length;

    public int Count { get; private set; }

    public int Free => _buffer.Length - Count;

    public bool TryEnqueue(byte value)
    {
        if (Count == _buffer.Length)
        {
            return false;
        }

        _buffer[(_head + Count) % _buffer.Length] = value;
        Count++;
        return true;
    }

    /// <summary>Appends as much of <paramref name="data"/> as fits; returns how many bytes were taken.</summary>
    public int Enqueue(ReadOnlySpan<byte> data)
    {
        int n = Math.Min(data.Length, Free);
        for (int i = 0; i < n; i++)
        {
            _buffer[(_head + Count + i) % _buffer.Length] = data[i];
        }

        Count += n;
        return n;
    }

    public byte Dequeue()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("ring is empty");
        }

        byte value = _buffer[_head];
        _head = (_head + 1) % _buffer.Length;
        Count--;
        return value;
    }

    public void Clear()
    {
        _head = 0;
        Count = 0;
    }

    public byte[] ToArray()
    {
        var copy = new byte[Count];
        for (int i = 0; i < Count; i++)
        {
            copy[i] = _buffer[(_head + i) % _buffer.Length];
        }

        return copy;
    }
}
