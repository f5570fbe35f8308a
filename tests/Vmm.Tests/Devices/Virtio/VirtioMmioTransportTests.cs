// The virtio-mmio register window: identification, feature negotiation, queue setup checks, interrupts, access widths.
using Harness.Vmm.Devices.Virtio;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtioMmioTransportTests
{
    [Test]
    public void Identifies_as_virtio_mmio_version_2()
    {
        using var rig = new RngTestRig();
        rig.Driver.ReadReg(VirtioMmioRegisters.MagicValue).Should().Be(0x74726976);
        rig.Driver.ReadReg(VirtioMmioRegisters.Version).Should().Be(2);
        rig.Driver.ReadReg(VirtioMmioRegisters.VendorId).Should().Be(VirtioMmioTransport.VendorId);
        rig.Driver.ReadDeviceFeatures().Should().Be(VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc | VirtioFeatures.RingEventIdx);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueSel, 1);
        rig.Driver.ReadReg(VirtioMmioRegisters.QueueNumMax).Should().Be(0, "queue 1 does not exist");
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueSel, 0);
        rig.Driver.ReadReg(VirtioMmioRegisters.QueueNumMax).Should().Be(64);
    }

    [Test]
    public void Registers_refuse_other_widths_and_unknown_offsets()
    {
        using var rig = new RngTestRig();
        rig.Transport.Read(VirtioMmioRegisters.MagicValue, 2, out _).Should().BeFalse();
        rig.Transport.Read(VirtioMmioRegisters.MagicValue + 1, 4, out _).Should().BeFalse();
        rig.Transport.Read(0x0b0, 4, out _).Should().BeFalse();
        rig.Transport.Write(VirtioMmioRegisters.MagicValue, 4, 1).Should().BeFalse("the magic is read-only");
        rig.Transport.Write(VirtioMmioRegisters.Status, 8, 1).Should().BeFalse();
        rig.Transport.Read(VirtioMmioRegisters.Config, 1, out _).Should().BeFalse("an entropy device has no config space");
    }

    [Test]
    public void Feature_negotiation_requires_VERSION_1_and_only_offered_bits()
    {
        using var rig = new RngTestRig();
        rig.Driver.Negotiate(0).Should().BeFalse("a legacy driver is refused");
        rig.Driver.Negotiate(VirtioFeatures.Version1 | (1UL << 40)).Should().BeFalse("bit 40 was not offered");
        rig.Driver.Negotiate(VirtioFeatures.Version1 | VirtioFeatures.RingEventIdx).Should().BeTrue();

        // Once FEATURES_OK is set the features are frozen.
        rig.Driver.WriteReg(VirtioMmioRegisters.DriverFeaturesSel, 0);
        rig.Driver.WriteReg(VirtioMmioRegisters.DriverFeatures, 0);
        rig.Transport.AckedFeatures.Should().Be(VirtioFeatures.Version1 | VirtioFeatures.RingEventIdx);
    }

    [Test]
    public void DRIVER_OK_without_FEATURES_OK_is_not_accepted()
    {
        using var rig = new RngTestRig();
        rig.Driver.WriteReg(VirtioMmioRegisters.Status, 0);
        rig.Driver.WriteReg(VirtioMmioRegisters.Status, VirtioStatus.Acknowledge | VirtioStatus.Driver | VirtioStatus.DriverOk);
        (rig.Driver.Status & VirtioStatus.DriverOk).Should().Be(0);
    }

    [TestCase((ushort)3, 0UL, "not a power of two")]
    [TestCase((ushort)128, 0UL, "larger than QueueNumMax")]
    [TestCase((ushort)16, 0x4000_0000UL, "rings outside RAM")]
    [TestCase((ushort)16, 0x8UL, "a misaligned descriptor table")]
    public void A_bad_queue_layout_puts_the_device_in_NEEDS_RESET(ushort size, ulong descOverride, string why)
    {
        using var rig = new RngTestRig();
        rig.Driver.Negotiate(VirtioFeatures.Version1).Should().BeTrue();
        ulong desc = descOverride == 0 ? rig.Driver.Alloc(16UL * 128, 16) : descOverride == 8 ? rig.Driver.Alloc(16UL * 128, 16) + 8 : descOverride;
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueSel, 0);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueNum, size);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueDescLow, (uint)desc);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueDescHigh, (uint)(desc >> 32));
        ulong avail = rig.Driver.Alloc(1024, 2), used = rig.Driver.Alloc(2048, 4);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueDriverLow, (uint)avail);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueDeviceLow, (uint)used);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueReady, 1);
        rig.Driver.ReadReg(VirtioMmioRegisters.QueueReady).Should().Be(0, why);
        rig.NeedsReset.Should().BeTrue(why);
        rig.Transport.ErrorCount.Should().Be(1);
    }

    [Test]
    public void A_ready_queue_ignores_layout_writes()
    {
        using var rig = new RngTestRig();
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueSel, 0);
        rig.Driver.WriteReg(VirtioMmioRegisters.QueueDescLow, 0x1234_0000);
        rig.Driver.ReadReg(VirtioMmioRegisters.QueueDescLow).Should().Be((uint)rig.Queue.Desc);
        rig.Fetch(8).Should().HaveCount(8);
    }

    [Test]
    public void Config_generation_and_config_change_interrupt()
    {
        using var rig = new RngTestRig();
        uint before = rig.Driver.ReadReg(VirtioMmioRegisters.ConfigGeneration);
        rig.Transport.NotifyConfigChanged();
        rig.Driver.ReadReg(VirtioMmioRegisters.ConfigGeneration).Should().Be(before + 1);
        rig.Irq.Level.Should().BeTrue();
        rig.Driver.AckInterrupt().Should().Be(VirtioInterrupt.ConfigChange);
        rig.Irq.Level.Should().BeFalse();
    }

    [Test]
    public void Transport_state_restore_refuses_invalid_state()
    {
        using var rig = new RngTestRig();
        VirtioMmioState good = rig.Transport.Save();
        VirtQueueState q = good.Queues[0];
        VirtioMmioState[] bad =
        [
            good with { DeviceId = 2 },
            good with { Status = good.Status | 0x100 },
            good with { InterruptStatus = 4 },
            good with { DriverFeatures = good.DriverFeatures | (1UL << 40) },
            good with { Status = VirtioStatus.DriverOk },
            good with { Queues = [] },
            good with { Queues = [q with { Size = 48 }] },
            good with { Queues = [q with { Size = 128 }] },
            good with { Queues = [q with { DescTable = 0x1000 }] },
            good with { Queues = [q with { UsedRing = q.UsedRing + 2 }] },
            good with { Queues = [q with { AvailRing = GuestDriver.RamBase + (4 << 20) - 4 }] },
            good with { Queues = [q with { EventIdx = true }] },
            good with { Queues = [q with { NextAvail = 40, NextUsed = 0 }] },
        ];
        foreach (VirtioMmioState s in bad)
        {
            FluentActions.Invoking(() => rig.Transport.Restore(s)).Should().Throw<VirtioStateException>();
        }

        rig.Transport.Save().Should().BeEquivalentTo(good, "a refused restore changes nothing");
        rig.Fetch(4).Should().HaveCount(4);
    }
}
