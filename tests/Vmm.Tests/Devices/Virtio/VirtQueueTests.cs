// Split virtqueue behaviour seen from a driver: malformed chains, NEEDS_RESET and recovery, indirect tables,
// interrupt suppression by flag and by used_event, and avail_event publication.
using Harness.Vmm.Devices.Virtio;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtQueueTests
{
    private static void ExpectNeedsResetThenRecover(RngTestRig rig)
    {
        rig.NeedsReset.Should().BeTrue();
        rig.Transport.ErrorCount.Should().BeGreaterThan(0);
        rig.Irq.Level.Should().BeTrue("NEEDS_RESET raises the config-change interrupt");
        (rig.Driver.AckInterrupt() & VirtioInterrupt.ConfigChange).Should().NotBe(0);

        // Further notifications are ignored until the driver resets.
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueNotify, 0);
        rig.Start();
        rig.NeedsReset.Should().BeFalse();
        rig.Fetch(16).Should().HaveCount(16);
    }

    [Test]
    public void A_descriptor_loop_is_caught()
    {
        using var rig = new RngTestRig();
        ulong buf = rig.Driver.Alloc(64);
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 0, buf, 8, DriverQueue.FlagWrite | DriverQueue.FlagNext, 1);
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 1, buf + 8, 8, DriverQueue.FlagWrite | DriverQueue.FlagNext, 0);
        rig.Queue.PublishHead(0);
        rig.Queue.Kick();
        rig.Transport.LastError.Should().Contain("loops");
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void A_next_index_outside_the_table_is_caught()
    {
        using var rig = new RngTestRig();
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 0, rig.Driver.Alloc(8), 8, DriverQueue.FlagWrite | DriverQueue.FlagNext, 16);
        rig.Queue.PublishHead(0);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void A_head_outside_the_table_is_caught()
    {
        using var rig = new RngTestRig();
        rig.Queue.PublishHead(999);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [TestCase(0x1_0000_0000UL, 16u)]
    [TestCase(0x8000_0000UL + (4 << 20) - 8, 16u)]
    [TestCase(0xffff_ffff_ffff_fff0UL, 0x20u)]
    public void A_buffer_outside_RAM_is_caught(ulong addr, uint len)
    {
        using var rig = new RngTestRig();
        rig.Queue.Add([new Seg(addr, len, true)]);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void A_readable_buffer_after_a_writable_one_is_caught()
    {
        using var rig = new RngTestRig();
        rig.Queue.Add([new Seg(rig.Driver.Alloc(8), 8, true), new Seg(rig.Driver.Alloc(8), 8, false)]);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void An_avail_index_jumping_past_the_queue_size_is_caught()
    {
        using var rig = new RngTestRig();
        rig.Queue.SetAvailIdxRaw(17);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void Indirect_tables_work_when_negotiated_and_are_refused_otherwise()
    {
        using var with = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc);
        ulong a = with.Driver.Alloc(10), b = with.Driver.Alloc(20);
        with.Queue.Add([new Seg(a, 10, true), new Seg(b, 20, true)], indirect: true);
        with.Queue.Kick();
        with.Queue.TryGetUsed(out _, out uint used).Should().BeTrue();
        used.Should().Be(30);

        using var without = new RngTestRig();
        without.Queue.Add([new Seg(without.Driver.Alloc(8), 8, true)], indirect: true);
        without.Queue.Kick();
        ExpectNeedsResetThenRecover(without);
    }

    [TestCase(8UL)]
    [TestCase(4UL)]
    [TestCase(1UL)]
    public void An_indirect_table_needs_no_alignment(ulong misalignment)
    {
        // Linux kmallocs indirect tables (8-byte aligned for virtio-blk's 48-byte ones); refusing them hung its boot.
        using var rig = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc);
        ulong table = rig.Driver.Alloc(64, 16) + misalignment;
        rig.Queue.WriteDescriptor(table, 0, rig.Driver.Alloc(10), 10, DriverQueue.FlagWrite | DriverQueue.FlagNext, 1);
        rig.Queue.WriteDescriptor(table, 1, rig.Driver.Alloc(20), 20, DriverQueue.FlagWrite, 0);
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 0, table, 32, DriverQueue.FlagIndirect, 0);
        rig.Queue.PublishHead(0);
        rig.Queue.Kick();
        rig.Transport.ErrorCount.Should().Be(0, rig.Transport.LastError);
        rig.Queue.UsedIdx.Should().Be(1);
        rig.Memory.Read<uint>(rig.Queue.Used + 4).Should().Be(0, "the used element names head 0");
        rig.Memory.Read<uint>(rig.Queue.Used + 8).Should().Be(30, "both buffers of the table were filled");
    }

    [Test]
    public void An_indirect_descriptor_inside_an_indirect_table_is_caught()
    {
        using var rig = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc);
        ulong inner = rig.Driver.Alloc(16, 16);
        rig.Queue.WriteDescriptor(inner, 0, rig.Driver.Alloc(8), 8, DriverQueue.FlagWrite, 0);
        ulong outer = rig.Driver.Alloc(16, 16);
        rig.Queue.WriteDescriptor(outer, 0, inner, 16, DriverQueue.FlagIndirect, 0);
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 0, outer, 16, DriverQueue.FlagIndirect, 0);
        rig.Queue.PublishHead(0);
        rig.Queue.Kick();
        rig.Transport.LastError.Should().Contain("inside an indirect");
        ExpectNeedsResetThenRecover(rig);
    }

    [TestCase(24u)]
    [TestCase(0u)]
    [TestCase(16u * 17)]
    public void An_indirect_table_of_bad_length_is_caught(uint length)
    {
        using var rig = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc);
        rig.Queue.WriteDescriptor(rig.Queue.Desc, 0, rig.Driver.Alloc(1024, 16), length, DriverQueue.FlagIndirect, 0);
        rig.Queue.PublishHead(0);
        rig.Queue.Kick();
        ExpectNeedsResetThenRecover(rig);
    }

    [Test]
    public void NO_INTERRUPT_suppresses_the_used_buffer_interrupt()
    {
        using var rig = new RngTestRig();
        rig.Queue.SetNoInterrupt(true);
        rig.Fetch(8);
        rig.Irq.Raises.Should().Be(0);
        rig.Queue.SetNoInterrupt(false);
        rig.Fetch(8);
        rig.Irq.Raises.Should().Be(1);
    }

    [Test]
    public void Used_event_decides_when_the_device_interrupts()
    {
        using var rig = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingEventIdx);
        rig.Queue.SetNoInterrupt(true);
        rig.Queue.SetUsedEvent(2);
        rig.Fetch(4);
        rig.Fetch(4);
        rig.Irq.Raises.Should().Be(0, "used_event 2 asks for an interrupt only when used idx passes 2, and the flag is ignored with EVENT_IDX");
        rig.Fetch(4);
        rig.Irq.Raises.Should().Be(1);
        rig.Fetch(4);
        rig.Irq.Raises.Should().Be(1);
        rig.Queue.SetUsedEvent(rig.Queue.UsedIdx);
        rig.Fetch(4);
        rig.Irq.Raises.Should().Be(2);
    }

    [Test]
    public void The_device_publishes_avail_event_when_it_drains_the_ring()
    {
        using var rig = new RngTestRig(VirtioFeatures.Version1 | VirtioFeatures.RingEventIdx);
        for (int i = 0; i < 5; i++)
        {
            rig.Queue.Add([new Seg(rig.Driver.Alloc(4), 4, true)]);
        }

        rig.Queue.Kick();
        rig.Queue.AvailEvent.Should().Be(5, "the device asks to be kicked when entry 5 is added");
        ushort old = rig.Queue.AvailIdx;
        rig.Queue.Add([new Seg(rig.Driver.Alloc(4), 4, true)], publish: true);
        rig.Queue.KickIfNeeded(old, eventIdx: true).Should().BeTrue();
    }

    [Test]
    public void Used_ring_writes_mark_guest_pages_dirty()
    {
        using var rig = new RngTestRig();
        rig.Memory.ClearDirtyLog();
        ulong buf = rig.Driver.Alloc(4096, 4096);
        rig.Queue.Add([new Seg(buf, 4096, true)]);
        rig.Queue.Kick();
        rig.Memory.IsPageDirty((int)((buf - GuestDriver.RamBase) >> 12)).Should().BeTrue();
        rig.Memory.IsPageDirty((int)((rig.Queue.Used - GuestDriver.RamBase) >> 12)).Should().BeTrue();
    }
}
