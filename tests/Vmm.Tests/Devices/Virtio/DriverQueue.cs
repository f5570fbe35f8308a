// The driver half of a split virtqueue, written the way Linux's virtio_ring does it, for host-side tests.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal readonly record struct Seg(ulong Address, uint Length, bool Writable);

internal sealed class DriverQueue
{
    public const ushort FlagNext = 1;
    public const ushort FlagWrite = 2;
    public const ushort FlagIndirect = 4;

    private readonly GuestMemory _memory;
    private readonly GuestDriver _driver;
    private readonly Stack<ushort> _free = new();
    private readonly Dictionary<ushort, int> _chainLength = [];
    private ushort _availIdx;
    private ushort _lastUsed;

    public DriverQueue(GuestDriver driver, int index, ushort size, ulong desc, ulong avail, ulong used)
    {
        _driver = driver;
        _memory = driver.Memory;
        Index = index;
        Size = size;
        Desc = desc;
        Avail = avail;
        Used = used;
        for (int i = size - 1; i >= 0; i--)
        {
            _free.Push((ushort)i);
        }
    }

    public int Index { get; }

    public ushort Size { get; }

    public ulong Desc { get; }

    public ulong Avail { get; }

    public ulong Used { get; }

    public int FreeCount => _free.Count;

    public ushort AvailIdx => _availIdx;

    public ushort UsedIdx => _memory.Read<ushort>(Used + 2);

    public ushort AvailEvent => _memory.Read<ushort>(Used + 4 + (8UL * Size));

    public void WriteDescriptor(ulong table, int index, ulong addr, uint len, ushort flags, ushort next)
    {
        ulong at = table + (16UL * (ulong)index);
        _memory.Write(at, addr);
        _memory.Write(at + 8, len);
        _memory.Write(at + 12, flags);
        _memory.Write(at + 14, next);
    }

    /// <summary>Adds a chain of direct descriptors (or one indirect table) and publishes it; returns the head.</summary>
    public ushort Add(IReadOnlyList<Seg> segs, bool indirect = false, bool publish = true)
    {
        ushort head;
        if (indirect)
        {
            ulong table = _driver.Alloc(16UL * (ulong)segs.Count, 16);
            for (int i = 0; i < segs.Count; i++)
            {
                ushort flags = (ushort)((segs[i].Writable ? FlagWrite : 0) | (i + 1 < segs.Count ? FlagNext : 0));
                WriteDescriptor(table, i, segs[i].Address, segs[i].Length, flags, (ushort)(i + 1));
            }

            head = _free.Pop();
            WriteDescriptor(Desc, head, table, (uint)(16 * segs.Count), FlagIndirect, 0);
            _chainLength[head] = 1;
        }
        else
        {
            if (_free.Count < segs.Count)
            {
                throw new InvalidOperationException("driver queue is full");
            }

            var ids = new ushort[segs.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = _free.Pop();
            }

            for (int i = 0; i < ids.Length; i++)
            {
                ushort flags = (ushort)((segs[i].Writable ? FlagWrite : 0) | (i + 1 < ids.Length ? FlagNext : 0));
                WriteDescriptor(Desc, ids[i], segs[i].Address, segs[i].Length, flags, i + 1 < ids.Length ? ids[i + 1] : (ushort)0);
            }

            head = ids[0];
            _chainLength[head] = ids.Length;
            // Linux chains through 'next'; the freed ids are recovered by walking it again on completion.
        }

        PublishHead(head, publish);
        return head;
    }

    /// <summary>Puts <paramref name="head"/> in the avail ring; with <paramref name="publish"/> bumps avail idx too.</summary>
    public void PublishHead(ushort head, bool publish = true)
    {
        _memory.Write(Avail + 4 + (2UL * (ushort)(_availIdx % Size)), head);
        _availIdx++;
        if (publish)
        {
            Publish();
        }
    }

    public void Publish() => _memory.Write(Avail + 2, _availIdx);

    /// <summary>Writes a raw avail idx (for malformed-ring tests).</summary>
    public void SetAvailIdxRaw(ushort idx)
    {
        _availIdx = idx;
        _memory.Write(Avail + 2, idx);
    }

    public void Kick() => _driver.WriteReg(0x050, (uint)Index);

    /// <summary>
    /// Kicks only when the device asked for it: always without EVENT_IDX (unless the device set NO_NOTIFY, which this
    /// device never does), and with EVENT_IDX when avail_event lies in (old, new] as Linux's vring_need_event checks.
    /// </summary>
    public bool KickIfNeeded(ushort oldAvailIdx, bool eventIdx)
    {
        if (eventIdx && (ushort)(_availIdx - AvailEvent - 1) >= (ushort)(_availIdx - oldAvailIdx))
        {
            return false;
        }

        Kick();
        return true;
    }

    /// <summary>Re-enables interrupts after draining, as virtqueue_enable_cb does with EVENT_IDX.</summary>
    public void ArmUsedEvent() => SetUsedEvent(_lastUsed);

    public void SetNoInterrupt(bool on) => _memory.Write(Avail, (ushort)(on ? 1 : 0));

    public void SetUsedEvent(ushort value) => _memory.Write(Avail + 4 + (2UL * Size), value);

    public bool TryGetUsed(out ushort head, out uint length)
    {
        if (UsedIdx == _lastUsed)
        {
            head = 0;
            length = 0;
            return false;
        }

        ulong elem = Used + 4 + (8UL * (ushort)(_lastUsed % Size));
        head = (ushort)_memory.Read<uint>(elem);
        length = _memory.Read<uint>(elem + 4);
        _lastUsed++;
        Free(head);
        return true;
    }

    private void Free(ushort head)
    {
        if (!_chainLength.Remove(head, out int n))
        {
            throw new InvalidOperationException($"device returned head {head} that was not in flight");
        }

        ushort id = head;
        for (int i = 0; i < n; i++)
        {
            _free.Push(id);
            id = _memory.Read<ushort>(Desc + (16UL * id) + 14);
        }
    }
}
