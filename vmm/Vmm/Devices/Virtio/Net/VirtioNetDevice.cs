// virtio-net (virtio 1.2 §5.1) with one rx/tx queue pair, no offloads, MAC and link status in config space. Frames
// the guest transmits go to the backend on the notifying vCPU thread; frames from the backend arrive on its own
// thread and are copied into rx buffers under the transport's lock, or held (bounded) until buffers appear.
using System.Buffers.Binary;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio.Net;

/// <summary>
/// A virtio network device in front of an <see cref="INetworkBackend"/>, which it owns and disposes.
/// Pausing the transport stops all guest-memory access; frames arriving meanwhile are held and delivered on resume.
/// </summary>
public sealed class VirtioNetDevice : VirtioDevice
{
    /// <summary>The virtio device id of a network card.</summary>
    public const uint NetDeviceId = 1;

    /// <summary>Queue indices.</summary>
    public const int RxQueue = 0, TxQueue = 1;

    /// <summary>VIRTIO_NET_F_MAC.</summary>
    public const ulong FeatureMac = 1UL << 5;

    /// <summary>VIRTIO_NET_F_STATUS.</summary>
    public const ulong FeatureStatus = 1UL << 16;

    /// <summary>VIRTIO_NET_S_LINK_UP.</summary>
    public const ushort StatusLinkUp = 1;

    /// <summary>Bytes of struct virtio_net_hdr with VERSION_1 (num_buffers included).</summary>
    public const int HeaderSize = 12;

    /// <summary>Shortest frame accepted from the guest: an Ethernet header.</summary>
    public const int MinFrameSize = 14;

    /// <summary>Longest frame accepted from the guest: the largest MTU Linux allows without VIRTIO_NET_F_MTU, plus a VLAN header.</summary>
    public const int MaxFrameSize = 65535 + 18;

    private readonly VirtioNetOptions _options;
    private readonly INetworkBackend _backend;
    private readonly Queue<byte[]> _pending = new();
    private Func<DescriptorChain, uint>? _sendGuestFrame;
    private byte[] _mac;
    private bool _linkUp = true;
    private long _txFrames;
    private long _rxFrames;
    private long _droppedRx;
    private long _droppedTx;
    private bool _disposed;

    /// <summary>Creates the device over <paramref name="backend"/>, which it takes ownership of.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public VirtioNetDevice(INetworkBackend backend, VirtioNetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        options ??= new VirtioNetOptions();
        options.Validate();
        _options = options;
        _backend = backend;
        _mac = options.Mac.ToArray();
    }

    /// <summary>Creates the device and maps it behind a virtio-mmio transport; disposes the backend on failure.</summary>
    public static VirtioMmioTransport<VirtioNetDevice> CreateMmio(GuestMemory memory, IIrqLine irq, INetworkBackend backend, VirtioNetOptions? options = null)
    {
        try
        {
            return new VirtioMmioTransport<VirtioNetDevice>(memory, irq, new VirtioNetDevice(backend, options));
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override uint DeviceId => NetDeviceId;

    /// <summary>The backend frames go to and come from.</summary>
    public INetworkBackend Backend => _backend;

    /// <summary>The MAC address the guest sees.</summary>
    public MacAddress Mac
    {
        get
        {
            lock (SyncRoot)
            {
                return new MacAddress(_mac);
            }
        }
    }

    /// <summary>Whether the link is reported up.</summary>
    public bool LinkUp
    {
        get
        {
            lock (SyncRoot)
            {
                return _linkUp;
            }
        }
    }

    /// <summary>Frames the guest sent.</summary>
    public long TxFrames => Interlocked.Read(ref _txFrames);

    /// <summary>Frames delivered into guest rx buffers.</summary>
    public long RxFrames => Interlocked.Read(ref _rxFrames);

    /// <summary>Frames for the guest dropped: too many held, or an rx buffer too small for them.</summary>
    public long DroppedRxFrames => Interlocked.Read(ref _droppedRx);

    /// <summary>Frames from the guest dropped (shorter than an Ethernet header).</summary>
    public long DroppedTxFrames => Interlocked.Read(ref _droppedTx);

    /// <summary>Frames held for the guest, waiting for rx buffers or for the device to resume.</summary>
    public int PendingRxFrames
    {
        get
        {
            lock (SyncRoot)
            {
                return _pending.Count;
            }
        }
    }

    /// <inheritdoc />
    protected internal override ulong DeviceFeatures => FeatureMac | FeatureStatus;

    /// <inheritdoc />
    protected internal override IReadOnlyList<ushort> QueueMaxSizes => [_options.QueueSize, _options.QueueSize];

    /// <inheritdoc />
    protected internal override int ConfigSize => 8;

    /// <inheritdoc />
    protected internal override void ReadConfig(int offset, Span<byte> destination)
    {
        Span<byte> config = stackalloc byte[8];
        _mac.CopyTo(config);
        BinaryPrimitives.WriteUInt16LittleEndian(config[6..], _linkUp ? StatusLinkUp : (ushort)0);
        config.Slice(offset, destination.Length).CopyTo(destination);
    }

    /// <inheritdoc />
    protected override void OnAttached() => _backend.Start(OnFrameFromBackend);

    /// <inheritdoc />
    protected internal override void ProcessQueue(int queueIndex)
    {
        if (queueIndex == TxQueue)
        {
            ProcessTx();
        }

        PumpRx();
    }

    /// <inheritdoc />
    protected internal override void OnActivate() => PumpRx();

    /// <inheritdoc />
    protected internal override void OnResume() => PumpRx();

    /// <inheritdoc />
    protected internal override void OnReset() => _pending.Clear();

    /// <summary>Reports the link up or down to the guest (a config-change interrupt).</summary>
    public void SetLinkUp(bool up)
    {
        lock (SyncRoot)
        {
            if (_linkUp == up)
            {
                return;
            }

            _linkUp = up;
        }

        Transport.NotifyConfigChanged();
    }

    // A tx chain has nothing for the device to write: its used length is 0.
    private void ProcessTx() => DrainQueue(TxQueue, _sendGuestFrame ??= chain =>
    {
        SendGuestFrame(chain);
        return 0;
    });

    private void SendGuestFrame(DescriptorChain chain)
    {
        if (chain.Writable.Count > 0)
        {
            throw new VirtQueueException("virtio-net tx chain has device-writable buffers");
        }

        if (chain.ReadableLength < HeaderSize || chain.ReadableLength > HeaderSize + MaxFrameSize)
        {
            throw new VirtQueueException($"virtio-net tx chain of {chain.ReadableLength} bytes is not a header plus a frame of at most {MaxFrameSize}");
        }

        var reader = new ChainReader(Memory, chain);
        Span<byte> header = stackalloc byte[HeaderSize];
        reader.Read(header);
        // No checksum or segmentation offload was offered, so a driver asking for either is broken.
        if (header[0] != 0 || header[1] != 0)
        {
            throw new VirtQueueException($"virtio-net tx header asks for offloads (flags 0x{header[0]:x}, gso 0x{header[1]:x}) that were not offered");
        }

        int length = (int)reader.Remaining;
        if (length < MinFrameSize)
        {
            Interlocked.Increment(ref _droppedTx);
            return;
        }

        var frame = new byte[length];
        reader.Read(frame);
        Interlocked.Increment(ref _txFrames);
        _backend.Send(frame);
    }

    private void OnFrameFromBackend(byte[] frame)
    {
        lock (SyncRoot)
        {
            if (_disposed)
            {
                return;
            }

            if (_pending.Count >= _options.MaxPendingFrames)
            {
                Interlocked.Increment(ref _droppedRx);
                return;
            }

            _pending.Enqueue(frame);
            RunGuarded("virtio-net", PumpRx);
        }
    }

    /// <summary>Moves held frames into guest rx buffers while there are both.</summary>
    private void PumpRx()
    {
        if (!IsLive || _pending.Count == 0)
        {
            return;
        }

        VirtQueue q = Queue(RxQueue);
        if (!q.Ready)
        {
            return;
        }

        // Zero offload fields; num_buffers is 1 since every frame fits one buffer.
        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 1);
        bool used = false;
        try
        {
            while (_pending.Count > 0 && q.TryPop(out DescriptorChain? chain))
            {
                used = true;
                byte[] frame = _pending.Dequeue();
                if (chain!.Readable.Count > 0)
                {
                    throw new VirtQueueException("virtio-net rx chain has device-readable buffers");
                }

                if (chain.WritableLength < (ulong)(HeaderSize + frame.Length))
                {
                    // A driver SHOULD post buffers of at least 1526 bytes; a smaller one gets the frame dropped.
                    Interlocked.Increment(ref _droppedRx);
                    q.AddUsed(chain.HeadIndex, 0);
                    continue;
                }

                var writer = new ChainWriter(Memory, chain);
                writer.Write(header);
                writer.Write(frame);
                q.AddUsed(chain.HeadIndex, writer.Written);
                Interlocked.Increment(ref _rxFrames);
            }
        }
        finally
        {
            if (used)
            {
                SignalUsed(RxQueue);
            }
        }
    }

    /// <summary>The device's own state. Save only from a paused transport; held frames are not part of it.</summary>
    public VirtioNetState Save()
    {
        lock (SyncRoot)
        {
            return new VirtioNetState { QueueSize = _options.QueueSize, Mac = [.. _mac], LinkUp = _linkUp };
        }
    }

    /// <summary>
    /// Restores MAC and link from untrusted <paramref name="state"/> and drops any held frames (none survive a
    /// snapshot; the guest's TCP recovers as from a lost frame).
    /// </summary>
    /// <exception cref="VirtioStateException">The state is for another shape of device or its MAC is invalid.</exception>
    public void Restore(VirtioNetState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.QueueSize != _options.QueueSize)
        {
            throw new VirtioStateException($"state is for queues of {state.QueueSize}, this device has {_options.QueueSize}");
        }

        if (state.Mac is null || state.Mac.Length != 6)
        {
            throw new VirtioStateException($"state has a MAC of {state.Mac?.Length ?? 0} bytes, not 6");
        }

        if ((state.Mac[0] & 1) != 0)
        {
            throw new VirtioStateException($"state has group address {new MacAddress(state.Mac)} as the NIC's MAC");
        }

        lock (SyncRoot)
        {
            _mac = [.. state.Mac];
            _linkUp = state.LinkUp;
            _pending.Clear();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            if (IsAttached)
            {
                lock (SyncRoot)
                {
                    _disposed = true;
                    _pending.Clear();
                }
            }
            else
            {
                _disposed = true;
            }

            _backend.Dispose();
        }

        base.Dispose(disposing);
    }
}
