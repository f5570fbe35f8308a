// One bridged stream between a guest vsock port and a host Unix socket: the credit counters of both directions,
// the bytes buffered each way, the packets owed to the guest, and the two async loops that move bytes to and from
// the host socket. Every field is guarded by the device's lock; socket I/O runs outside it.
using System.Net.Sockets;

namespace Harness.Vmm.Devices.Virtio.Vsock;

internal enum VsockConnectionState
{
    /// <summary>The host connected and asked for a guest port; REQUEST is owed or sent, RESPONSE awaited.</summary>
    HostConnecting,

    /// <summary>The guest sent REQUEST; the host listener is being connected.</summary>
    GuestConnecting,

    Established,

    Closed,
}

internal sealed partial class VsockConnection
{
    private const int ReadChunk = 64 * 1024;

    private readonly VirtioVsockDevice _device;
    private readonly Queue<(byte[] Data, bool Counted)> _toHost = new();
    private readonly Queue<byte[]> _toGuest = new();
    private readonly SemaphoreSlim _writerSignal = new(0);
    private readonly SemaphoreSlim _creditSignal = new(0);
    private readonly CancellationTokenSource _cts = new();
    private int _toGuestHeadOffset;
    private bool _readerWaiting;
    private bool _writerWaiting;

    public VsockConnection(VirtioVsockDevice device, uint localPort, uint peerPort, VsockConnectionState state, Socket? socket)
    {
        _device = device;
        LocalPort = localPort;
        PeerPort = peerPort;
        State = state;
        Socket = socket;
    }

    public uint LocalPort { get; }

    public uint PeerPort { get; }

    public VsockConnectionState State { get; set; }

    public Socket? Socket { get; set; }

    // Guest to host: payload bytes received from the guest, bytes forwarded to the host socket, and the fwd_cnt the
    // guest last heard from us.
    public uint RxFromGuest { get; set; }

    public uint FwdCnt { get; set; }

    public uint LastFwdCntSent { get; set; }

    public int ToHostBytes { get; private set; }

    // Host to guest: the guest's advertised buffer and consumption, and the bytes we delivered.
    public uint PeerBufAlloc { get; set; }

    public uint PeerFwdCnt { get; set; }

    public uint TxToGuest { get; set; }

    public int ToGuestBytes { get; private set; }

    // Packets owed to the guest; the rx pump sends them in priority order.
    public bool NeedRequest { get; set; }

    public bool NeedResponse { get; set; }

    public bool NeedRst { get; set; }

    public bool NeedCreditUpdate { get; set; }

    public bool NeedCreditRequest { get; set; }

    public bool NeedShutdownSend { get; set; }

    public bool GuestShutReceive { get; set; }

    public bool GuestShutSend { get; set; }

    public bool HostEof { get; set; }

    public bool InRxQueue { get; set; }

    public bool HasWorkForGuest =>
        NeedRst || NeedRequest || NeedResponse || NeedCreditUpdate || NeedCreditRequest
        || (ToGuestBytes > 0 && State == VsockConnectionState.Established) || (NeedShutdownSend && ToGuestBytes == 0);

    /// <summary>Bytes the host side may still read for the guest: the guest's credit, capped by our own buffer.</summary>
    public int HostReadAllowance(uint ownCap)
    {
        uint inFlight = (uint)(TxToGuest - PeerFwdCnt) + (uint)ToGuestBytes;
        long credit = (long)PeerBufAlloc - inFlight;
        long room = (long)ownCap - ToGuestBytes;
        return (int)Math.Max(0, Math.Min(Math.Min(credit, room), ReadChunk));
    }

    public void EnqueueToHost(byte[] data, bool counted)
    {
        if (Local != null)
        {
            DeliverLocal(data, counted);
            return;
        }

        int sent = _writerWaiting && _toHost.Count == 0 ? SendNow(data) : 0;
        if (sent > 0 && counted)
        {
            _device.OnForwarded(this, sent);
        }

        if (sent == data.Length)
        {
            return;
        }

        byte[] rest = sent == 0 ? data : data[sent..];
        _toHost.Enqueue((rest, counted));
        ToHostBytes += rest.Length;
        WakeWriter();
    }

    /// <summary>
    /// With the writer idle and nothing queued, sends straight from the caller's thread (a vCPU handling the guest's
    /// packet) as far as the socket takes it without blocking, instead of waking the write loop: a reply reaches the
    /// host a thread-pool hop sooner. Returns the bytes sent. Called with the device lock held.
    /// </summary>
    private int SendNow(byte[] data)
    {
        if (Socket is not { } socket || State != VsockConnectionState.Established)
        {
            return 0;
        }

        try
        {
            if (socket.Blocking)
            {
                // StartIo could not make it non-blocking: leave it to the write loop.
                return 0;
            }
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }

        try
        {
            int n = socket.Send(data, 0, data.Length, SocketFlags.None, out SocketError error);
            return error == SocketError.Success ? n : 0;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    public void EnqueueToGuest(byte[] data)
    {
        _toGuest.Enqueue(data);
        ToGuestBytes += data.Length;
    }

    /// <summary>Copies up to <paramref name="max"/> pending host bytes into <paramref name="writer"/>; returns the count.</summary>
    public int DrainToGuest(ChainWriter writer, int max)
    {
        int done = 0;
        while (done < max && _toGuest.Count > 0)
        {
            byte[] head = _toGuest.Peek();
            int n = Math.Min(max - done, head.Length - _toGuestHeadOffset);
            int w = writer.Write(head.AsSpan(_toGuestHeadOffset, n));
            done += w;
            _toGuestHeadOffset += w;
            if (_toGuestHeadOffset == head.Length)
            {
                _toGuest.Dequeue();
                _toGuestHeadOffset = 0;
            }

            if (w < n)
            {
                break;
            }
        }

        ToGuestBytes -= done;
        return done;
    }

    public void DropToGuest()
    {
        _toGuest.Clear();
        _toGuestHeadOffset = 0;
        ToGuestBytes = 0;
    }

    /// <summary>
    /// Starts the host socket loops of an established connection. Bytes the host already wrote (a request sent right
    /// behind CONNECT) are taken at once, so they reach the guest in the same pass as the connection itself instead
    /// of a thread-pool hop and a guest wake-up later. Returns whether any were taken. Called with the device lock held.
    /// </summary>
    public bool StartIo()
    {
        if (Local != null)
        {
            return MoveLocalOut();
        }

        bool took = false;
        try
        {
            // Sends from the vCPU thread (SendNow) must never block it; the async loops do not care.
            Socket!.Blocking = false;
            took = TakeWaitingHostBytes();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The host side already failed; the loops meet the same failure and end the connection with RST.
        }

        _ = Task.Run(ReadLoopAsync);
        _ = Task.Run(WriteLoopAsync);
        return took;
    }

    private bool TakeWaitingHostBytes()
    {
        try
        {
            int n = Math.Min(Socket?.Available ?? 0, HostReadAllowance(_device.ConnectionBufferSize));
            if (n <= 0)
            {
                return false;
            }

            // Available bytes are there: this receive returns at once, and no read loop runs yet to race with it.
            var data = new byte[n];
            int got = Socket!.Receive(data, SocketFlags.None);
            if (got <= 0)
            {
                return false;
            }

            EnqueueToGuest(got == n ? data : data[..got]);
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The read loop meets the same failure and ends the connection properly.
            return false;
        }
    }

    public void WakeReader()
    {
        if (Local != null && MoveLocalOut())
        {
            _device.Schedule(this); // without pumping: the caller (guest packet handling or the rx pump) pumps afterwards
        }

        if (_readerWaiting)
        {
            _readerWaiting = false;
            _creditSignal.Release();
        }
    }

    public void WakeWriter()
    {
        if (Local != null)
        {
            OnLocalGuestShutdown();
            return;
        }

        if (_writerWaiting)
        {
            _writerWaiting = false;
            _writerSignal.Release();
        }
    }

    /// <summary>Stops the loops and closes the host socket. Called with the device lock held.</summary>
    public void Close()
    {
        if (State == VsockConnectionState.Closed)
        {
            return;
        }

        State = VsockConnectionState.Closed;
        _cts.Cancel();
        CloseHostEnd();
        _toHost.Clear();
        DropToGuest();
        // Nothing here is disposed beyond the socket: a loop may still be between its lock and its wait, and the
        // cancelled token (which owns no timer) is what ends it.
    }

    /// <summary>Closes the host socket, or ends a local stream's reads and writes. Called with the device lock held.</summary>
    public void CloseHostEnd()
    {
        Socket?.Dispose();
        if (Local != null)
        {
            WakeLocalWaitersLater();
        }
    }

    private async Task ReadLoopAsync()
    {
        // Pooled: a restored clone's connection would otherwise allocate 64 KiB that lives as long as it does.
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ReadChunk);
        try
        {
            await ReadLoopAsync(buffer).ConfigureAwait(false);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task ReadLoopAsync(byte[] buffer)
    {
        Socket socket = Socket!;
        CancellationToken ct;
        lock (_device.SyncLock)
        {
            if (State == VsockConnectionState.Closed)
            {
                return;
            }

            ct = _cts.Token;
        }

        try
        {
            while (true)
            {
                int allowance;
                lock (_device.SyncLock)
                {
                    if (State == VsockConnectionState.Closed || GuestShutReceive)
                    {
                        return;
                    }

                    allowance = HostReadAllowance(_device.ConnectionBufferSize);
                    if (allowance == 0)
                    {
                        _readerWaiting = true;
                        if ((uint)(TxToGuest - PeerFwdCnt) >= PeerBufAlloc && !NeedCreditRequest)
                        {
                            // The guest's buffer is full as far as we know: ask it for fresh credit.
                            NeedCreditRequest = true;
                            _device.ScheduleFromHost(this);
                        }
                    }
                }

                if (allowance == 0)
                {
                    await _creditSignal.WaitAsync(ct).ConfigureAwait(false);
                    continue;
                }

                int n = await socket.ReceiveAsync(buffer.AsMemory(0, allowance), SocketFlags.None, ct).ConfigureAwait(false);
                lock (_device.SyncLock)
                {
                    if (State == VsockConnectionState.Closed)
                    {
                        return;
                    }

                    if (n == 0)
                    {
                        HostEof = true;
                        NeedShutdownSend = true;
                        _device.ScheduleFromHost(this);
                        return;
                    }

                    EnqueueToGuest(buffer.AsSpan(0, n).ToArray());
                    _device.ScheduleFromHost(this);
                }
            }
        }
        catch (Exception)
        {
            // Cancellation, a closed or failed socket, or anything unexpected: the connection ends with RST either way,
            // and nothing is left to escape as an unobserved task exception.
            _device.OnHostSocketFailed(this);
        }
    }

    private async Task WriteLoopAsync()
    {
        Socket socket = Socket!;
        CancellationToken ct;
        lock (_device.SyncLock)
        {
            if (State == VsockConnectionState.Closed)
            {
                return;
            }

            ct = _cts.Token;
        }

        try
        {
            bool hostWriteShut = false;
            while (true)
            {
                byte[]? chunk = null;
                bool counted = false;
                bool shutdownNow = false;
                lock (_device.SyncLock)
                {
                    if (State == VsockConnectionState.Closed)
                    {
                        return;
                    }

                    if (_toHost.Count > 0)
                    {
                        (chunk, counted) = _toHost.Dequeue();
                    }
                    else if (GuestShutSend && GuestShutReceive)
                    {
                        _device.FinishClose(this);
                        return;
                    }
                    else if (GuestShutSend && !hostWriteShut)
                    {
                        shutdownNow = hostWriteShut = true;
                    }
                    else
                    {
                        _writerWaiting = true;
                    }
                }

                if (chunk != null)
                {
                    int sent = 0;
                    while (sent < chunk.Length)
                    {
                        sent += await socket.SendAsync(chunk.AsMemory(sent), SocketFlags.None, ct).ConfigureAwait(false);
                    }

                    lock (_device.SyncLock)
                    {
                        ToHostBytes -= chunk.Length;
                        if (counted)
                        {
                            _device.OnForwarded(this, chunk.Length);
                        }
                    }
                }
                else if (shutdownNow)
                {
                    socket.Shutdown(SocketShutdown.Send);
                }
                else
                {
                    await _writerSignal.WaitAsync(ct).ConfigureAwait(false);
                }
            }
        }
        catch (Exception)
        {
            // Cancellation, a closed or failed socket, or anything unexpected: the connection ends with RST either way,
            // and nothing is left to escape as an unobserved task exception.
            _device.OnHostSocketFailed(this);
        }
    }
}
