// virtio-rng: host entropy into guest buffers, the per-request cap, and the state round trip.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Rng;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtioRngTests
{
    [Test]
    public void Fills_every_writable_buffer_with_fresh_entropy()
    {
        using var rig = new RngTestRig();
        rig.Driver.ReadReg(VirtioMmioRegisters.DeviceId).Should().Be(VirtioDeviceIds.Entropy);
        byte[] a = rig.Fetch(64, 100);
        byte[] b = rig.Fetch(164);
        a.Should().NotEqual(b);
        a.Count(x => x == 0).Should().BeLessThan(20, "164 random bytes are not mostly zero");
        rig.Transport.Device.BytesServed.Should().Be(328);
        rig.Irq.Level.Should().BeTrue();
        rig.Driver.AckInterrupt().Should().Be(VirtioInterrupt.UsedBuffer);
        rig.Irq.Level.Should().BeFalse();
    }

    [Test]
    public void One_request_is_capped()
    {
        using var rig = new RngTestRig();
        ulong big = rig.Driver.Alloc(1 << 20);
        rig.Queue.Add([new Seg(big, 1 << 20, true)]);
        rig.Queue.Kick();
        rig.Queue.TryGetUsed(out _, out uint used).Should().BeTrue();
        used.Should().Be(VirtioRngDevice.MaxBytesPerRequest);
    }

    [Test]
    public void State_round_trips()
    {
        using var rig = new RngTestRig();
        rig.Fetch(32);
        VirtioMmioState transport = rig.Transport.Save();
        VirtioRngState device = rig.Transport.Device.Save();

        using var irq = new TestIrqLine();
        using var clone = VirtioRngDevice.CreateMmio(rig.Memory, irq, new VirtioRngOptions { QueueSize = 64 });
        clone.Restore(transport);
        clone.Device.Restore(device);
        clone.Save().Should().BeEquivalentTo(transport);
        clone.Device.Save().Should().Be(device);
        irq.Level.Should().BeTrue("the saved interrupt status was pending");

        // The clone continues the same rings.
        var driver = new GuestDriver(rig.Memory, clone, GuestDriver.RamBase + 0x30_0000);
        ulong buf = driver.Alloc(16);
        rig.Queue.Add([new Seg(buf, 16, true)]);
        clone.Write(VirtioMmioRegisters.QueueNotify, 4, 0).Should().BeTrue();
        rig.Queue.TryGetUsed(out _, out uint used).Should().BeTrue();
        used.Should().Be(16);

        FluentActions.Invoking(() => clone.Device.Restore(new VirtioRngState { QueueSize = 8 })).Should().Throw<VirtioStateException>();
    }
}
