// An entropy device with a driver and one queue: the simplest device, used to test the transport and the queue.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal sealed class RngTestRig : IDisposable
{
    public RngTestRig(ulong features = VirtioFeatures.Version1, ushort queueSize = 16)
    {
        Memory = GuestMemory.CreateAnonymous(GuestDriver.RamBase, 4 << 20);
        Irq = new TestIrqLine();
        Transport = VirtioRngDevice.CreateMmio(Memory, Irq, new VirtioRngOptions { QueueSize = 64 });
        Driver = new GuestDriver(Memory, Transport);
        Features = features;
        Start(queueSize);
    }

    public ulong Features { get; }

    public GuestMemory Memory { get; }

    public TestIrqLine Irq { get; }

    public VirtioMmioTransport<VirtioRngDevice> Transport { get; }

    public GuestDriver Driver { get; }

    public DriverQueue Queue { get; private set; } = null!;

    public bool NeedsReset => (Driver.Status & VirtioStatus.DeviceNeedsReset) != 0;

    /// <summary>(Re)negotiates and sets the queue up, as a driver does after probing or after a reset.</summary>
    public void Start(ushort queueSize = 16)
    {
        Driver.Negotiate(Features).Should().BeTrue();
        Queue = Driver.SetupQueue(0, queueSize);
        Driver.DriverOk();
    }

    /// <summary>Asks for <paramref name="lengths"/> bytes in one chain and returns what the device wrote.</summary>
    public byte[] Fetch(params uint[] lengths)
    {
        var segs = lengths.Select(l => new Seg(Driver.Alloc(l), l, true)).ToList();
        ushort head = Queue.Add(segs);
        Queue.Kick();
        Queue.TryGetUsed(out ushort done, out uint used).Should().BeTrue();
        done.Should().Be(head);
        used.Should().Be((uint)lengths.Sum(l => l));
        return [.. segs.SelectMany(s => Memory.GetReadSpan(s.Address, (int)s.Length).ToArray())];
    }

    public void Dispose()
    {
        Transport.Dispose();
        Irq.Dispose();
        Memory.Dispose();
    }
}
