// Everything a VM writes on its console: kept in a bounded buffer, streamed to subscribers, and scanned for the
// markers the machine reacts to (the agent's READY line, a kernel panic).
using System.Text;

namespace Harness.Vmm.Machine;

/// <summary>Captured console output of one VM. Thread-safe; subscribers are called on the vCPU thread that wrote.</summary>
public sealed class ConsoleLog
{
    /// <summary>The line the guest agent prints when it serves requests.</summary>
    public static readonly byte[] ReadyMarker = "HARNESS-READY"u8.ToArray();

    private static readonly byte[] PanicMarker = "Kernel panic - not syncing"u8.ToArray();

    private readonly object _lock = new();
    private readonly int _capacity;
    private readonly List<Action<ReadOnlyMemory<byte>>> _subscribers = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _buffer;
    private int _length;
    private long _totalBytes;
    private int _readyMatched;
    private int _panicMatched;
    private bool _panicLinePending;

    /// <summary>Keeps at most <paramref name="capacity"/> bytes; older output is dropped first.</summary>
    public ConsoleLog(int capacity = 1 << 20)
    {
        _capacity = capacity;
        _buffer = new byte[Math.Min(capacity, 4096)];
    }

    /// <summary>Raised when a complete kernel panic line has appeared.</summary>
    public event Action? PanicSeen;

    /// <summary>Completes when the READY marker has appeared.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Bytes written since the VM started, including any dropped from the buffer.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    /// <summary>Subscribes to every byte written from now on; dispose the result to stop.</summary>
    public IDisposable Subscribe(Action<ReadOnlyMemory<byte>> onOutput)
    {
        lock (_lock)
        {
            _subscribers.Add(onOutput);
        }

        return new Subscription(this, onOutput);
    }

    /// <summary>Appends output from the guest.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        Action<ReadOnlyMemory<byte>>[] subscribers;
        bool panic = false;
        lock (_lock)
        {
            Append(data);
            foreach (byte b in data)
            {
                _readyMatched = Match(ReadyMarker, _readyMatched, b, out bool ready);
                if (ready)
                {
                    _ready.TrySetResult();
                }

                // The reason follows the marker on the same line; report the panic once that line is complete.
                _panicMatched = Match(PanicMarker, _panicMatched, b, out bool p);
                _panicLinePending |= p;
                if (_panicLinePending && b == (byte)'\n')
                {
                    _panicLinePending = false;
                    panic = true;
                }
            }

            subscribers = _subscribers.Count == 0 ? [] : [.. _subscribers];
        }

        Interlocked.Add(ref _totalBytes, data.Length);
        if (subscribers.Length > 0)
        {
            ReadOnlyMemory<byte> copy = data.ToArray();
            foreach (Action<ReadOnlyMemory<byte>> s in subscribers)
            {
                s(copy);
            }
        }

        if (panic)
        {
            PanicSeen?.Invoke();
        }
    }

    /// <summary>The retained output as bytes.</summary>
    public byte[] ToArray()
    {
        lock (_lock)
        {
            return _buffer.AsSpan(0, _length).ToArray();
        }
    }

    /// <summary>The retained output as text (UTF-8, invalid bytes replaced).</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToArray());

    private static int Match(byte[] marker, int matched, byte b, out bool complete)
    {
        // Markers have no repeated prefix, so a mismatch restarts at 0 or 1 without a KMP table.
        matched = marker[matched] == b ? matched + 1 : (marker[0] == b ? 1 : 0);
        complete = matched == marker.Length;
        return complete ? 0 : matched;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (data.Length >= _capacity)
        {
            data = data[^_capacity..];
            _length = 0;
        }

        if (_length + data.Length > _buffer.Length)
        {
            if (_buffer.Length < _capacity)
            {
                Array.Resize(ref _buffer, Math.Min(_capacity, Math.Max(_buffer.Length * 2, _length + data.Length)));
            }

            int overflow = _length + data.Length - _buffer.Length;
            if (overflow > 0)
            {
                Buffer.BlockCopy(_buffer, overflow, _buffer, 0, _length - overflow);
                _length -= overflow;
            }
        }

        data.CopyTo(_buffer.AsSpan(_length));
        _length += data.Length;
    }

    private sealed class Subscription(ConsoleLog log, Action<ReadOnlyMemory<byte>> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (log._lock)
            {
                log._subscribers.Remove(handler);
            }
        }
    }
}
