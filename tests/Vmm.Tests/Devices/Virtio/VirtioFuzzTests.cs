// Seeded fuzzing of the transport, the queues and every device's request parser: random and malformed
// descriptor chains, random headers and random register accesses. Nothing may escape, a device in NEEDS_RESET
// must recover after a reset, and an unrelated device instance must keep serving correct data throughout.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Devices.Virtio.Vsock;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtioFuzzTests
{
    private const ushort QueueSize = 16;
    private const ulong Rings = GuestDriver.RamBase + 0x1000;
    private const ulong DataBase = GuestDriver.RamBase + 0x10_0000;
    private const ulong DataSize = 0x20_0000;
    private const ulong RamSize = 4 << 20;

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("vf").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    /// <summary>One fuzzed device with fixed ring addresses so it can be re-initialised any number of times.</summary>
    private sealed class Target : IDisposable
    {
        public Target(string name, Func<GuestMemory, TestIrqLine, VirtioMmioTransport> create, ulong features)
        {
            Name = name;
            Memory = GuestMemory.CreateAnonymous(GuestDriver.RamBase, RamSize);
            Irq = new TestIrqLine();
            Transport = create(Memory, Irq);
            Driver = new GuestDriver(Memory, Transport);
            Features = features;
            Reinit();
        }

        public string Name { get; }

        public GuestMemory Memory { get; }

        public TestIrqLine Irq { get; }

        public VirtioMmioTransport Transport { get; }

        public GuestDriver Driver { get; }

        public ulong Features { get; }

        public DriverQueue[] Queues { get; private set; } = [];

        public int Recoveries { get; set; }

        public void Reinit()
        {
            Driver.Negotiate(Features).Should().BeTrue();
            int count = Transport.Device switch { VirtioVsockDevice => 3, _ => 1 };
            Queues = new DriverQueue[count];
            for (int i = 0; i < count; i++)
            {
                ulong at = Rings + ((ulong)i * 0x1000);
                Queues[i] = Driver.SetupQueueAt(i, QueueSize, at, at + 0x400, at + 0x800);
            }

            Driver.DriverOk();
            (Driver.Status & VirtioStatus.DriverOk).Should().NotBe(0);
        }

        public void Dispose()
        {
            Transport.Dispose();
            Irq.Dispose();
            Memory.Dispose();
        }
    }

    private static ulong RandomAddress(Random r) => r.Next(10) switch
    {
        < 7 => DataBase + (ulong)r.NextInt64((long)DataSize),
        7 => GuestDriver.RamBase + (ulong)r.NextInt64((long)RamSize),
        8 => GuestDriver.RamBase + RamSize - (ulong)r.Next(0, 64),
        _ => (ulong)r.NextInt64() * (ulong)(r.Next(2) + 1),
    };

    private static uint RandomLength(Random r) => r.Next(10) switch
    {
        < 6 => (uint)r.Next(0, 256),
        < 9 => (uint)r.Next(0, 70_000),
        _ => (uint)r.NextInt64(0, uint.MaxValue + 1L),
    };

    /// <summary>Writes a random, often malformed, chain into the descriptor table and publishes its head.</summary>
    private static void PostRandomChain(Random r, Target t, DriverQueue q, bool header)
    {
        int n = r.Next(1, 6);
        int start = r.Next(QueueSize);
        for (int i = 0; i < n; i++)
        {
            int slot = (start + i) % QueueSize;
            ushort flags = (ushort)(i + 1 < n ? DriverQueue.FlagNext : 0);
            if (i > 0 || r.Next(3) == 0)
            {
                flags |= r.Next(3) == 0 ? (ushort)0 : DriverQueue.FlagWrite;
            }

            if (r.Next(25) == 0)
            {
                flags = (ushort)r.Next(0, 8);
            }

            ushort next = r.Next(12) == 0 ? (ushort)r.Next(0, 40) : (ushort)((slot + 1) % QueueSize);
            ulong addr = RandomAddress(r);
            uint len = RandomLength(r);
            if (r.Next(20) == 0)
            {
                // An indirect table of random descriptors.
                ulong table = DataBase + (ulong)(r.Next(0, (int)(DataSize / 16) - 64) * 16);
                int entries = r.Next(1, 20);
                for (int e = 0; e < entries; e++)
                {
                    q.WriteDescriptor(table, e, RandomAddress(r), RandomLength(r), (ushort)r.Next(0, 8), (ushort)r.Next(0, entries + 2));
                }

                addr = table;
                len = (uint)(entries * 16) + (uint)(r.Next(8) == 0 ? r.Next(1, 16) : 0);
                flags = (ushort)(DriverQueue.FlagIndirect | (r.Next(8) == 0 ? DriverQueue.FlagNext : 0));
            }

            if (header && i == 0 && t.Memory.Contains(addr, 64))
            {
                FillHeader(r, t, addr);
            }

            q.WriteDescriptor(q.Desc, slot, addr, len, flags, next);
        }

        ushort head = r.Next(30) == 0 ? (ushort)r.Next(0, 1000) : (ushort)start;
        q.PublishHead(head, publish: true);
        if (r.Next(40) == 0)
        {
            q.SetAvailIdxRaw((ushort)r.Next(0, 65536));
        }

        q.Kick();
    }

    /// <summary>A plausible request header: the parsers see valid-looking types, sectors and vsock fields.</summary>
    private static void FillHeader(Random r, Target t, ulong addr)
    {
        Span<byte> b = t.Memory.GetWriteSpan(addr, 64);
        r.NextBytes(b);
        if (t.Transport.Device is VirtioBlockDevice)
        {
            BitConverter.TryWriteBytes(b, (uint)r.Next(0, 10));
            BitConverter.TryWriteBytes(b[8..], r.Next(4) == 0 ? (ulong)r.NextInt64() : (ulong)r.Next(0, 300));
        }
        else if (t.Transport.Device is VirtioVsockDevice)
        {
            var h = new VsockHeader
            {
                SrcCid = r.Next(10) == 0 ? (ulong)r.Next() : VsockTestGuest.Cid,
                DstCid = r.Next(10) == 0 ? (ulong)r.Next() : VsockHeader.HostCid,
                SrcPort = (uint)r.Next(1, 5),
                DstPort = (uint)r.Next(1, 5),
                Len = r.Next(3) == 0 ? (uint)r.Next() : (uint)r.Next(0, 64),
                Type = r.Next(10) == 0 ? (ushort)2 : VsockHeader.TypeStream,
                Op = (VsockOp)r.Next(0, 9),
                Flags = (uint)r.Next(0, 4),
                BufAlloc = (uint)r.Next(),
                FwdCnt = (uint)r.Next(),
            };
            h.WriteTo(b);
        }
    }

    private static void RandomRegisterAccess(Random r, Target t)
    {
        ulong offset = r.Next(4) == 0 ? (ulong)r.Next(0, 0x200) : (ulong)(r.Next(0, 0x80) * 4);
        int size = r.Next(4) switch { 0 => 1, 1 => 2, 2 => 8, _ => 4 };
        if (r.Next(2) == 0)
        {
            t.Transport.Read(offset, size, out _);
            return;
        }

        ulong value = r.Next(3) switch { 0 => (ulong)r.Next(0, 4), 1 => (ulong)r.NextInt64(), _ => (ulong)r.Next(0, 0x100) };
        // Status 0 and queue-ready toggles are part of the fuzz; the driver re-initialises when the device stops.
        t.Transport.Write(offset, size, value);
    }

    private static void Drain(Target t)
    {
        foreach (DriverQueue q in t.Queues)
        {
            // Used entries may name heads this fuzzer never tracked; read the index only.
            _ = q.UsedIdx;
        }

        t.Driver.AckInterrupt();
    }

    [Test]
    public void Ten_thousand_random_chains_and_register_writes_never_escape_and_devices_recover()
    {
        string image = BlockTestRig.CreateImage(_dir, 256, 20);
        string healthyImage = BlockTestRig.CreateImage(_dir, 64, 21);
        byte[] healthyOriginal = File.ReadAllBytes(healthyImage);
        const ulong ringFeatures = VirtioFeatures.Version1 | VirtioFeatures.RingIndirectDesc | VirtioFeatures.RingEventIdx;
        using var block = new Target("block", (m, i) => VirtioBlockDevice.CreateMmio(m, i, new VirtioBlockOptions { Path = image, CopyOnWrite = true, QueueSize = QueueSize }), ringFeatures | VirtioBlockDevice.FeatureFlush);
        using var rng = new Target("rng", (m, i) => VirtioRngDevice.CreateMmio(m, i, new VirtioRngOptions { QueueSize = QueueSize }), ringFeatures);
        using var vsock = new Target("vsock", (m, i) => VirtioVsockDevice.CreateMmio(m, i, new VirtioVsockOptions { UdsPath = Path.Combine(_dir, "f.sock"), QueueSize = QueueSize }), ringFeatures);
        Target[] targets = [block, rng, vsock];
        using var healthy = new BlockTestRig(new VirtioBlockOptions { Path = healthyImage, CopyOnWrite = true }, BlockTestRig.BaseFeatures | VirtioFeatures.RingIndirectDesc);
        var written = new Dictionary<ulong, byte[]>();

        var r = new Random(20261128);
        int chains = 0;
        for (int iter = 0; iter < 14_000; iter++)
        {
            Target t = targets[r.Next(targets.Length)];
            if (r.Next(8) == 0)
            {
                RandomRegisterAccess(r, t);
            }
            else
            {
                DriverQueue q = t.Queues[r.Next(t.Queues.Length)];
                PostRandomChain(r, t, q, header: r.Next(3) != 0);
                chains++;
            }

            Drain(t);
            uint status = t.Driver.Status;
            if ((status & VirtioStatus.DeviceNeedsReset) != 0 || (status & VirtioStatus.DriverOk) == 0 || t.Queues.Any(q => !QueueReady(t, q.Index)))
            {
                t.Reinit();
                t.Recoveries++;
                t.Driver.Status.Should().Be(VirtioStatus.Acknowledge | VirtioStatus.Driver | VirtioStatus.FeaturesOk | VirtioStatus.DriverOk, $"{t.Name} recovers after a reset");
                if (t == rng)
                {
                    // A recovered device serves a valid request correctly.
                    ulong buf = DataBase;
                    rng.Queues[0].WriteDescriptor(rng.Queues[0].Desc, 0, buf, 32, DriverQueue.FlagWrite, 0);
                    rng.Queues[0].PublishHead(0);
                    rng.Queues[0].Kick();
                    rng.Queues[0].UsedIdx.Should().Be(1);
                }
            }

            if (iter % 50 == 0)
            {
                CheckHealthy(healthy, r, written, healthyOriginal);
            }
        }

        chains.Should().BeGreaterThanOrEqualTo(10_000);
        var blockDevice = (VirtioBlockDevice)block.Transport.Device;
        TestContext.Out.WriteLine($"chains {chains}; block requests {blockDevice.Requests} (failed {blockDevice.FailedRequests}); " +
            $"rng bytes {((VirtioRngDevice)rng.Transport.Device).BytesServed}; vsock dropped {((VirtioVsockDevice)vsock.Transport.Device).DroppedPackets}; " +
            string.Join(", ", targets.Select(t => $"{t.Name} recoveries {t.Recoveries} errors {t.Transport.ErrorCount}")));
        blockDevice.Requests.Should().BeGreaterThan(100, "enough chains pass validation to reach the request parser");
        foreach (Target t in targets)
        {
            t.Recoveries.Should().BeGreaterThan(10, $"{t.Name} should have been driven into NEEDS_RESET and back many times");
            t.Transport.ErrorCount.Should().BeGreaterThan(0);
        }

        healthy.Transport.ErrorCount.Should().Be(0);
        healthy.Driver.Status.Should().Be(VirtioStatus.Acknowledge | VirtioStatus.Driver | VirtioStatus.FeaturesOk | VirtioStatus.DriverOk);
        File.ReadAllBytes(image).Should().NotBeEmpty();
        File.ReadAllBytes(healthyImage).Should().Equal(healthyOriginal, "copy-on-write never touches the base");
    }

    private static bool QueueReady(Target t, int index)
    {
        t.Driver.WriteReg(VirtioMmioRegisters.QueueSel, (uint)index);
        return t.Driver.ReadReg(VirtioMmioRegisters.QueueReady) == 1;
    }

    private static void CheckHealthy(BlockTestRig healthy, Random r, Dictionary<ulong, byte[]> written, byte[] original)
    {
        ulong sector = (ulong)r.Next(0, 60);
        if (r.Next(2) == 0)
        {
            var data = new byte[512];
            r.NextBytes(data);
            healthy.Request(VirtioBlockDevice.RequestOut, sector, data, false, indirect: r.Next(2) == 0).Status.Should().Be(VirtioBlockDevice.StatusOk);
            written[sector] = data;
        }
        else
        {
            var data = new byte[512];
            healthy.Request(VirtioBlockDevice.RequestIn, sector, data, true).Status.Should().Be(VirtioBlockDevice.StatusOk);
            data.Should().Equal(written.TryGetValue(sector, out byte[]? w) ? w : original.AsSpan((int)sector * 512, 512).ToArray());
        }
    }

    [Test]
    public void Concurrent_register_storms_from_several_vcpu_threads_never_escape()
    {
        using var rng = new Target("rng", (m, i) => VirtioRngDevice.CreateMmio(m, i, new VirtioRngOptions { QueueSize = QueueSize }), VirtioFeatures.Version1 | VirtioFeatures.RingEventIdx);
        Exception? escaped = null;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var r = new Random(1000 + thread);
            try
            {
                for (int i = 0; i < 2_500; i++)
                {
                    if (r.Next(3) == 0)
                    {
                        RandomRegisterAccess(r, rng);
                    }
                    else
                    {
                        rng.Transport.Write(VirtioMmioRegisters.QueueNotify, 4, (ulong)r.Next(0, 2));
                        rng.Transport.Read(VirtioMmioRegisters.InterruptStatus, 4, out _);
                    }
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref escaped, ex, null);
            }
        });

        escaped.Should().BeNull();
        rng.Reinit();
        ulong buf = DataBase;
        rng.Queues[0].WriteDescriptor(rng.Queues[0].Desc, 0, buf, 32, DriverQueue.FlagWrite, 0);
        rng.Queues[0].PublishHead(0);
        rng.Queues[0].Kick();
        rng.Queues[0].UsedIdx.Should().Be(1);
    }
}
