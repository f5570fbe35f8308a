// A bounded FIFO of bytes for device buffers; not thread-safe (its owner's lock guards it). Storage grows on demand up
// to the capacity: a UART's 64 KiB input bound is rarely used, and allocating it up front cost every restored machine
// 64 KiB of garbage (and every idle sandbox 64 KiB of memory).
namespace Harness.Vmm.Devices;

internal sealed class ByteRing
{
    private const int InitialStorage = 256;
    private byte[] _buffer;
    private int _head;

    public ByteRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _buffer = new byte[Math.Min(capacity, InitialStorage)];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public int Free => Capacity - Count;

    public bool TryEnqueue(byte value)
    {
        if (Count == Capacity)
        {
            return false;
        }

        EnsureStorage(Count + 1);
        _buffer[(_head + Count) % _buffer.Length] = value;
        Count++;
        return true;
    }

    /// <summary>Appends as much of <paramref name="data"/> as fits; returns how many bytes were taken.</summary>
    public int Enqueue(ReadOnlySpan<byte> data)
    {
        int n = Math.Min(data.Length, Free);
        EnsureStorage(Count + n);
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
        CopyTo(copy);
        return copy;
    }

    private void CopyTo(Span<byte> destination)
    {
        for (int i = 0; i < Count; i++)
        {
            destination[i] = _buffer[(_head + i) % _buffer.Length];
        }
    }

    /// <summary>Grows the storage (doubling, at most to the capacity) so that <paramref name="needed"/> bytes fit.</summary>
    private void EnsureStorage(int needed)
    {
        if (needed <= _buffer.Length)
        {
            return;
        }

        int size = _buffer.Length;
        while (size < needed)
        {
            size = (int)Math.Min((long)size * 2, Capacity);
        }

        var grown = new byte[size];
        CopyTo(grown);
        _buffer = grown;
        _head = 0;
    }
}
