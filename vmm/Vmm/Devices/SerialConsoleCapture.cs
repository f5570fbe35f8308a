// Captures a VM's console in memory so tests can read it and wait for markers such as the agent's READY line.
using System.Text;

namespace Harness.Vmm.Devices;

/// <summary>
/// A serial sink that keeps the most recent <see cref="Capacity"/> bytes of a console and lets callers wait for
/// a byte sequence to appear. Positions count every byte ever written, so they stay valid as old output is dropped.
/// </summary>
public sealed class SerialConsoleCapture : ISerialSink
{
    /// <summary>Default number of retained bytes.</summary>
    public const int DefaultCapacity = 4 * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly List<Waiter> _waiters = [];
    private byte[] _buffer;
    private int _count;
    private long _dropped;

    /// <summary>Creates a capture that retains up to <paramref name="capacity"/> bytes (the oldest are dropped).</summary>
    public SerialConsoleCapture(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _buffer = new byte[Math.Min(capacity, 4096)];
    }

    /// <summary>Most bytes retained.</summary>
    public int Capacity { get; }

    /// <summary>Bytes written since creation, including those no longer retained.</summary>
    public long Position
    {
        get
        {
            lock (_lock)
            {
                return _dropped + _count;
            }
        }
    }

    /// <summary>Position of the oldest retained byte.</summary>
    public long RetainedFrom
    {
        get
        {
            lock (_lock)
            {
                return _dropped;
            }
        }
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        lock (_lock)
        {
            long before = _dropped + _count;
            Append(data);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                Waiter w = _waiters[i];
                long from = Math.Max(w.From, before - (w.Marker.Length - 1));
                long found = Find(w.Marker, from);
                if (found >= 0)
                {
                    _waiters.RemoveAt(i);
                    w.Completion.TrySetResult(found + w.Marker.Length);
                }
            }
        }
    }

    /// <summary>A copy of the retained bytes.</summary>
    public byte[] ToArray()
    {
        lock (_lock)
        {
            return _buffer.AsSpan(0, _count).ToArray();
        }
    }

    /// <summary>The retained bytes decoded as UTF-8.</summary>
    public string GetText()
    {
        lock (_lock)
        {
            return Encoding.UTF8.GetString(_buffer, 0, _count);
        }
    }

    /// <summary>The retained bytes from <paramref name="position"/> on (or from the oldest retained byte).</summary>
    public byte[] ReadFrom(long position)
    {
        lock (_lock)
        {
            int start = (int)Math.Clamp(position - _dropped, 0, _count);
            return _buffer.AsSpan(start, _count - start).ToArray();
        }
    }

    /// <summary>Waits until <paramref name="marker"/> (UTF-8) appears at or after <paramref name="from"/>.</summary>
    /// <returns>The position just after the marker's first occurrence.</returns>
    public Task<long> WaitForAsync(string marker, long from = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(marker);
        return WaitForAsync(Encoding.UTF8.GetBytes(marker), from, cancellationToken);
    }

    /// <summary>Waits until <paramref name="marker"/> appears at or after <paramref name="from"/>.</summary>
    /// <returns>The position just after the marker's first occurrence.</returns>
    public Task<long> WaitForAsync(ReadOnlyMemory<byte> marker, long from = 0, CancellationToken cancellationToken = default)
    {
        if (marker.IsEmpty)
        {
            throw new ArgumentException("the marker is empty", nameof(marker));
        }

        byte[] bytes = marker.ToArray();
        var waiter = new Waiter(bytes, from, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_lock)
        {
            long found = Find(bytes, from);
            if (found >= 0)
            {
                return Task.FromResult(found + bytes.Length);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<long>(cancellationToken);
            }

            _waiters.Add(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            CancellationTokenRegistration registration = cancellationToken.Register(() =>
            {
                lock (_lock)
                {
                    _waiters.Remove(waiter);
                }

                waiter.Completion.TrySetCanceled(cancellationToken);
            });
            _ = waiter.Completion.Task.ContinueWith(
                static (_, r) => ((CancellationTokenRegistration)r!).Dispose(),
                registration,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return waiter.Completion.Task;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (data.Length >= Capacity)
        {
            EnsureBuffer(Capacity);
            _dropped += _count + data.Length - Capacity;
            data[^Capacity..].CopyTo(_buffer);
            _count = Capacity;
            return;
        }

        int excess = _count + data.Length - Capacity;
        if (excess > 0)
        {
            // Drop at least a quarter of the buffer at a time so a console written byte by byte is not
            // compacted on every byte once full.
            int drop = Math.Min(_count, Math.Max(excess, Capacity / 4));
            _buffer.AsSpan(drop, _count - drop).CopyTo(_buffer);
            _count -= drop;
            _dropped += drop;
        }

        EnsureBuffer(_count + data.Length);
        data.CopyTo(_buffer.AsSpan(_count));
        _count += data.Length;
    }

    private void EnsureBuffer(int needed)
    {
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(Capacity, Math.Max(needed, (long)_buffer.Length * 2)));
        }
    }

    private long Find(byte[] marker, long from)
    {
        int start = (int)Math.Clamp(from - _dropped, 0, _count);
        int index = _buffer.AsSpan(start, _count - start).IndexOf(marker);
        return index < 0 ? -1 : _dropped + start + index;
    }

    private sealed record Waiter(byte[] Marker, long From, TaskCompletionSource<long> Completion);
}
