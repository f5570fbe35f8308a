// A block device on a temporary image, with a negotiated driver and its request queue, for the block tests.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal sealed class BlockTestRig : IDisposable
{
    public const ulong BaseFeatures = VirtioFeatures.Version1 | VirtioBlockDevice.FeatureFlush | VirtioBlockDevice.FeatureSegMax | VirtioBlockDevice.FeatureSizeMax;

    public BlockTestRig(VirtioBlockOptions options, ulong features = BaseFeatures, ushort queueSize = 16, GuestMemory? memory = null)
    {
        OwnsMemory = memory == null;
        Memory = memory ?? GuestMemory.CreateAnonymous(GuestDriver.RamBase, 16 << 20);
        Irq = new TestIrqLine();
        Transport = VirtioBlockDevice.CreateMmio(Memory, Irq, options);
        Driver = new GuestDriver(Memory, Transport);
        if ((Transport.DeviceFeatures & VirtioBlockDevice.FeatureReadOnly) != 0)
        {
            features |= VirtioBlockDevice.FeatureReadOnly;
        }

        Driver.Negotiate(features).Should().BeTrue();
        Queue = Driver.SetupQueue(0, queueSize);
        Driver.DriverOk();
    }

    public bool OwnsMemory { get; }

    public GuestMemory Memory { get; }

    public TestIrqLine Irq { get; }

    public VirtioMmioTransport<VirtioBlockDevice> Transport { get; }

    public GuestDriver Driver { get; }

    public DriverQueue Queue { get; }

    public static string CreateImage(string dir, int sectors, int seed)
    {
        string path = Path.Combine(dir, $"disk-{seed}-{Guid.NewGuid():N}.img");
        var bytes = new byte[sectors * 512];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Submits one request (header, data, status) and completes it; returns (status, used length).</summary>
    public (byte Status, uint Used) Request(uint type, ulong sector, byte[] data, bool dataWritable, bool indirect = false, int splitData = 1)
    {
        ulong header = Driver.Alloc(16);
        Memory.Write(header, type);
        Memory.Write(header + 4, 0u);
        Memory.Write(header + 8, sector);
        ulong buf = Driver.Alloc((ulong)Math.Max(1, data.Length));
        if (!dataWritable)
        {
            Memory.WriteBytes(buf, data);
        }

        ulong status = Driver.Alloc(1, 1);
        Memory.Write(status, (byte)0xff);
        var segs = new List<Seg> { new(header, 16, false) };
        int piece = data.Length / splitData;
        for (int i = 0; i < splitData && data.Length > 0; i++)
        {
            int len = i == splitData - 1 ? data.Length - (piece * i) : piece;
            segs.Add(new Seg(buf + (ulong)(piece * i), (uint)len, dataWritable));
        }

        segs.Add(new Seg(status, 1, true));
        ushort head = Queue.Add(segs, indirect);
        Queue.Kick();
        Queue.TryGetUsed(out ushort done, out uint used).Should().BeTrue("the device completes requests synchronously");
        done.Should().Be(head);
        if (dataWritable)
        {
            Memory.GetReadSpan(buf, data.Length).CopyTo(data);
        }

        return (Memory.Read<byte>(status), used);
    }

    public void Dispose()
    {
        Transport.Dispose();
        Irq.Dispose();
        if (OwnsMemory)
        {
            Memory.Dispose();
        }
    }
}
