// virtio-vsock (virtio 1.2 §5.10) bridged to host Unix sockets as Firecracker does it. The tx queue is handled on
// the vCPU thread that notifies it; host sockets are served by async loops that inject into the rx queue and raise
// the device's IRQ. Credit-based flow control bounds the bytes buffered per connection in both directions.
using System.Buffers.Binary;
using System.Net.Sockets;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio.Vsock;

/// <summary>
/// A virtio-vsock device. Host processes reach the guest through the Unix socket at
/// <see cref="VirtioVsockOptions.UdsPath"/>; the guest reaches host listeners at <c>UdsPath_PORT</c>.
/// Connections do not survive a snapshot: after a restore call <see cref="SendTransportReset"/>.
/// </summary>
public sealed class VirtioVsockDevice : VirtioDevice
{
    /// <summary>Queue indices.</summary>
    public const int RxQueue = 0, TxQueue = 1, EventQueue = 2;

    /// <summary>VIRTIO_VSOCK_EVENT_TRANSPORT_RESET.</summary>
    public const uint EventTransportReset = 0;

    /// <summary>Largest payload accepted in one guest packet (Linux's VIRTIO_VSOCK_MAX_PKT_BUF_SIZE).</summary>
    public const uint MaxPacketPayload = 64 * 1024;

    private const uint FirstHostPort = 1u << 30;
    private const int MaxOrphanReplies = 1024;

    private readonly VirtioVsockOptions _options;
    private readonly Dictionary<(uint Local, uint Peer), VsockConnection> _connections = [];
    private readonly Queue<VsockConnection> _rxReady = new();
    private readonly Queue<VsockHeader> _orphanReplies = new();
    private readonly List<TaskCompletionSource<bool>> _wakeAfterUnlock = [];
    private VsockHostListener? _listener;
    private Func<DescriptorChain, uint>? _handleGuestPacket;
    private ulong _guestCid;
    private uint _nextHostPort = FirstHostPort;
    private bool _resetPending;
    private bool _resetUnconsumed;
    private long _droppedPackets;
    private bool _disposed;

    /// <summary>
    /// Creates the device and binds <see cref="VirtioVsockOptions.UdsPath"/> (unless
    /// <see cref="VirtioVsockOptions.ListenOnDemand"/>); it accepts once attached to its transport.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="SocketException">The Unix socket cannot be bound.</exception>
    public VirtioVsockDevice(VirtioVsockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _guestCid = options.GuestCid;
        if (!options.ListenOnDemand)
        {
            _listener = new VsockHostListener(options.UdsPath);
        }
    }

    /// <summary>Binds <see cref="UdsPath"/> now if the device listens on demand and has not bound it yet.</summary>
    /// <exception cref="InvalidOperationException">The device is not attached to a transport yet.</exception>
    /// <exception cref="SocketException">The Unix socket cannot be bound.</exception>
    public void EnsureListening()
    {
        if (!IsAttached)
        {
            throw new InvalidOperationException("the vsock device listens once it is attached to its transport");
        }

        lock (SyncRoot)
        {
            if (_disposed || _listener != null) // a disposed device binds nothing
            {
                return;
            }

            var listener = new VsockHostListener(_options.UdsPath);
            listener.Start(OnHostConnect);
            _listener = listener;
        }
    }

    /// <summary>Creates the device and maps it behind a virtio-mmio transport.</summary>
    public static VirtioMmioTransport<VirtioVsockDevice> CreateMmio(GuestMemory memory, IIrqLine irq, VirtioVsockOptions options)
    {
        var device = new VirtioVsockDevice(options);
        try
        {
            return new VirtioMmioTransport<VirtioVsockDevice>(memory, irq, device);
        }
        catch
        {
            device.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override uint DeviceId => VirtioDeviceIds.Vsock;

    /// <inheritdoc />
    protected override void OnAttached() => _listener?.Start(OnHostConnect);

    /// <summary>The guest's CID as the config space reports it.</summary>
    public ulong GuestCid
    {
        get
        {
            lock (SyncRoot)
            {
                return _guestCid;
            }
        }
    }

    /// <summary>The Unix socket path host processes connect to.</summary>
    public string UdsPath => _options.UdsPath;

    /// <summary>Connections currently open (any state).</summary>
    public int ConnectionCount
    {
        get
        {
            lock (SyncRoot)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>Guest packets dropped as malformed or spoofed.</summary>
    public long DroppedPackets => Interlocked.Read(ref _droppedPackets);

    /// <summary>
    /// True from <see cref="SendTransportReset"/> (or a restore) until the guest has consumed the reset event: it
    /// handled the event and gave the buffer back (notifying the event queue). Until then the device sends the guest
    /// nothing on the rx queue, so a host connection made right after a restore cannot be torn down by a reset the
    /// guest handles after accepting it. Host clients may connect at once; their request waits here.
    /// </summary>
    public bool TransportResetOutstanding
    {
        get
        {
            lock (SyncRoot)
            {
                return _resetPending || _resetUnconsumed;
            }
        }
    }

    /// <summary>True while a transport-reset event waits for an event-queue buffer.</summary>
    public bool TransportResetPending
    {
        get
        {
            lock (SyncRoot)
            {
                return _resetPending;
            }
        }
    }

    internal Lock SyncLock => SyncRoot;

    internal uint ConnectionBufferSize => _options.ConnectionBufferSize;

    /// <inheritdoc />
    protected internal override ulong DeviceFeatures => 0;

    /// <inheritdoc />
    protected internal override IReadOnlyList<ushort> QueueMaxSizes => [_options.QueueSize, _options.QueueSize, _options.QueueSize];

    /// <inheritdoc />
    protected internal override int ConfigSize => 8;

    /// <inheritdoc />
    protected internal override void ReadConfig(int offset, Span<byte> destination)
    {
        Span<byte> config = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(config, _guestCid);
        config.Slice(offset, destination.Length).CopyTo(destination);
    }

    /// <inheritdoc />
    protected internal override void ProcessQueue(int queueIndex)
    {
        switch (queueIndex)
        {
            case TxQueue:
                ProcessTx();
                break;
            case EventQueue:
                // Linux refills and notifies the event queue only after handling the events it took from it, so
                // a notification after a delivered reset means the guest has reset its sockets.
                _resetUnconsumed = false;
                TryDeliverReset();
                break;
        }

        // New rx buffers, or replies the tx packets asked for.
        PumpRx();
    }

    /// <inheritdoc />
    protected internal override void OnActivate()
    {
        TryDeliverReset();
        PumpRx();
    }

    /// <inheritdoc />
    protected internal override void OnResume()
    {
        TryDeliverReset();
        PumpRx();
    }

    /// <inheritdoc />
    protected internal override void OnReset()
    {
        CloseAll();
        _resetPending = false;
        _resetUnconsumed = false;
    }

    /// <summary>
    /// Closes every connection and tells the guest with VIRTIO_VSOCK_EVENT_TRANSPORT_RESET (delivered now, or as soon
    /// as the guest posts an event buffer). Call after restoring a snapshot.
    /// </summary>
    public void SendTransportReset()
    {
        lock (SyncRoot)
        {
            CloseAll();
            _resetPending = true;
            RunGuarded("vsock", TryDeliverReset);
        }
    }

    private void TryDeliverReset()
    {
        if (!_resetPending || !IsLive)
        {
            return;
        }

        VirtQueue q = Queue(EventQueue);
        if (!q.Ready || !q.TryPop(out DescriptorChain? chain))
        {
            return;
        }

        var writer = new ChainWriter(Memory, chain!);
        Span<byte> evt = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(evt, EventTransportReset);
        if (writer.Write(evt) != 4)
        {
            throw new VirtQueueException("vsock event buffer is shorter than an event");
        }

        // Before the guest can see the event: ask to be told when it gives the buffer back.
        q.RequestNotifyOnNextAvail();
        q.AddUsed(chain!.HeadIndex, 4);
        _resetPending = false;
        _resetUnconsumed = true;
        SignalUsed(EventQueue);
    }

    // A tx chain has nothing for the device to write: its used length is 0.
    private void ProcessTx() => DrainQueue(TxQueue, _handleGuestPacket ??= chain =>
    {
        HandleGuestPacket(chain);
        return 0;
    });

    private void HandleGuestPacket(DescriptorChain chain)
    {
        var reader = new ChainReader(Memory, chain);
        Span<byte> raw = stackalloc byte[VsockHeader.Size];
        if (reader.Read(raw) != VsockHeader.Size)
        {
            Drop();
            return;
        }

        VsockHeader h = VsockHeader.Parse(raw);
        if (h.SrcCid != _guestCid || h.DstCid != VsockHeader.HostCid || h.Len > MaxPacketPayload || h.Len > reader.Remaining)
        {
            Drop();
            return;
        }

        if (h.Type != VsockHeader.TypeStream)
        {
            ReplyRst(h);
            return;
        }

        _connections.TryGetValue((h.DstPort, h.SrcPort), out VsockConnection? c);
        if (c == null)
        {
            if (h.Op == VsockOp.Request)
            {
                StartGuestConnect(h);
            }
            else if (h.Op != VsockOp.Rst)
            {
                ReplyRst(h);
            }

            return;
        }

        c.PeerBufAlloc = h.BufAlloc;
        c.PeerFwdCnt = h.FwdCnt;
        c.WakeReader();
        switch (h.Op)
        {
            case VsockOp.Response when c.State == VsockConnectionState.HostConnecting:
                c.State = VsockConnectionState.Established;
                c.EnqueueToHost(System.Text.Encoding.ASCII.GetBytes($"OK {c.LocalPort}\n"), counted: false);
                if (c.StartIo())
                {
                    // Pumped at the end of this notification, right behind the guest's own RESPONSE.
                    Schedule(c);
                }

                break;
            case VsockOp.Rst:
                Remove(c);
                break;
            case VsockOp.Shutdown:
                if ((h.Flags & VsockHeader.ShutdownReceive) != 0)
                {
                    c.GuestShutReceive = true;
                    c.DropToGuest();
                    c.NeedShutdownSend = false;
                }

                if ((h.Flags & VsockHeader.ShutdownSend) != 0)
                {
                    c.GuestShutSend = true;
                }

                if (c.State == VsockConnectionState.Established)
                {
                    c.WakeWriter();
                }
                else
                {
                    Reset(c);
                }

                break;
            case VsockOp.Rw when c.State == VsockConnectionState.Established && !c.GuestShutSend:
                if ((uint)(c.RxFromGuest - c.FwdCnt) + h.Len > _options.ConnectionBufferSize)
                {
                    // The guest sent past the credit we gave it.
                    Reset(c);
                    break;
                }

                var payload = new byte[h.Len];
                reader.Read(payload);
                c.RxFromGuest += h.Len;
                if (payload.Length > 0)
                {
                    c.EnqueueToHost(payload, counted: true);
                }

                break;
            case VsockOp.CreditUpdate:
                break;
            case VsockOp.CreditRequest:
                c.NeedCreditUpdate = true;
                Schedule(c);
                break;
            default:
                // REQUEST on a live connection, RESPONSE out of turn, RW before establishment or after SHUTDOWN.
                Reset(c);
                break;
        }
    }

    private void Drop() => Interlocked.Increment(ref _droppedPackets);

    private void ReplyRst(in VsockHeader h)
    {
        if (_orphanReplies.Count >= MaxOrphanReplies)
        {
            Drop();
            return;
        }

        _orphanReplies.Enqueue(new VsockHeader
        {
            SrcCid = VsockHeader.HostCid,
            DstCid = _guestCid,
            SrcPort = h.DstPort,
            DstPort = h.SrcPort,
            Type = VsockHeader.TypeStream,
            Op = VsockOp.Rst,
        });
    }

    private void StartGuestConnect(in VsockHeader h)
    {
        if (_connections.Count >= _options.MaxConnections)
        {
            ReplyRst(h);
            return;
        }

        var c = new VsockConnection(this, h.DstPort, h.SrcPort, VsockConnectionState.GuestConnecting, null)
        {
            PeerBufAlloc = h.BufAlloc,
            PeerFwdCnt = h.FwdCnt,
        };
        _connections.Add((c.LocalPort, c.PeerPort), c);
        string path = $"{_options.UdsPath}_{h.DstPort}";
        _ = Task.Run(() => ConnectHostAsync(c, path));
    }

    private async Task ConnectHostAsync(VsockConnection c, string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        bool connected;
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path)).ConfigureAwait(false);
            connected = true;
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            connected = false;
        }

        lock (SyncRoot)
        {
            if (c.State != VsockConnectionState.GuestConnecting || c.NeedRst)
            {
                socket.Dispose();
                return;
            }

            if (connected)
            {
                c.Socket = socket;
                c.State = VsockConnectionState.Established;
                c.NeedResponse = true;
                c.StartIo();
            }
            else
            {
                socket.Dispose();
                c.NeedRst = true;
            }

            ScheduleFromHost(c);
        }
    }

    private void OnHostConnect(Socket socket, uint guestPort)
    {
        lock (SyncRoot)
        {
            if (_disposed || _connections.Count >= _options.MaxConnections)
            {
                socket.Dispose();
                return;
            }

            AddHostConnection(guestPort, socket);
        }
    }

    /// <summary>A host-initiated connection to <paramref name="guestPort"/>, its REQUEST queued and pumped. Lock held.</summary>
    private VsockConnection AddHostConnection(uint guestPort, Socket? socket)
    {
        uint local = _nextHostPort;
        while (_connections.ContainsKey((local, guestPort)))
        {
            local = local == uint.MaxValue ? FirstHostPort : local + 1;
        }

        _nextHostPort = local == uint.MaxValue ? FirstHostPort : local + 1;
        var c = new VsockConnection(this, local, guestPort, VsockConnectionState.HostConnecting, socket) { NeedRequest = true };
        _connections.Add((local, guestPort), c);
        ScheduleFromHost(c);
        _ = ExpireHostConnectAsync(c);
        return c;
    }

    /// <summary>
    /// Connects the host to guest port <paramref name="guestPort"/> from inside this process: what a client of
    /// <see cref="UdsPath"/> gets after writing "CONNECT port\n", without the listener's accept and handshake hops.
    /// The connection request is queued before this returns, so a restored guest can be started with it already
    /// waiting. The returned socket first reads "OK &lt;host port&gt;\n" once the guest accepts, then the stream; it
    /// ends without that line when the guest refuses.
    /// </summary>
    /// <exception cref="SocketException">No socket pair could be made (out of descriptors).</exception>
    /// <exception cref="ObjectDisposedException">The device is disposed.</exception>
    public unsafe Socket ConnectInProcess(uint guestPort)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int* pair = stackalloc int[2];
        if (Tmds.Linux.LibC.socketpair(Tmds.Linux.LibC.AF_UNIX, Tmds.Linux.LibC.SOCK_STREAM | Tmds.Linux.LibC.SOCK_CLOEXEC, 0, pair) != 0)
        {
            throw new SocketException(Tmds.Linux.LibC.errno);
        }

        Socket deviceEnd;
        try
        {
            deviceEnd = new Socket(new SafeSocketHandle(pair[0], ownsHandle: true));
        }
        catch
        {
            Tmds.Linux.LibC.close(pair[0]);
            Tmds.Linux.LibC.close(pair[1]);
            throw;
        }

        var hostEnd = new Socket(new SafeSocketHandle(pair[1], ownsHandle: true));
        OnHostConnect(deviceEnd, guestPort);
        return hostEnd;
    }

    /// <summary>
    /// Connects the host to guest port <paramref name="guestPort"/> from inside this process, as
    /// <see cref="ConnectInProcess"/> does, but without a socket: the returned stream's bytes move between its caller
    /// and the connection directly (no epoll thread or thread-pool hop either way), and a read waiting for the guest
    /// resumes on the vCPU thread that delivered the bytes. It first reads "OK &lt;host port&gt;\n" once the guest
    /// accepts, then the stream; it ends without that line when the guest refuses. Bytes written before the guest
    /// accepts reach it with the acceptance.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The device is disposed.</exception>
    /// <exception cref="IOException">The device already holds its maximum of connections.</exception>
    public Stream ConnectLocal(uint guestPort)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (SyncRoot)
        {
            if (_disposed || _connections.Count >= _options.MaxConnections)
            {
                throw new IOException($"the vsock device already holds {_options.MaxConnections} connections");
            }

            VsockConnection c = AddHostConnection(guestPort, socket: null);
            return c.AttachLocal();
        }
    }

    private async Task ExpireHostConnectAsync(VsockConnection c)
    {
        await Task.Delay(_options.HostConnectTimeout).ConfigureAwait(false);
        lock (SyncRoot)
        {
            if (c.State == VsockConnectionState.HostConnecting && !c.NeedRst)
            {
                // The guest never answered: withdraw the request and free the host client.
                Reset(c);
                RunGuarded("vsock", PumpRx);
            }
        }
    }

    /// <summary>Closes the host side now and owes the guest an RST; the connection goes once the RST is sent.</summary>
    private void Reset(VsockConnection c)
    {
        c.CloseHostEnd();
        c.DropToGuest();
        c.NeedRst = true;
        Schedule(c);
    }

    private void Remove(VsockConnection c)
    {
        c.Close();
        _connections.Remove((c.LocalPort, c.PeerPort));
    }

    private void CloseAll()
    {
        foreach (VsockConnection c in _connections.Values)
        {
            c.Close();
        }

        _connections.Clear();
        _rxReady.Clear();
        _orphanReplies.Clear();
    }

    internal void OnHostSocketFailed(VsockConnection c)
    {
        lock (SyncRoot)
        {
            if (c.State == VsockConnectionState.Closed || c.NeedRst)
            {
                return;
            }

            Reset(c);
            RunGuarded("vsock", PumpRx);
        }
    }

    internal void FinishClose(VsockConnection c)
    {
        // The guest shut both directions and everything it sent reached the host: RST completes its close.
        Reset(c);
        RunGuarded("vsock", PumpRx);
    }

    internal void OnForwarded(VsockConnection c, int bytes)
    {
        c.FwdCnt += (uint)bytes;
        uint guestThinksFree = _options.ConnectionBufferSize - (uint)(c.RxFromGuest - c.LastFwdCntSent);
        if (c.FwdCnt != c.LastFwdCntSent && guestThinksFree < _options.ConnectionBufferSize / 2)
        {
            c.NeedCreditUpdate = true;
            ScheduleFromHost(c);
        }
    }

    /// <summary>Queues <paramref name="c"/> for the rx pump and runs it, from a host thread (lock held).</summary>
    internal void ScheduleFromHost(VsockConnection c)
    {
        Schedule(c);
        RunGuarded("vsock", PumpRx);
    }

    /// <summary>
    /// Completes <paramref name="reader"/> once the lock is released (<see cref="AfterUnlocked"/>), so that the
    /// host reader it wakes runs on this thread but never under the lock. Lock held; only from guest packet handling.
    /// </summary>
    internal void WakeAfterUnlock(TaskCompletionSource<bool> reader) => _wakeAfterUnlock.Add(reader);

    /// <inheritdoc />
    protected internal override void AfterUnlocked()
    {
        if (_wakeAfterUnlock.Count == 0)
        {
            return; // only this thread adds to it while it holds the lock, so its own additions are seen here
        }

        TaskCompletionSource<bool>[] wake;
        lock (SyncRoot)
        {
            wake = [.. _wakeAfterUnlock];
            _wakeAfterUnlock.Clear();
        }

        foreach (TaskCompletionSource<bool> reader in wake)
        {
            reader.TrySetResult(true);
        }
    }

    /// <summary>Queues <paramref name="c"/> for the rx pump without running it (lock held).</summary>
    internal void Schedule(VsockConnection c)
    {
        if (!c.InRxQueue)
        {
            c.InRxQueue = true;
            _rxReady.Enqueue(c);
        }
    }

    /// <summary>Moves owed packets and pending host bytes into guest rx buffers while there are buffers.</summary>
    private void PumpRx()
    {
        if (!IsLive || !Queue(RxQueue).Ready || _resetPending || _resetUnconsumed)
        {
            return;
        }

        VirtQueue q = Queue(RxQueue);
        try
        {
            while (true)
            {
                if (_orphanReplies.Count > 0)
                {
                    if (!q.TryPop(out DescriptorChain? chain))
                    {
                        return;
                    }

                    VsockHeader h = _orphanReplies.Dequeue();
                    q.AddUsed(chain!.HeadIndex, WritePacket(chain, h, null, 0));
                    continue;
                }

                if (_rxReady.Count == 0)
                {
                    return;
                }

                VsockConnection c = _rxReady.Peek();
                if (c.State == VsockConnectionState.Closed || !c.HasWorkForGuest)
                {
                    _rxReady.Dequeue();
                    c.InRxQueue = false;
                    continue;
                }

                if (!q.TryPop(out DescriptorChain? buffer))
                {
                    return;
                }

                q.AddUsed(buffer!.HeadIndex, EmitFor(c, buffer));
                _rxReady.Dequeue();
                if (c.State != VsockConnectionState.Closed && c.HasWorkForGuest)
                {
                    _rxReady.Enqueue(c);
                }
                else
                {
                    c.InRxQueue = false;
                }
            }
        }
        finally
        {
            SignalUsed(RxQueue);
        }
    }

    private uint EmitFor(VsockConnection c, DescriptorChain buffer)
    {
        var h = new VsockHeader
        {
            SrcCid = VsockHeader.HostCid,
            DstCid = _guestCid,
            SrcPort = c.LocalPort,
            DstPort = c.PeerPort,
            Type = VsockHeader.TypeStream,
        };
        if (c.NeedRst)
        {
            h.Op = VsockOp.Rst;
            Remove(c);
            return WritePacket(buffer, h, null, 0);
        }

        int payload = 0;
        if (c.NeedRequest)
        {
            h.Op = VsockOp.Request;
            c.NeedRequest = false;
        }
        else if (c.NeedResponse)
        {
            h.Op = VsockOp.Response;
            c.NeedResponse = false;
        }
        else if (c.NeedCreditUpdate)
        {
            h.Op = VsockOp.CreditUpdate;
        }
        else if (c.NeedCreditRequest)
        {
            h.Op = VsockOp.CreditRequest;
            c.NeedCreditRequest = false;
        }
        else if (c.ToGuestBytes > 0)
        {
            h.Op = VsockOp.Rw;
            payload = (int)Math.Min((ulong)c.ToGuestBytes, Math.Min(MaxPacketPayload, buffer.WritableLength - Math.Min(buffer.WritableLength, VsockHeader.Size)));
        }
        else
        {
            h.Op = VsockOp.Shutdown;
            h.Flags = VsockHeader.ShutdownSend;
            c.NeedShutdownSend = false;
        }

        // Every packet carries our credit, so whatever we send also serves as a credit update.
        c.NeedCreditUpdate = false;
        c.LastFwdCntSent = c.FwdCnt;
        uint used = WritePacket(buffer, h, c, payload);
        if (payload > 0)
        {
            c.TxToGuest += (uint)payload;
            c.WakeReader();
        }

        return used;
    }

    private uint WritePacket(DescriptorChain buffer, VsockHeader h, VsockConnection? c, int payload)
    {
        if (buffer.WritableLength < VsockHeader.Size)
        {
            throw new VirtQueueException($"vsock rx buffer of {buffer.WritableLength} bytes cannot hold a header");
        }

        h.Len = (uint)payload;
        h.BufAlloc = _options.ConnectionBufferSize;
        h.FwdCnt = c?.FwdCnt ?? 0;
        var writer = new ChainWriter(Memory, buffer);
        Span<byte> raw = stackalloc byte[VsockHeader.Size];
        h.WriteTo(raw);
        writer.Write(raw);
        if (payload > 0)
        {
            c!.DrainToGuest(writer, payload);
        }

        return writer.Written;
    }

    /// <summary>The device's state. Open connections are not part of it (see <see cref="VirtioVsockState"/>).</summary>
    public VirtioVsockState Save()
    {
        lock (SyncRoot)
        {
            return new VirtioVsockState
            {
                GuestCid = _guestCid,
                TransportResetPending = _resetPending,
                NextHostPort = _nextHostPort,
                OpenConnections = _connections.Count,
            };
        }
    }

    /// <summary>
    /// Restores from untrusted <paramref name="state"/>: closes every host connection and, unless the saved device held
    /// none (<see cref="VirtioVsockState.OpenConnections"/>), owes the guest a transport reset, delivered by
    /// <see cref="SendTransportReset"/> or when the guest next posts an event buffer.
    /// The CID stays the one this device was configured with; the guest re-reads it after the reset.
    /// </summary>
    /// <exception cref="VirtioStateException">The saved CID is reserved or out of range.</exception>
    public void Restore(VirtioVsockState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.GuestCid < 3 || state.GuestCid >= uint.MaxValue)
        {
            throw new VirtioStateException($"saved guest CID {state.GuestCid} is reserved or out of range");
        }

        if (state.OpenConnections < 0)
        {
            throw new VirtioStateException($"saved connection count {state.OpenConnections} is negative");
        }

        if (state.NextHostPort != 0 && state.NextHostPort < FirstHostPort)
        {
            throw new VirtioStateException($"saved next host port {state.NextHostPort} is below the host range starting at {FirstHostPort}");
        }

        lock (SyncRoot)
        {
            CloseAll();
            _resetPending = state.TransportResetPending || state.OpenConnections != 0;
            _resetUnconsumed = false;
            _nextHostPort = state.NextHostPort == 0 ? FirstHostPort : state.NextHostPort;
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        if (!IsAttached)
        {
            _listener?.Dispose(); // nothing else exists before attachment, and EnsureListening refuses until then
            return;
        }

        lock (SyncRoot)
        {
            _disposed = true; // before the listener goes, so EnsureListening cannot bind a new one behind it
            _listener?.Dispose();
            CloseAll();
        }
    }
}
