// The host side of the guest agent protocol: sends one request at a time over a transport, matches
// replies by request id, and keeps the console text that arrives between frames in a ConsoleLog.
using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Harness.Agent;

/// <summary>Settings of an <see cref="AgentClient"/>.</summary>
public sealed class AgentClientOptions
{
    /// <summary>How long to wait for any reply; for exec, added on top of the request's own timeout. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where console text between frames goes; a new log when null.</summary>
    public ConsoleLog? Log { get; init; }
}

/// <summary>
/// Talks to the guest agent. Requests are sent one at a time: the agent serves them in order, and a
/// console has no flow control to spare for a second request while the first is running. Cancelling
/// a call stops waiting for it but does not stop what the guest is doing; give exec a timeout.
/// </summary>
public sealed class AgentClient : IAsyncDisposable
{
    private readonly IAgentTransport _transport;
    private readonly TimeSpan _requestTimeout;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly object _lock = new();
    private readonly Task _readLoop;
    private TaskCompletionSource<AgentFrame>? _pending;
    private uint _pendingId;
    private bool _pendingTakesAnonymousErrors;
    private uint _nextId;
    private int _badFrames;
    private int _unexpectedFrames;
    private Exception? _closed;
    private Action? _afterNextReply;

    // The request queued right behind the pending one (PingThenAfterRestore): it becomes the pending one when the
    // first is answered, before the next frame is read, so its reply is never taken for an unexpected one.
    private TaskCompletionSource<AgentFrame>? _next;
    private uint _nextPendingId;

    /// <summary>Starts reading from <paramref name="transport"/>, which the client owns and disposes.</summary>
    public AgentClient(IAgentTransport transport, AgentClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        options ??= new AgentClientOptions();
        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "RequestTimeout must be positive or infinite");
        }

        _transport = transport;
        _requestTimeout = options.RequestTimeout;
        Log = options.Log ?? new ConsoleLog();
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Talks over a pair of streams, such as a QEMU process's stdout and stdin (not disposed by the client).</summary>
    public AgentClient(Stream fromGuest, Stream toGuest, AgentClientOptions? options = null)
        : this(new StreamAgentTransport(fromGuest, toGuest), options)
    {
    }

    /// <summary>Console text that arrived outside frames: kernel messages, the READY line.</summary>
    public ConsoleLog Log { get; }

    /// <summary>Completes when the guest side of the transport closes.</summary>
    public Task Completion => _readLoop;

    /// <summary>Frame lines from the guest that did not decode (for example, spoiled by an interleaved kernel message).</summary>
    public int BadFrameCount => Volatile.Read(ref _badFrames);

    /// <summary>Valid frames that answered no request in flight (late replies to requests that timed out).</summary>
    public int UnexpectedFrameCount => Volatile.Read(ref _unexpectedFrames);

    /// <summary>Waits for the agent's ready line on the console and returns the guest uptime it reports.</summary>
    public Task<TimeSpan> WaitForReadyAsync(CancellationToken cancellationToken = default) =>
        Log.WaitForReadyAsync(cancellationToken);

    /// <summary>Sends a ping with a random token, checks the echo, and returns the round-trip time.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        byte[] token = RandomNumberGenerator.GetBytes(8);
        var watch = Stopwatch.StartNew();
        AgentFrame reply = await RequestAsync(AgentMessageType.Ping, token, _requestTimeout, cancellationToken)
            .ConfigureAwait(false);
        watch.Stop();
        CheckEcho(reply, token);
        return watch.Elapsed;
    }

    /// <summary>
    /// Runs <paramref name="action"/> once, when the next request is answered (an error reply included), before that
    /// request's caller continues. Replaces an action set earlier that has not run yet.
    /// </summary>
    public void AfterNextReply(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Volatile.Write(ref _afterNextReply, action);
    }

    /// <summary>Runs <paramref name="argv"/> in the guest with no stdin, the default environment and no timeout.</summary>
    public Task<ExecResult> ExecAsync(IReadOnlyList<string> argv, CancellationToken cancellationToken = default) =>
        ExecAsync(new ExecRequest(argv), cancellationToken);

    /// <summary>Runs a program in the guest and returns its exit status and output.</summary>
    /// <exception cref="AgentErrorReplyException">The program could not be started (code <see cref="AgentErrorCode.ExecFailed"/>).</exception>
    public async Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        uint timeoutMs = 0;
        if (request.Timeout is TimeSpan t)
        {
            if (t <= TimeSpan.Zero || t.TotalMilliseconds >= uint.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(request), "Exec timeout must be positive and under 49 days");
            }

            timeoutMs = (uint)Math.Max(1, Math.Ceiling(t.TotalMilliseconds));
        }

        var w = new PayloadWriter().U32(timeoutMs).U32((uint)request.Argv.Count);
        foreach (string arg in request.Argv)
        {
            w.String(arg, "argv");
        }

        w.U32((uint)request.Environment.Count);
        foreach ((string name, string value) in request.Environment)
        {
            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException($"environment name '{name}' is empty or contains '='", nameof(request));
            }

            w.String(name + "=" + value, "environment");
        }

        w.String(request.WorkingDirectory ?? "", "working directory").Bytes(request.Stdin.Span);
        TimeSpan wait = request.Timeout is TimeSpan limit && _requestTimeout != Timeout.InfiniteTimeSpan
            ? limit + _requestTimeout
            : Timeout.InfiniteTimeSpan;
        AgentFrame reply = await RequestAsync(AgentMessageType.Exec, w.ToPayload(AgentMessageType.Exec), wait, cancellationToken)
            .ConfigureAwait(false);
        var r = new PayloadReader(reply);
        int exitCode = (int)r.U32();
        int signal = (int)r.U32();
        uint flags = r.U32();
        uint durationMs = r.U32();
        byte[] stdout = r.Bytes().ToArray();
        byte[] stderr = r.Bytes().ToArray();
        r.End();
        return new ExecResult(exitCode, signal, (flags & 1) != 0, TimeSpan.FromMilliseconds(durationMs), stdout, stderr,
            (flags & 2) != 0, (flags & 4) != 0);
    }

    /// <summary>Reads a whole guest file (at most <see cref="AgentProtocol.MaxPayload"/> bytes).</summary>
    /// <exception cref="AgentErrorReplyException">The file cannot be read (<see cref="AgentErrorCode.IoError"/>) or is too large.</exception>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ReadOnlyMemory<byte> payload = new PayloadWriter().String(path, nameof(path)).ToPayload(AgentMessageType.ReadFile);
        AgentFrame reply = await RequestAsync(AgentMessageType.ReadFile, payload, _requestTimeout, cancellationToken)
            .ConfigureAwait(false);
        return reply.Payload.ToArray();
    }

    /// <summary>Creates or replaces a guest file with <paramref name="contents"/> and sets its permission bits.</summary>
    public async Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, UnixFileMode mode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (((uint)mode & ~0xFFFu) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), "only permission, setuid, setgid and sticky bits");
        }

        ReadOnlyMemory<byte> payload = new PayloadWriter().U32((uint)mode).String(path, nameof(path)).Raw(contents.Span)
            .ToPayload(AgentMessageType.WriteFile);
        AgentFrame reply = await RequestAsync(AgentMessageType.WriteFile, payload, _requestTimeout, cancellationToken)
            .ConfigureAwait(false);
        new PayloadReader(reply).End();
    }

    /// <summary>Asks the guest to sync and power off; returns once the agent has acknowledged.</summary>
    public async Task PowerOffAsync(CancellationToken cancellationToken = default)
    {
        AgentFrame reply = await RequestAsync(AgentMessageType.PowerOff, ReadOnlyMemory<byte>.Empty, _requestTimeout,
            cancellationToken).ConfigureAwait(false);
        new PayloadReader(reply).End();
    }

    /// <summary>Runs the before-snapshot hook: the guest flushes dirty file data so a snapshot captures it.</summary>
    public async Task BeforeSnapshotAsync(CancellationToken cancellationToken = default)
    {
        AgentFrame reply = await RequestAsync(AgentMessageType.BeforeSnapshot, ReadOnlyMemory<byte>.Empty, _requestTimeout,
            cancellationToken).ConfigureAwait(false);
        new PayloadReader(reply).End();
    }

    /// <summary>Runs the after-restore hook: sets the guest wall clock (when given) and credits <paramref name="entropy"/> (at most 4096 bytes) to the kernel's random pool.</summary>
    public Task AfterRestoreAsync(DateTimeOffset? wallClock, ReadOnlyMemory<byte> entropy,
        CancellationToken cancellationToken = default) => AfterRestoreAsync(wallClock, entropy, null, null, cancellationToken);

    /// <summary>
    /// Runs the guest's after-restore hook: sets its wall clock, credits <paramref name="entropy"/> to the kernel's
    /// pool and reseeds its CRNG, records <paramref name="generation"/> in <c>/run/harness/generation</c> and the
    /// 16-byte <paramref name="generationId"/> (unique to this restore) in <c>/run/harness/generation_id</c>.
    /// </summary>
    public async Task AfterRestoreAsync(DateTimeOffset? wallClock, ReadOnlyMemory<byte> entropy, ulong? generation,
        Guid? generationId, CancellationToken cancellationToken = default)
    {
        ReadOnlyMemory<byte> payload = AfterRestorePayload(wallClock, entropy, generation, generationId);
        AgentFrame reply = await RequestAsync(AgentMessageType.AfterRestore, payload, _requestTimeout, cancellationToken)
            .ConfigureAwait(false);
        new PayloadReader(reply).End();
    }

    private static ReadOnlyMemory<byte> AfterRestorePayload(DateTimeOffset? wallClock, ReadOnlyMemory<byte> entropy, ulong? generation,
        Guid? generationId)
    {
        if (entropy.Length > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(entropy), "at most 4096 bytes of entropy");
        }

        long ticks = wallClock.HasValue ? (wallClock.Value - DateTimeOffset.UnixEpoch).Ticks : 0;
        long seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out long rest);
        if (rest < 0)
        {
            seconds--;
            rest += TimeSpan.TicksPerSecond;
        }

        uint flags = (wallClock.HasValue ? 1u : 0u) | (generation.HasValue ? 2u : 0u) | (generationId.HasValue ? 4u : 0u);
        var writer = new PayloadWriter().U32(flags).U64((ulong)seconds).U32((uint)(rest * 100)).Bytes(entropy.Span);
        if (generation.HasValue)
        {
            writer = writer.U64(generation.Value);
        }

        if (generationId.HasValue)
        {
            writer = writer.Raw(generationId.Value.ToByteArray(bigEndian: true));
        }

        return writer.ToPayload(AgentMessageType.AfterRestore);
    }

    /// <summary>
    /// Sends a ping and, in the same write and right behind it, the after-restore hook (<see cref="AfterRestoreAsync(DateTimeOffset?, ReadOnlyMemory{byte}, ulong?, Guid?, CancellationToken)"/>),
    /// without waiting for the ping's answer: the agent serves requests in order, so a restored guest takes both in
    /// one wake-up, and the hook has run before anything sent later. Returns the ping's round trip (completed when
    /// the ping is answered) and the hook's completion. No other request is sent until both are answered. Internal:
    /// the ping task's awaiter runs inline in the exchange, so it must never block on the hook (the restore awaits it).
    /// </summary>
    internal (Task<TimeSpan> Ping, Task AfterRestore) PingThenAfterRestore(DateTimeOffset? wallClock, ReadOnlyMemory<byte> entropy,
        ulong? generation, Guid? generationId, CancellationToken cancellationToken = default)
    {
        ReadOnlyMemory<byte> hook = AfterRestorePayload(wallClock, entropy, generation, generationId);
        // Completed from PingThenAsync, already on a pool thread (the reply's own completion hopped there): the ping's
        // awaiter runs inline, rather than a second hop later, and PingThenAsync goes on once that awaits the hook.
        var ping = new TaskCompletionSource<TimeSpan>();
        Task both = PingThenAsync(AgentMessageType.AfterRestore, hook, ping, cancellationToken);
        return (ping.Task, both);
    }

    private async Task PingThenAsync(AgentMessageType type, ReadOnlyMemory<byte> payload, TaskCompletionSource<TimeSpan> ping,
        CancellationToken cancellationToken)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ping.TrySetException(e);
            throw;
        }

        try
        {
            byte[] token = RandomNumberGenerator.GetBytes(8);
            uint pingId = NextRequestId(), thenId = NextRequestId();
            byte[] first = AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, pingId, token));
            byte[] second = AgentFrameCodec.EncodeLine(new AgentFrame(type, thenId, payload));
            var pingReply = new TaskCompletionSource<AgentFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thenReply = new TaskCompletionSource<AgentFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                if (_closed != null)
                {
                    throw Closed();
                }

                (_pending, _pendingId, _pendingTakesAnonymousErrors) = (pingReply, pingId, true);
                (_next, _nextPendingId) = (thenReply, thenId);
            }

            using CancellationTokenSource limit = Limit(_requestTimeout, cancellationToken);
            AgentMessageType waitingFor = AgentMessageType.Ping;
            try
            {
                var watch = Stopwatch.StartNew();
                await _transport.WriteAsync((byte[])[.. first, .. second], limit.Token).ConfigureAwait(false);
                CheckEcho(CheckReply(AgentMessageType.Ping, await pingReply.Task.WaitAsync(limit.Token).ConfigureAwait(false)), token);
                ping.TrySetResult(watch.Elapsed);
                waitingFor = type;
                new PayloadReader(CheckReply(type, await thenReply.Task.WaitAsync(limit.Token).ConfigureAwait(false))).End();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
            {
                throw new AgentTimeoutException(waitingFor, _requestTimeout);
            }
            catch (IOException e)
            {
                throw new AgentDisconnectedException($"writing the {waitingFor} request to the guest failed: {e.Message}", e);
            }
        }
        catch (Exception e)
        {
            ping.TrySetException(e); // no-op once the ping was answered
            throw;
        }
        finally
        {
            lock (_lock)
            {
                _pending = null;
                _next = null;
            }

            _gate.Release();
        }
    }

    /// <summary>
    /// Sends <paramref name="raw"/> verbatim (valid or not) and returns the next frame that carries
    /// exactly <paramref name="replyId"/> (0 for input the agent cannot attribute to a request). For
    /// protocol conformance tests: error replies are returned, not thrown, and other frames are
    /// counted in <see cref="UnexpectedFrameCount"/>.
    /// </summary>
    public Task<AgentFrame> ExchangeRawAsync(ReadOnlyMemory<byte> raw, uint replyId, CancellationToken cancellationToken = default) =>
        ExchangeAsync(AgentMessageType.Error, raw, replyId, anonymousErrors: false, _requestTimeout, cancellationToken);

    /// <summary>Stops reading and disposes the transport.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _transport.DisposeAsync().ConfigureAwait(false);
        Fail(new ObjectDisposedException(nameof(AgentClient)));
    }

    private async Task<AgentFrame> RequestAsync(AgentMessageType type, ReadOnlyMemory<byte> payload, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        uint id = NextRequestId();
        byte[] line = AgentFrameCodec.EncodeLine(new AgentFrame(type, id, payload));
        AgentFrame reply = await ExchangeAsync(type, line, id, anonymousErrors: true, timeout, cancellationToken)
            .ConfigureAwait(false);
        return CheckReply(type, reply);
    }

    private uint NextRequestId()
    {
        lock (_lock)
        {
            return ++_nextId == 0 ? ++_nextId : _nextId;
        }
    }

    /// <summary>Runs the after-next-reply action, then throws for an error reply or one of the wrong type.</summary>
    private AgentFrame CheckReply(AgentMessageType type, AgentFrame reply)
    {
        Interlocked.Exchange(ref _afterNextReply, null)?.Invoke();
        if (reply.Type == AgentMessageType.Error)
        {
            throw ToException(type, reply);
        }

        if ((byte)reply.Type != ((byte)type | AgentProtocol.ReplyBit))
        {
            throw new AgentProtocolException(
                AgentErrorCode.UnknownType, $"a {type} request got a reply of type 0x{(byte)reply.Type:x2}", reply.RequestId);
        }

        return reply;
    }

    // anonymousErrors: an error reply with id 0 (the agent could not read an id) also answers this
    // request; with one request in flight it can only be about this one.
    private async Task<AgentFrame> ExchangeAsync(AgentMessageType type, ReadOnlyMemory<byte> bytes, uint replyId,
        bool anonymousErrors, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reply = new TaskCompletionSource<AgentFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                if (_closed != null)
                {
                    throw Closed();
                }

                _pending = reply;
                _pendingId = replyId;
                _pendingTakesAnonymousErrors = anonymousErrors;
            }

            using CancellationTokenSource limit = Limit(timeout, cancellationToken);

            try
            {
                await _transport.WriteAsync(bytes, limit.Token).ConfigureAwait(false);
                return await reply.Task.WaitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
            {
                throw new AgentTimeoutException(type, timeout);
            }
            catch (IOException e)
            {
                throw new AgentDisconnectedException($"writing the {type} request to the guest failed: {e.Message}", e);
            }
        }
        finally
        {
            lock (_lock)
            {
                _pending = null;
            }

            _gate.Release();
        }
    }

    // The caller's token, cancelled too once the request has waited the timeout (unless infinite).
    private static CancellationTokenSource Limit(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            limit.CancelAfter(timeout);
        }

        return limit;
    }

    private static void CheckEcho(AgentFrame reply, byte[] token)
    {
        if (!reply.Payload.Span.SequenceEqual(token))
        {
            throw new AgentProtocolException(AgentErrorCode.BadPayload, "ping reply does not echo the token", reply.RequestId);
        }
    }

    private static AgentErrorReplyException ToException(AgentMessageType request, AgentFrame reply)
    {
        var r = new PayloadReader(reply);
        var code = (AgentErrorCode)r.U32();
        int errno = (int)r.U32();
        string message = Encoding.UTF8.GetString(r.Rest());
        return new AgentErrorReplyException(request, code, errno, message);
    }

    private async Task ReadLoopAsync()
    {
        var demux = new ConsoleDemux(new Sink(this));
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024); // one per client: pooled, not garbage per restore
        try
        {
            while (true)
            {
                int n = await _transport.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                demux.Feed(buffer.AsSpan(0, n));
            }

            demux.Complete();
            Fail(new AgentDisconnectedException("the guest closed the channel"));
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException)
        {
            Fail(new AgentDisconnectedException("the channel to the guest failed or was closed", e));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            Log.Complete();
        }
    }

    private void Fail(Exception reason)
    {
        TaskCompletionSource<AgentFrame>? pending, next;
        lock (_lock)
        {
            _closed ??= reason;
            pending = _pending;
            next = _next;
        }

        pending?.TrySetException(Closed());
        next?.TrySetException(Closed());
    }

    private AgentDisconnectedException Closed() =>
        _closed as AgentDisconnectedException ?? new AgentDisconnectedException("the agent client is closed", _closed);

    private void OnFrame(AgentFrame frame)
    {
        TaskCompletionSource<AgentFrame>? target = null;
        lock (_lock)
        {
            if (_pending != null && (frame.RequestId == _pendingId ||
                (_pendingTakesAnonymousErrors && frame.RequestId == 0 && frame.Type == AgentMessageType.Error)))
            {
                target = _pending;
                PromoteNext();
            }
        }

        if (target == null || !target.TrySetResult(frame))
        {
            Interlocked.Increment(ref _unexpectedFrames);
        }
    }

    private void OnBadFrame(AgentProtocolException error)
    {
        Interlocked.Increment(ref _badFrames);
        Log.Append($"[harness] bad frame from the guest: {error.Message}");
        TaskCompletionSource<AgentFrame>? target = null;
        lock (_lock)
        {
            // One request is in flight at a time, so a spoiled frame that names no id is most likely its reply.
            if (_pending != null && (error.RequestId == _pendingId || (_pendingTakesAnonymousErrors && error.RequestId == 0)))
            {
                target = _pending;
                PromoteNext();
            }
        }

        target?.TrySetException(error);
    }

    /// <summary>The pending request was answered: the one queued behind it, if any, is pending now. Lock held.</summary>
    private void PromoteNext()
    {
        if (_next != null)
        {
            (_pending, _pendingId, _pendingTakesAnonymousErrors) = (_next, _nextPendingId, true);
            _next = null;
        }
    }

    private sealed class Sink(AgentClient client) : IConsoleDemuxSink
    {
        public void OnFrame(AgentFrame frame) => client.OnFrame(frame);

        public void OnBadFrame(AgentProtocolException error) => client.OnBadFrame(error);

        public void OnLogLine(string line) => client.Log.Append(line);
    }
}
