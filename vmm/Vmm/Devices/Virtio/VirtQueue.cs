// The device side of one split virtqueue (virtio 1.2 §2.7): pops validated chains from the available ring,
// publishes used elements, and decides whether the driver wants an interrupt (flags or VIRTIO_F_EVENT_IDX).
using System.Numerics;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>
/// One split virtqueue over guest RAM. Not thread-safe on its own: the transport's lock serialises every use.
/// Every guest-supplied index, address and length is checked; anything malformed throws
/// <see cref="VirtQueueException"/>, which the transport turns into NEEDS_RESET.
/// </summary>
public sealed class VirtQueue
{
    private const ushort DescFlagNext = 1;
    private const ushort DescFlagWrite = 2;
    private const ushort DescFlagIndirect = 4;
    private const ushort AvailFlagNoInterrupt = 1;
    private const int DescSize = 16;

    private readonly GuestMemory _memory;
    private ushort _nextAvail;
    private ushort _nextUsed;
    private ushort _signalledUsed;

    /// <summary>Creates a queue over <paramref name="memory"/> that accepts up to <paramref name="maxSize"/> entries.</summary>
    public VirtQueue(GuestMemory memory, ushort maxSize)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (maxSize == 0 || !BitOperations.IsPow2((uint)maxSize) || maxSize > 32768)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, "queue size must be a power of two up to 32768");
        }

        _memory = memory;
        MaxSize = maxSize;
        Size = maxSize;
    }

    /// <summary>QueueNumMax.</summary>
    public ushort MaxSize { get; }

    /// <summary>QueueNum as the driver wrote it (validated when the queue is made ready).</summary>
    public ushort Size { get; set; }

    /// <summary>QueueReady.</summary>
    public bool Ready { get; private set; }

    /// <summary>Descriptor table address.</summary>
    public ulong DescTable { get; set; }

    /// <summary>Available ring address.</summary>
    public ulong AvailRing { get; set; }

    /// <summary>Used ring address.</summary>
    public ulong UsedRing { get; set; }

    /// <summary>Whether VIRTIO_F_EVENT_IDX was negotiated.</summary>
    public bool EventIdx { get; set; }

    /// <summary>Whether VIRTIO_F_INDIRECT_DESC was negotiated.</summary>
    public bool IndirectDesc { get; set; }

    /// <summary>The next available index the device will consume.</summary>
    public ushort NextAvail => _nextAvail;

    /// <summary>The next used index the device will publish.</summary>
    public ushort NextUsed => _nextUsed;

    /// <summary>Back to the reset values (driver wrote status 0).</summary>
    public void Reset()
    {
        Ready = false;
        Size = MaxSize;
        DescTable = AvailRing = UsedRing = 0;
        _nextAvail = _nextUsed = _signalledUsed = 0;
        EventIdx = IndirectDesc = false;
    }

    /// <summary>QueueReady = 1: checks the size and that all three rings lie inside RAM, aligned.</summary>
    /// <exception cref="VirtQueueException">The layout is invalid; the queue stays not ready.</exception>
    public void MakeReady()
    {
        string? error = CheckLayout(Size, DescTable, AvailRing, UsedRing);
        if (error != null)
        {
            throw new VirtQueueException(error);
        }

        _nextAvail = _nextUsed = _signalledUsed = 0;
        Ready = true;
    }

    /// <summary>QueueReady = 0.</summary>
    public void MakeNotReady() => Ready = false;

    private string? CheckLayout(ushort size, ulong desc, ulong avail, ulong used)
    {
        if (size == 0 || size > MaxSize || !BitOperations.IsPow2((uint)size))
        {
            return $"queue size {size} is not a power of two in [1, {MaxSize}]";
        }

        if ((desc & 15) != 0 || (avail & 1) != 0 || (used & 3) != 0)
        {
            return $"ring addresses desc 0x{desc:x} avail 0x{avail:x} used 0x{used:x} are misaligned";
        }

        if (!_memory.Contains(desc, (ulong)DescSize * size)
            || !_memory.Contains(avail, 6 + (2UL * size))
            || !_memory.Contains(used, 6 + (8UL * size)))
        {
            return $"ring of size {size} at desc 0x{desc:x} avail 0x{avail:x} used 0x{used:x} leaves guest RAM";
        }

        return null;
    }

    /// <summary>
    /// Pops the next available chain. Returns false when the ring is empty (and, with EVENT_IDX, asks the driver to
    /// notify at the next addition).
    /// </summary>
    /// <exception cref="VirtQueueException">The ring or the chain is malformed.</exception>
    public bool TryPop(out DescriptorChain? chain)
    {
        chain = null;
        if (!Ready)
        {
            return false;
        }

        ushort availIdx = ReadAvailIdx();
        if (availIdx == _nextAvail && EventIdx)
        {
            // Publish where we stopped, then look again: the driver may have added an entry before seeing it.
            _memory.Write(UsedRing + 4 + (8UL * Size), _nextAvail);
            Interlocked.MemoryBarrier();
            availIdx = ReadAvailIdx();
        }

        ushort pending = (ushort)(availIdx - _nextAvail);
        if (pending == 0)
        {
            return false;
        }

        if (pending > Size)
        {
            throw new VirtQueueException($"avail idx {availIdx} is {pending} entries ahead of {_nextAvail}, more than the queue size {Size}");
        }

        // The ring entries must be read after the index that published them.
        Interlocked.MemoryBarrier();
        ushort head = _memory.Read<ushort>(AvailRing + 4 + (2UL * (ushort)(_nextAvail % Size)));
        chain = Walk(head);
        _nextAvail++;
        return true;
    }

    /// <summary>
    /// With VIRTIO_F_EVENT_IDX, asks the driver to notify at its next addition to the ring even though the device
    /// has not consumed what is there (avail_event = the current avail idx). A device that waits for a particular
    /// buffer to come back calls this before publishing the used entry the driver answers. Without EVENT_IDX every
    /// addition is notified anyway (the device never sets VRING_USED_F_NO_NOTIFY).
    /// </summary>
    public void RequestNotifyOnNextAvail()
    {
        if (Ready && EventIdx)
        {
            _memory.Write(UsedRing + 4 + (8UL * Size), ReadAvailIdx());
            Interlocked.MemoryBarrier();
        }
    }

    /// <summary>Number of chains the driver has made available and the device has not yet popped.</summary>
    public int PendingCount()
    {
        if (!Ready)
        {
            return 0;
        }

        ushort pending = (ushort)(ReadAvailIdx() - _nextAvail);
        return pending > Size ? 0 : pending;
    }

    private ushort ReadAvailIdx()
    {
        // A fence on each side keeps the index read from being hoisted out of a polling loop or reordered.
        Interlocked.MemoryBarrier();
        ushort idx = _memory.Read<ushort>(AvailRing + 2);
        Interlocked.MemoryBarrier();
        return idx;
    }

    private DescriptorChain Walk(ushort head)
    {
        if (head >= Size)
        {
            throw new VirtQueueException($"head descriptor {head} is outside a queue of size {Size}");
        }

        var readable = new List<GuestBuffer>();
        var writable = new List<GuestBuffer>();
        ulong table = DescTable;
        uint tableSize = Size;
        uint budget = Size;
        bool indirect = false;
        ushort index = head;
        while (true)
        {
            if (index >= tableSize)
            {
                throw new VirtQueueException($"descriptor index {index} is outside its table of {tableSize}");
            }

            if (budget-- == 0)
            {
                throw new VirtQueueException($"descriptor chain from head {head} loops or is longer than {tableSize}");
            }

            ulong at = table + ((ulong)index * DescSize);
            ulong addr = _memory.Read<ulong>(at);
            uint len = _memory.Read<uint>(at + 8);
            ushort flags = _memory.Read<ushort>(at + 12);
            ushort next = _memory.Read<ushort>(at + 14);

            if ((flags & DescFlagIndirect) != 0)
            {
                if (!IndirectDesc)
                {
                    throw new VirtQueueException("indirect descriptor without VIRTIO_F_INDIRECT_DESC");
                }

                if (indirect)
                {
                    throw new VirtQueueException("indirect descriptor inside an indirect table");
                }

                if ((flags & DescFlagNext) != 0)
                {
                    throw new VirtQueueException("indirect descriptor with NEXT set");
                }

                if (len == 0 || len % DescSize != 0 || len / DescSize > Size)
                {
                    throw new VirtQueueException($"indirect table length {len} is not a multiple of 16 in [16, {16 * Size}]");
                }

                // Unlike the queue's own table, an indirect table has no alignment rule (virtio 1.2 §2.7.5.3): Linux
                // kmallocs it, which gives 8-byte alignment for the 48-byte tables virtio-blk uses.
                if (!_memory.Contains(addr, len))
                {
                    throw new VirtQueueException($"indirect table 0x{addr:x}+0x{len:x} is outside guest RAM");
                }

                indirect = true;
                table = addr;
                tableSize = len / DescSize;
                budget = tableSize;
                index = 0;
                continue;
            }

            if (!_memory.Contains(addr, len))
            {
                throw new VirtQueueException($"buffer 0x{addr:x}+0x{len:x} is outside guest RAM");
            }

            if ((flags & DescFlagWrite) != 0)
            {
                if (len > 0)
                {
                    writable.Add(new GuestBuffer(addr, len));
                }
            }
            else
            {
                if (writable.Count > 0)
                {
                    throw new VirtQueueException("device-readable descriptor after a device-writable one");
                }

                if (len > 0)
                {
                    readable.Add(new GuestBuffer(addr, len));
                }
            }

            if ((flags & DescFlagNext) == 0)
            {
                return new DescriptorChain(head, readable, writable);
            }

            index = next;
        }
    }

    /// <summary>Publishes a used element for <paramref name="head"/> with <paramref name="writtenLength"/> bytes written.</summary>
    public void AddUsed(ushort head, uint writtenLength)
    {
        ulong elem = UsedRing + 4 + (8UL * (ushort)(_nextUsed % Size));
        _memory.Write(elem, (uint)head);
        _memory.Write(elem + 4, writtenLength);
        // The element must be visible before the index that publishes it.
        Interlocked.MemoryBarrier();
        _nextUsed++;
        _memory.Write(UsedRing + 2, _nextUsed);
    }

    /// <summary>
    /// After one or more <see cref="AddUsed"/>: whether the driver asked for an interrupt for what was published
    /// since the last call (VIRTQ_AVAIL_F_NO_INTERRUPT, or used_event with VIRTIO_F_EVENT_IDX).
    /// </summary>
    public bool ShouldNotify()
    {
        ushort old = _signalledUsed;
        ushort now = _nextUsed;
        _signalledUsed = now;
        if (old == now)
        {
            return false;
        }

        // Read the driver's suppression state only after the used index is visible to it.
        Interlocked.MemoryBarrier();
        if (EventIdx)
        {
            ushort usedEvent = _memory.Read<ushort>(AvailRing + 4 + (2UL * Size));
            return (ushort)(now - usedEvent - 1) < (ushort)(now - old);
        }

        return (_memory.Read<ushort>(AvailRing) & AvailFlagNoInterrupt) == 0;
    }

    /// <summary>The plain state of this queue.</summary>
    public VirtQueueState Save() => new()
    {
        Size = Size,
        Ready = Ready,
        DescTable = DescTable,
        AvailRing = AvailRing,
        UsedRing = UsedRing,
        NextAvail = _nextAvail,
        NextUsed = _nextUsed,
        SignalledUsed = _signalledUsed,
        EventIdx = EventIdx,
        IndirectDesc = IndirectDesc,
    };

    /// <summary>Restores from untrusted <paramref name="state"/>; checks everything before changing anything.</summary>
    /// <exception cref="VirtioStateException">The state does not describe a valid queue for this device and RAM.</exception>
    public void Restore(VirtQueueState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Size == 0 || state.Size > MaxSize || !BitOperations.IsPow2((uint)state.Size))
        {
            throw new VirtioStateException($"queue size {state.Size} is not a power of two in [1, {MaxSize}]");
        }

        if (state.Ready)
        {
            string? error = CheckLayout(state.Size, state.DescTable, state.AvailRing, state.UsedRing);
            if (error != null)
            {
                throw new VirtioStateException(error);
            }

            if ((ushort)(state.NextAvail - state.NextUsed) > state.Size)
            {
                throw new VirtioStateException($"next avail {state.NextAvail} and next used {state.NextUsed} are more than a queue apart");
            }
        }

        Size = state.Size;
        Ready = state.Ready;
        DescTable = state.DescTable;
        AvailRing = state.AvailRing;
        UsedRing = state.UsedRing;
        _nextAvail = state.NextAvail;
        _nextUsed = state.NextUsed;
        _signalledUsed = state.SignalledUsed;
        EventIdx = state.EventIdx;
        IndirectDesc = state.IndirectDesc;
    }
}
