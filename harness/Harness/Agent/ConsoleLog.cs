// The text lines of a guest console, kept for diagnostics and watched for markers such as the
// agent's HARNESS-READY line. Written by one reader, read and awaited from any thread.
using System.Globalization;

namespace Harness.Agent;

/// <summary>Thread-safe, bounded record of console lines with awaitable line matching.</summary>
public sealed class ConsoleLog
{
    private readonly object _lock = new();
    private readonly Queue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Done)> _waiters = [];
    private readonly int _maxLines;
    private bool _completed;

    /// <summary>Creates a log that keeps the last <paramref name="maxLines"/> lines.</summary>
    public ConsoleLog(int maxLines = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        _maxLines = maxLines;
    }

    /// <summary>Lines seen so far (the newest <c>maxLines</c>).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The kept lines joined with newlines.</summary>
    public string Text => string.Join('\n', Lines);

    /// <summary>Adds a line and completes the waiters it matches.</summary>
    public void Append(string line)
    {
        List<TaskCompletionSource<string>>? done = null;
        lock (_lock)
        {
            _lines.Enqueue(line);
            while (_lines.Count > _maxLines)
            {
                _lines.Dequeue();
            }

            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(line))
                {
                    (done ??= []).Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        done?.ForEach(t => t.TrySetResult(line));
    }

    /// <summary>Marks the end of the console stream: pending waits fail with <see cref="AgentDisconnectedException"/>.</summary>
    public void Complete()
    {
        List<TaskCompletionSource<string>> pending;
        lock (_lock)
        {
            _completed = true;
            pending = _waiters.ConvertAll(w => w.Done);
            _waiters.Clear();
        }

        foreach (TaskCompletionSource<string> t in pending)
        {
            t.TrySetException(new AgentDisconnectedException("the console closed before the awaited line appeared"));
        }
    }

    /// <summary>The first kept or future line that <paramref name="match"/> accepts.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            foreach (string line in _lines)
            {
                if (match(line))
                {
                    return line;
                }
            }

            if (_completed)
            {
                throw new AgentDisconnectedException("the console closed before the awaited line appeared");
            }

            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }
        }
    }

    /// <summary>Waits for the agent's "HARNESS-READY &lt;uptime&gt;" line and returns the guest uptime it reports.</summary>
    /// <exception cref="AgentProtocolException">The ready line does not carry a number.</exception>
    public async Task<TimeSpan> WaitForReadyAsync(CancellationToken cancellationToken = default)
    {
        string line = await WaitForLineAsync(
            l => l.StartsWith(AgentProtocol.ReadyMarker + " ", StringComparison.Ordinal), cancellationToken)
            .ConfigureAwait(false);
        string value = line[(AgentProtocol.ReadyMarker.Length + 1)..].Trim();
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) ||
            seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            throw new AgentProtocolException(AgentErrorCode.Garbage, $"ready line '{line}' does not carry an uptime");
        }

        return TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }
}
