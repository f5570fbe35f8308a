// The virtio-mmio version 2 register window (virtio 1.2 §4.2.2): feature negotiation, queue setup, notification,
// interrupts and status. Everything a guest writes is validated here; nothing it writes throws into the vCPU.
using System.Buffers.Binary;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>Details of a guest-triggered device failure (the device entered NEEDS_RESET).</summary>
public sealed class VirtioDeviceErrorEventArgs(uint deviceId, string reason) : EventArgs
{
    /// <summary>Virtio device id of the failing device.</summary>
    public uint DeviceId { get; } = deviceId;

    /// <summary>What the guest did wrong.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// A virtio-mmio device window. Thread-safe: vCPU threads and the device's own host threads serialise on
/// <see cref="SyncRoot"/>. Map it at any 0x200-aligned window of at least <see cref="WindowSize"/> bytes and describe
/// it to the guest as a <c>virtio,mmio</c> device-tree node with its interrupt.
/// </summary>
public class VirtioMmioTransport : IMmioDevice, IDisposable
{
    /// <summary>Bytes of MMIO space the registers and config space need (the device-tree <c>reg</c> size).</summary>
    public const ulong WindowSize = 0x200;

    /// <summary>The device-tree <c>compatible</c> string.</summary>
    public const string DeviceTreeCompatible = "virtio,mmio";

    /// <summary>Vendor id reported to the guest ("HRNS").</summary>
    public const uint VendorId = 0x534e5248;

    private const ulong TransportFeatures = VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc | VirtioFeatures.RingEventIdx;

    private readonly IIrqLine _irq;
    private readonly VirtQueue[] _queues;
    private readonly Lock _sync = new();
    private uint _status;
    private uint _deviceFeaturesSel;
    private uint _driverFeaturesSel;
    private ulong _driverFeatures;
    private uint _queueSel;
    private uint _interruptStatus;
    private uint _configGeneration;
    private bool _paused;
    private bool _disposed;
    private ulong _heldNotifications;
    private long _errorCount;
    private string? _lastError;

    /// <summary>Attaches <paramref name="device"/> to a new window over <paramref name="memory"/> raising <paramref name="irq"/>.</summary>
    public VirtioMmioTransport(GuestMemory memory, IIrqLine irq, VirtioDevice device)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(irq);
        ArgumentNullException.ThrowIfNull(device);
        Memory = memory;
        _irq = irq;
        Device = device;
        IReadOnlyList<ushort> sizes = device.QueueMaxSizes;
        _queues = new VirtQueue[sizes.Count];
        for (int i = 0; i < _queues.Length; i++)
        {
            _queues[i] = new VirtQueue(memory, sizes[i]);
        }

        DeviceFeatures = device.DeviceFeatures | TransportFeatures;
        device.Attach(this);
    }

    /// <summary>The device behind the window.</summary>
    public VirtioDevice Device { get; }

    /// <summary>The virtio device id, for the device tree and logs.</summary>
    public uint DeviceId => Device.DeviceId;

    /// <summary>Every feature bit offered to the driver.</summary>
    public ulong DeviceFeatures { get; }

    /// <summary>Guest RAM the queues live in.</summary>
    public GuestMemory Memory { get; }

    /// <summary>The lock every register access and queue operation holds.</summary>
    public Lock SyncRoot => _sync;

    /// <summary>The device status register.</summary>
    public uint Status
    {
        get
        {
            lock (_sync)
            {
                return _status;
            }
        }
    }

    /// <summary>Guest-triggered failures so far (malformed rings, invalid queue setup).</summary>
    public long ErrorCount => Interlocked.Read(ref _errorCount);

    /// <summary>The most recent failure, for logs and tests.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    /// <summary>
    /// Raised (with the lock held, on the thread that found the problem) when the device enters NEEDS_RESET.
    /// Handlers must not call back into the device.
    /// </summary>
    public event EventHandler<VirtioDeviceErrorEventArgs>? DeviceError;

    /// <summary>The features the driver accepted (valid once FEATURES_OK is set).</summary>
    public ulong AckedFeatures => _driverFeatures & DeviceFeatures;

    internal bool IsLive => !_paused && !_disposed && (_status & (VirtioStatus.DriverOk | VirtioStatus.DeviceNeedsReset)) == VirtioStatus.DriverOk;

    /// <summary>True between <see cref="Pause"/> and <see cref="Resume"/>.</summary>
    public bool IsPaused
    {
        get
        {
            lock (_sync)
            {
                return _paused;
            }
        }
    }

    /// <summary>
    /// Stops the device touching guest memory or raising its interrupt, from any thread, until <see cref="Resume"/>:
    /// the quiescent point a snapshot needs. Queue notifications that arrive meanwhile are kept and served on resume.
    /// </summary>
    public void Pause()
    {
        lock (_sync)
        {
            _paused = true;
        }
    }

    /// <summary>Lets the device run again and serves the notifications and host work held back by <see cref="Pause"/>.</summary>
    public void Resume()
    {
        try
        {
            lock (_sync)
            {
                if (!_paused)
                {
                    return;
                }

                _paused = false;
                ulong held = _heldNotifications;
                _heldNotifications = 0;
                for (int i = 0; i < _queues.Length; i++)
                {
                    if ((held & (1UL << i)) != 0)
                    {
                        Notify((uint)i);
                    }
                }

                if (IsLive)
                {
                    Device.OnResume();
                }
            }
        }
        catch (Exception ex)
        {
            Fail($"internal error on resume: {ex.Message}");
        }

        Device.AfterUnlocked();
    }

    internal VirtQueue Queue(int index) => _queues[index];

    /// <inheritdoc />
    public bool Read(ulong offset, int size, out ulong value)
    {
        value = 0;
        try
        {
            lock (_sync)
            {
                return offset >= VirtioMmioRegisters.Config ? ReadConfig(offset - VirtioMmioRegisters.Config, size, out value) : ReadRegister(offset, size, out value);
            }
        }
        catch (Exception ex)
        {
            Fail($"internal error on read at 0x{offset:x}: {ex.Message}");
            return true;
        }
    }

    /// <inheritdoc />
    public bool Write(ulong offset, int size, ulong value)
    {
        bool handled;
        try
        {
            lock (_sync)
            {
                handled = offset >= VirtioMmioRegisters.Config ? WriteConfig(offset - VirtioMmioRegisters.Config, size, value) : WriteRegister(offset, size, (uint)value);
            }
        }
        catch (Exception ex)
        {
            Fail($"internal error on write at 0x{offset:x}: {ex.Message}");
            handled = true;
        }

        Device.AfterUnlocked();
        return handled;
    }

    private bool ReadConfig(ulong offset, int size, out ulong value)
    {
        value = 0;
        if (size is not (1 or 2 or 4 or 8) || offset + (ulong)size > (ulong)Device.ConfigSize)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[8];
        bytes.Clear();
        Device.ReadConfig((int)offset, bytes[..size]);
        value = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        return true;
    }

    private bool WriteConfig(ulong offset, int size, ulong value)
    {
        if (size is not (1 or 2 or 4 or 8) || offset + (ulong)size > (ulong)Device.ConfigSize)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        Device.WriteConfig((int)offset, bytes[..size]);
        return true;
    }

    private VirtQueue? SelectedQueue => _queueSel < (uint)_queues.Length ? _queues[_queueSel] : null;

    private bool ReadRegister(ulong offset, int size, out ulong value)
    {
        value = 0;
        if (size != 4 || (offset & 3) != 0)
        {
            return false;
        }

        VirtQueue? q = SelectedQueue;
        switch (offset)
        {
            case VirtioMmioRegisters.MagicValue: value = VirtioMmioRegisters.Magic; break;
            case VirtioMmioRegisters.Version: value = 2; break;
            case VirtioMmioRegisters.DeviceId: value = Device.DeviceId; break;
            case VirtioMmioRegisters.VendorId: value = VendorId; break;
            case VirtioMmioRegisters.DeviceFeatures:
                value = _deviceFeaturesSel switch
                {
                    0 => (uint)DeviceFeatures,
                    1 => (uint)(DeviceFeatures >> 32),
                    _ => 0,
                };
                break;
            case VirtioMmioRegisters.QueueNumMax: value = q?.MaxSize ?? 0u; break;
            case VirtioMmioRegisters.QueueReady: value = q is { Ready: true } ? 1u : 0u; break;
            case VirtioMmioRegisters.InterruptStatus: value = _interruptStatus; break;
            case VirtioMmioRegisters.Status: value = _status; break;
            case VirtioMmioRegisters.ConfigGeneration: value = _configGeneration; break;
            case VirtioMmioRegisters.QueueNum: value = q?.Size ?? 0u; break;
            case VirtioMmioRegisters.QueueDescLow: value = (uint)(q?.DescTable ?? 0); break;
            case VirtioMmioRegisters.QueueDescHigh: value = (uint)((q?.DescTable ?? 0) >> 32); break;
            case VirtioMmioRegisters.QueueDriverLow: value = (uint)(q?.AvailRing ?? 0); break;
            case VirtioMmioRegisters.QueueDriverHigh: value = (uint)((q?.AvailRing ?? 0) >> 32); break;
            case VirtioMmioRegisters.QueueDeviceLow: value = (uint)(q?.UsedRing ?? 0); break;
            case VirtioMmioRegisters.QueueDeviceHigh: value = (uint)((q?.UsedRing ?? 0) >> 32); break;
            default: return false;
        }

        return true;
    }

    private bool WriteRegister(ulong offset, int size, uint value)
    {
        if (size != 4 || (offset & 3) != 0)
        {
            return false;
        }

        switch (offset)
        {
            case VirtioMmioRegisters.DeviceFeaturesSel: _deviceFeaturesSel = value; break;
            case VirtioMmioRegisters.DriverFeaturesSel: _driverFeaturesSel = value; break;
            case VirtioMmioRegisters.DriverFeatures: WriteDriverFeatures(value); break;
            case VirtioMmioRegisters.QueueSel: _queueSel = value; break;
            case VirtioMmioRegisters.QueueNum: WriteQueueField(q => q.Size = (ushort)Math.Min(value, ushort.MaxValue)); break;
            case VirtioMmioRegisters.QueueDescLow: WriteQueueField(q => q.DescTable = Low(q.DescTable, value)); break;
            case VirtioMmioRegisters.QueueDescHigh: WriteQueueField(q => q.DescTable = High(q.DescTable, value)); break;
            case VirtioMmioRegisters.QueueDriverLow: WriteQueueField(q => q.AvailRing = Low(q.AvailRing, value)); break;
            case VirtioMmioRegisters.QueueDriverHigh: WriteQueueField(q => q.AvailRing = High(q.AvailRing, value)); break;
            case VirtioMmioRegisters.QueueDeviceLow: WriteQueueField(q => q.UsedRing = Low(q.UsedRing, value)); break;
            case VirtioMmioRegisters.QueueDeviceHigh: WriteQueueField(q => q.UsedRing = High(q.UsedRing, value)); break;
            case VirtioMmioRegisters.QueueReady: WriteQueueReady(value); break;
            case VirtioMmioRegisters.QueueNotify: Notify(value); break;
            case VirtioMmioRegisters.InterruptAck:
                _interruptStatus &= ~value;
                UpdateIrq();
                break;
            case VirtioMmioRegisters.Status: WriteStatus(value); break;
            default: return false;
        }

        return true;
    }

    private static ulong Low(ulong old, uint value) => (old & 0xffff_ffff_0000_0000UL) | value;

    private static ulong High(ulong old, uint value) => (old & 0xffff_ffffUL) | ((ulong)value << 32);

    private void WriteDriverFeatures(uint value)
    {
        // Features are frozen once FEATURES_OK is accepted (virtio 1.2 §3.1.1).
        if ((_status & VirtioStatus.FeaturesOk) != 0)
        {
            return;
        }

        if (_driverFeaturesSel == 0)
        {
            _driverFeatures = (_driverFeatures & 0xffff_ffff_0000_0000UL) | value;
        }
        else if (_driverFeaturesSel == 1)
        {
            _driverFeatures = (_driverFeatures & 0xffff_ffffUL) | ((ulong)value << 32);
        }
    }

    private void WriteQueueField(Action<VirtQueue> set)
    {
        // A live queue's layout cannot change under the device; the spec forbids it and we ignore it.
        VirtQueue? q = SelectedQueue;
        if (q is { Ready: false })
        {
            set(q);
        }
    }

    private void WriteQueueReady(uint value)
    {
        VirtQueue? q = SelectedQueue;
        if (q == null)
        {
            return;
        }

        if (value == 0)
        {
            q.MakeNotReady();
            return;
        }

        if (q.Ready)
        {
            return;
        }

        try
        {
            q.MakeReady();
            q.EventIdx = (AckedFeatures & VirtioFeatures.RingEventIdx) != 0;
            q.IndirectDesc = (AckedFeatures & VirtioFeatures.RingIndirectDesc) != 0;
        }
        catch (VirtQueueException ex)
        {
            Fail($"queue {_queueSel}: {ex.Message}");
        }
    }

    private void Notify(uint value)
    {
        int index = (int)(value & 0xffff);
        if (_paused && index < _queues.Length && index < 64)
        {
            _heldNotifications |= 1UL << index;
            return;
        }

        if (!IsLive || index >= _queues.Length || !_queues[index].Ready)
        {
            return;
        }

        try
        {
            Device.ProcessQueue(index);
        }
        catch (VirtQueueException ex)
        {
            Fail($"queue {index}: {ex.Message}");
        }
        catch (GuestMemoryException ex)
        {
            Fail($"queue {index}: {ex.Message}");
        }
    }

    private void WriteStatus(uint value)
    {
        if (value == 0)
        {
            ResetLocked();
            return;
        }

        uint requested = value & VirtioStatus.DriverWritable;
        uint added = requested & ~_status;
        uint next = (_status & VirtioStatus.DeviceNeedsReset) | requested;
        if ((added & VirtioStatus.FeaturesOk) != 0 && !FeaturesAcceptable())
        {
            // The driver reads FEATURES_OK back and gives up when it is not set.
            next &= ~VirtioStatus.FeaturesOk;
        }

        if ((next & VirtioStatus.DriverOk) != 0 && (next & VirtioStatus.FeaturesOk) == 0)
        {
            next &= ~VirtioStatus.DriverOk;
        }

        _status = next;
        if ((added & VirtioStatus.FeaturesOk) != 0 && (next & VirtioStatus.FeaturesOk) != 0)
        {
            foreach (VirtQueue q in _queues)
            {
                q.EventIdx = (AckedFeatures & VirtioFeatures.RingEventIdx) != 0;
                q.IndirectDesc = (AckedFeatures & VirtioFeatures.RingIndirectDesc) != 0;
            }
        }

        if ((added & VirtioStatus.DriverOk) != 0 && (next & VirtioStatus.DriverOk) != 0 && IsLive)
        {
            Device.OnActivate();
        }
    }

    private bool FeaturesAcceptable() =>
        (_driverFeatures & ~DeviceFeatures) == 0 && (_driverFeatures & VirtioFeatures.Version1) != 0;

    /// <summary>Resets the device as a status write of 0 does.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            ResetLocked();
        }
    }

    private void ResetLocked()
    {
        _status = 0;
        _deviceFeaturesSel = _driverFeaturesSel = _queueSel = 0;
        _driverFeatures = 0;
        _interruptStatus = 0;
        _heldNotifications = 0;
        foreach (VirtQueue q in _queues)
        {
            q.Reset();
        }

        UpdateIrq();
        Device.OnReset();
    }

    internal void SignalUsed(int queueIndex)
    {
        if (_queues[queueIndex].ShouldNotify())
        {
            _interruptStatus |= VirtioInterrupt.UsedBuffer;
            UpdateIrq();
        }
    }

    /// <summary>Bumps the config generation and raises the config-change interrupt (device config changed).</summary>
    public void NotifyConfigChanged()
    {
        lock (_sync)
        {
            _configGeneration++;
            if ((_status & VirtioStatus.DriverOk) != 0)
            {
                _interruptStatus |= VirtioInterrupt.ConfigChange;
                UpdateIrq();
            }
        }
    }

    internal void Fail(string reason)
    {
        Interlocked.Increment(ref _errorCount);
        Volatile.Write(ref _lastError, reason);
        try
        {
            lock (_sync)
            {
                if ((_status & VirtioStatus.DeviceNeedsReset) != 0)
                {
                    return;
                }

                _status |= VirtioStatus.DeviceNeedsReset;
                if ((_status & VirtioStatus.DriverOk) != 0)
                {
                    _interruptStatus |= VirtioInterrupt.ConfigChange;
                    UpdateIrq();
                }

                DeviceError?.Invoke(this, new VirtioDeviceErrorEventArgs(Device.DeviceId, reason));
            }
        }
        catch (Exception ex)
        {
            // A failing error handler or IRQ line must not escape into the vCPU either; keep the first reason.
            Volatile.Write(ref _lastError, $"{reason} (and while reporting it: {ex.Message})");
        }
    }

    private void UpdateIrq() => _irq.SetLevel(_interruptStatus != 0);

    /// <summary>
    /// The transport's registers and queue states. Pause the vCPUs first, then <see cref="Pause"/> the transport (so
    /// no host thread of the device writes guest RAM while memory is captured), then save. Every device here
    /// completes requests synchronously, so no request is in flight at that point.
    /// </summary>
    public VirtioMmioState Save()
    {
        lock (_sync)
        {
            return new VirtioMmioState
            {
                DeviceId = Device.DeviceId,
                Status = _status,
                DeviceFeaturesSel = _deviceFeaturesSel,
                DriverFeaturesSel = _driverFeaturesSel,
                DriverFeatures = _driverFeatures,
                QueueSel = _queueSel,
                InterruptStatus = _interruptStatus,
                ConfigGeneration = _configGeneration,
                Queues = [.. _queues.Select(q => q.Save())],
            };
        }
    }

    /// <summary>
    /// Restores registers and queues from untrusted <paramref name="state"/>, all or nothing, then drives the IRQ
    /// line to match. The device type's own state is restored separately, after this.
    /// </summary>
    /// <exception cref="VirtioStateException">The state is invalid for this device or this guest RAM.</exception>
    public void Restore(VirtioMmioState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.DeviceId != Device.DeviceId)
        {
            throw new VirtioStateException($"state is for device id {state.DeviceId}, this device is {Device.DeviceId}");
        }

        if ((state.Status & ~(VirtioStatus.DriverWritable | VirtioStatus.DeviceNeedsReset)) != 0)
        {
            throw new VirtioStateException($"status 0x{state.Status:x} has unknown bits");
        }

        if ((state.InterruptStatus & ~(VirtioInterrupt.UsedBuffer | VirtioInterrupt.ConfigChange)) != 0)
        {
            throw new VirtioStateException($"interrupt status 0x{state.InterruptStatus:x} has unknown bits");
        }

        if ((state.Status & VirtioStatus.FeaturesOk) != 0
            && ((state.DriverFeatures & ~DeviceFeatures) != 0 || (state.DriverFeatures & VirtioFeatures.Version1) == 0))
        {
            throw new VirtioStateException($"driver features 0x{state.DriverFeatures:x} were not acceptable to this device");
        }

        if ((state.Status & VirtioStatus.DriverOk) != 0 && (state.Status & VirtioStatus.FeaturesOk) == 0)
        {
            throw new VirtioStateException("DRIVER_OK without FEATURES_OK");
        }

        if (state.Queues is null || state.Queues.Length != _queues.Length)
        {
            throw new VirtioStateException($"state has {state.Queues?.Length ?? 0} queues, the device has {_queues.Length}");
        }

        ulong acked = state.DriverFeatures & DeviceFeatures;
        for (int i = 0; i < _queues.Length; i++)
        {
            VirtQueueState qs = state.Queues[i] ?? throw new VirtioStateException($"queue {i} state is missing");
            if ((qs.EventIdx && (acked & VirtioFeatures.RingEventIdx) == 0) || (qs.IndirectDesc && (acked & VirtioFeatures.RingIndirectDesc) == 0))
            {
                throw new VirtioStateException($"queue {i} uses a ring feature the driver did not negotiate");
            }

            // Validate on a scratch queue so a bad queue leaves nothing half-restored.
            new VirtQueue(Memory, _queues[i].MaxSize).Restore(qs);
        }

        lock (_sync)
        {
            for (int i = 0; i < _queues.Length; i++)
            {
                _queues[i].Restore(state.Queues[i]);
            }

            _status = state.Status;
            _deviceFeaturesSel = state.DeviceFeaturesSel;
            _driverFeaturesSel = state.DriverFeaturesSel;
            _driverFeatures = state.DriverFeatures;
            _queueSel = state.QueueSel;
            _interruptStatus = state.InterruptStatus;
            _configGeneration = state.ConfigGeneration;
            UpdateIrq();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the device behind the window.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Device threads touch guest memory only under the lock and only while the transport is live: once this
            // returns none is inside, and none starts again, so the memory can go (or pass to another clone).
            lock (_sync)
            {
                _disposed = true;
            }

            Device.Dispose();
        }
    }
}

/// <summary>A <see cref="VirtioMmioTransport"/> that knows its device's type.</summary>
public sealed class VirtioMmioTransport<TDevice> : VirtioMmioTransport
    where TDevice : VirtioDevice
{
    /// <summary>Attaches <paramref name="device"/> to a new window.</summary>
    public VirtioMmioTransport(GuestMemory memory, IIrqLine irq, TDevice device)
        : base(memory, irq, device)
    {
        Device = device;
    }

    /// <summary>The device behind the window.</summary>
    public new TDevice Device { get; }
}
