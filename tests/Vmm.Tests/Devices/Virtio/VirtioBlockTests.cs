// virtio-blk through the MMIO transport: reads, writes, flush, GET_ID, errors, read-only and copy-on-write disks.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtioBlockTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("virtio-blk-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void A_plain_disk_state_survives_a_json_round_trip_that_turns_its_missing_overlay_into_empty_arrays()
    {
        string image = BlockTestRig.CreateImage(_dir, 16, 9);
        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image });
        VirtioBlockState saved = rig.Transport.Device.Save();
        saved.OverlaySectorBitmap.Should().BeNull();
        rig.Transport.Device.Restore(saved with { OverlaySectorBitmap = [], OverlayData = [] });
        rig.Transport.Device.Save().Should().Be(saved);
    }

    [Test]
    public void Identifies_itself_and_reports_capacity()
    {
        string image = BlockTestRig.CreateImage(_dir, 64, 1);
        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image, Id = "disk-one" });
        rig.Driver.ReadReg(VirtioMmioRegisters.MagicValue).Should().Be(VirtioMmioRegisters.Magic);
        rig.Driver.ReadReg(VirtioMmioRegisters.Version).Should().Be(2);
        rig.Driver.ReadReg(VirtioMmioRegisters.DeviceId).Should().Be(VirtioDeviceIds.Block);
        rig.Driver.ReadConfig(0, 8).Should().Be(64);
        rig.Driver.ReadConfig(0, 4).Should().Be(64);
        rig.Driver.ReadConfig(4, 4).Should().Be(0);
        rig.Driver.ReadConfig(12, 4).Should().Be(254, "seg_max is the maximum queue size less header and status");
        rig.Transport.Read(VirtioMmioRegisters.Config + 34, 4, out _).Should().BeFalse("the access runs past config space");

        var id = new byte[20];
        rig.Request(VirtioBlockDevice.RequestGetId, 0, id, dataWritable: true).Should().Be((VirtioBlockDevice.StatusOk, 21u));
        System.Text.Encoding.ASCII.GetString(id).TrimEnd('\0').Should().Be("disk-one");
    }

    [Test]
    public void Reads_and_writes_sectors_across_split_and_indirect_segments()
    {
        string image = BlockTestRig.CreateImage(_dir, 128, 2);
        byte[] original = File.ReadAllBytes(image);
        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image }, BlockTestRig.BaseFeatures | VirtioFeatures.RingIndirectDesc);

        var read = new byte[4096];
        rig.Request(VirtioBlockDevice.RequestIn, 3, read, dataWritable: true, splitData: 3).Should().Be((VirtioBlockDevice.StatusOk, 4097u));
        read.Should().Equal(original.AsSpan(3 * 512, 4096).ToArray());

        var payload = new byte[8 * 512];
        new Random(7).NextBytes(payload);
        rig.Request(VirtioBlockDevice.RequestOut, 10, payload, dataWritable: false, indirect: true, splitData: 5).Status.Should().Be(VirtioBlockDevice.StatusOk);
        rig.Request(VirtioBlockDevice.RequestFlush, 0, [], dataWritable: false).Should().Be((VirtioBlockDevice.StatusOk, 1u));

        var back = new byte[payload.Length];
        rig.Request(VirtioBlockDevice.RequestIn, 10, back, dataWritable: true, indirect: true).Status.Should().Be(VirtioBlockDevice.StatusOk);
        back.Should().Equal(payload);
        rig.Transport.Dispose();
        File.ReadAllBytes(image).AsSpan(10 * 512, payload.Length).ToArray().Should().Equal(payload);
        rig.Memory.IsPageDirty((int)((rig.Queue.Used - GuestDriver.RamBase) >> 12)).Should().BeTrue("used-ring writes go through the dirty log");
    }

    [Test]
    public void Bad_requests_get_an_error_status_and_the_device_keeps_working()
    {
        string image = BlockTestRig.CreateImage(_dir, 16, 3);
        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image });

        rig.Request(VirtioBlockDevice.RequestIn, 15, new byte[1024], true).Status.Should().Be(VirtioBlockDevice.StatusIoError, "it runs past capacity");
        rig.Request(VirtioBlockDevice.RequestIn, ulong.MaxValue, new byte[512], true).Status.Should().Be(VirtioBlockDevice.StatusIoError);
        rig.Request(VirtioBlockDevice.RequestIn, 0, new byte[100], true).Status.Should().Be(VirtioBlockDevice.StatusIoError, "not whole sectors");
        rig.Request(VirtioBlockDevice.RequestOut, 16, new byte[512], false).Status.Should().Be(VirtioBlockDevice.StatusIoError);
        rig.Request(11, 0, new byte[512], true).Status.Should().Be(VirtioBlockDevice.StatusUnsupported);
        rig.Request(VirtioBlockDevice.RequestIn, 15, new byte[512], true).Status.Should().Be(VirtioBlockDevice.StatusOk);
        rig.Transport.Device.FailedRequests.Should().Be(5);
        (rig.Driver.Status & VirtioStatus.DeviceNeedsReset).Should().Be(0);
    }

    [Test]
    public void Read_only_disk_advertises_RO_and_refuses_writes()
    {
        string image = BlockTestRig.CreateImage(_dir, 16, 4);
        byte[] original = File.ReadAllBytes(image);
        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image, ReadOnly = true });
        (rig.Transport.DeviceFeatures & VirtioBlockDevice.FeatureReadOnly).Should().NotBe(0);
        rig.Request(VirtioBlockDevice.RequestOut, 0, new byte[512], false).Status.Should().Be(VirtioBlockDevice.StatusIoError);
        File.ReadAllBytes(image).Should().Equal(original);
    }

    [Test]
    public void Copy_on_write_disks_share_a_base_that_never_changes()
    {
        string image = BlockTestRig.CreateImage(_dir, 64, 5);
        byte[] original = File.ReadAllBytes(image);
        using var a = new BlockTestRig(new VirtioBlockOptions { Path = image, CopyOnWrite = true });
        using var b = new BlockTestRig(new VirtioBlockOptions { Path = image, CopyOnWrite = true, OverlayPath = Path.Combine(_dir, "b.overlay") });

        var payload = new byte[3 * 512];
        new Random(9).NextBytes(payload);
        // Split at 700 bytes so a segment ends mid-sector.
        a.Request(VirtioBlockDevice.RequestOut, 5, payload, false, splitData: 2).Status.Should().Be(VirtioBlockDevice.StatusOk);

        var fromA = new byte[8 * 512];
        a.Request(VirtioBlockDevice.RequestIn, 4, fromA, true).Status.Should().Be(VirtioBlockDevice.StatusOk);
        fromA.AsSpan(0, 512).ToArray().Should().Equal(original.AsSpan(4 * 512, 512).ToArray());
        fromA.AsSpan(512, payload.Length).ToArray().Should().Equal(payload);
        fromA.AsSpan(4 * 512).ToArray().Should().Equal(original.AsSpan(8 * 512, 4 * 512).ToArray());

        var fromB = new byte[8 * 512];
        b.Request(VirtioBlockDevice.RequestIn, 4, fromB, true).Status.Should().Be(VirtioBlockDevice.StatusOk);
        fromB.Should().Equal(original.AsSpan(4 * 512, 8 * 512).ToArray());
        File.ReadAllBytes(image).Should().Equal(original);
        ((CopyOnWriteBlockBackend)a.Transport.Device.Backend).WrittenSectorCount.Should().Be(3);
    }

    [Test]
    public void Options_that_contradict_each_other_are_refused()
    {
        string image = BlockTestRig.CreateImage(_dir, 8, 6);
        var both = new VirtioBlockOptions { Path = image, ReadOnly = true, CopyOnWrite = true };
        FluentActions.Invoking(() => both.OpenBackend()).Should().Throw<ArgumentException>();
        var overlayOnly = new VirtioBlockOptions { Path = image, OverlayPath = Path.Combine(_dir, "x") };
        FluentActions.Invoking(() => overlayOnly.OpenBackend()).Should().Throw<ArgumentException>();
        var missing = new VirtioBlockOptions { Path = Path.Combine(_dir, "missing.img") };
        FluentActions.Invoking(() => missing.OpenBackend()).Should().Throw<FileNotFoundException>();
    }

    [Test]
    public void A_copy_on_write_disk_round_trips_its_overlay_into_a_clone()
    {
        string image = BlockTestRig.CreateImage(_dir, 64, 8);
        byte[] original = File.ReadAllBytes(image);
        using var source = new BlockTestRig(new VirtioBlockOptions { Path = image, CopyOnWrite = true });
        byte[] payload = new byte[2 * 512];
        new Random(10).NextBytes(payload);
        source.Request(VirtioBlockDevice.RequestOut, 40, payload, false).Status.Should().Be(VirtioBlockDevice.StatusOk);
        VirtioMmioState transport = source.Transport.Save();
        VirtioBlockState device = source.Transport.Device.Save();
        device.OverlaySectorBitmap.Should().NotBeNull();
        device.OverlayData.Should().Equal(payload);

        // The clone gets its own overlay, shares the base, and continues the same rings in the same RAM.
        using var irq = new TestIrqLine();
        using var clone = VirtioBlockDevice.CreateMmio(source.Memory, irq, new VirtioBlockOptions { Path = image, CopyOnWrite = true });
        clone.Restore(transport);
        clone.Device.Restore(device);
        clone.Save().Should().BeEquivalentTo(transport);
        clone.Device.Save().Should().BeEquivalentTo(device);

        var readBack = new byte[4 * 512];
        ulong header = source.Driver.Alloc(16), buf = source.Driver.Alloc((ulong)readBack.Length), status = source.Driver.Alloc(1);
        source.Memory.Write(header, VirtioBlockDevice.RequestIn);
        source.Memory.Write(header + 8, 39UL);
        source.Queue.Add([new Seg(header, 16, false), new Seg(buf, (uint)readBack.Length, true), new Seg(status, 1, true)]);
        clone.Write(VirtioMmioRegisters.QueueNotify, 4, 0).Should().BeTrue();
        source.Queue.TryGetUsed(out _, out uint used).Should().BeTrue();
        used.Should().Be((uint)readBack.Length + 1);
        source.Memory.Read<byte>(status).Should().Be(VirtioBlockDevice.StatusOk);
        source.Memory.GetReadSpan(buf, readBack.Length).CopyTo(readBack);
        readBack.AsSpan(0, 512).ToArray().Should().Equal(original.AsSpan(39 * 512, 512).ToArray());
        readBack.AsSpan(512, 1024).ToArray().Should().Equal(payload);
        File.ReadAllBytes(image).Should().Equal(original);
    }

    [Test]
    public void Block_state_restore_refuses_a_different_disk_or_a_bad_overlay()
    {
        string image = BlockTestRig.CreateImage(_dir, 64, 11);
        string other = BlockTestRig.CreateImage(_dir, 32, 12);
        using var cow = new BlockTestRig(new VirtioBlockOptions { Path = image, CopyOnWrite = true });
        using var plain = new BlockTestRig(new VirtioBlockOptions { Path = other });
        VirtioBlockState good = cow.Transport.Device.Save();
        plain.Transport.Device.Save().Should().Be(new VirtioBlockState { CapacitySectors = 32, ReadOnly = false });

        VirtioBlockState[] bad =
        [
            good with { CapacitySectors = 65 },
            good with { ReadOnly = true },
            good with { OverlaySectorBitmap = null, OverlayData = null },
            good with { OverlaySectorBitmap = [1] },
            good with { OverlaySectorBitmap = [1UL], OverlayData = [] },
        ];
        foreach (VirtioBlockState s in bad)
        {
            FluentActions.Invoking(() => cow.Transport.Device.Restore(s)).Should().Throw<VirtioStateException>();
        }

        FluentActions.Invoking(() => plain.Transport.Device.Restore(good with { CapacitySectors = 32 })).Should().Throw<VirtioStateException>();
    }

    [Test]
    public void An_ext4_image_from_make_disk_is_readable_through_the_device()
    {
        string root = RepoRoot();
        string content = Directory.CreateDirectory(Path.Combine(_dir, "content")).FullName;
        File.WriteAllText(Path.Combine(content, "hello.txt"), "hello from the host\n");
        string image = Path.Combine(_dir, "disk.ext4");
        using (var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(Path.Combine(root, "scripts", "make-disk"), [content, image, "4"]) { RedirectStandardError = true })!)
        {
            p.WaitForExit();
            p.ExitCode.Should().Be(0, p.StandardError.ReadToEnd());
        }

        using var rig = new BlockTestRig(new VirtioBlockOptions { Path = image, ReadOnly = true });
        rig.Driver.ReadConfig(0, 8).Should().Be(4UL * 1024 * 1024 / 512);
        var superblock = new byte[1024];
        rig.Request(VirtioBlockDevice.RequestIn, 2, superblock, true).Status.Should().Be(VirtioBlockDevice.StatusOk);
        BitConverter.ToUInt16(superblock, 0x38).Should().Be(0xEF53, "the ext4 superblock magic sits at byte 1080");
    }

    private static string RepoRoot()
    {
        string? dir = TestContext.CurrentContext.TestDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Harness.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Harness.sln not found above the test directory");
    }
}
