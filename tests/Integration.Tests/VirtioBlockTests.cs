// virtio-blk end to end: the guest mounts ext4 images the host built, copy-on-write disks leave their base image
// untouched, read-only disks refuse writes, and a copy-on-write disk's writes travel inside a snapshot to its clone.
using System.Text;
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;
using static Harness.Integration.Tests.VirtioTestKit;

namespace Harness.Integration.Tests;

public class VirtioBlockTests
{
    private static readonly byte[] Greeting = Encoding.ASCII.GetBytes("hello from the host\n");
    private readonly byte[] _blob = new byte[1 << 20];
    private string _dir = "";
    private string _image = "";

    [OneTimeSetUp]
    public async Task BuildImage()
    {
        _dir = Directory.CreateTempSubdirectory("virtio-blk").FullName;
        new Random(11).NextBytes(_blob);
        _image = await MakeImageAsync(_dir, "base", 16, new Dictionary<string, byte[]>
        {
            ["hello.txt"] = Greeting,
            ["data/blob.bin"] = _blob,
        });
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    private async Task<BootedGuest> BootWithAsync(Func<MicroVmBuilder, MicroVmBuilder> disks) =>
        await VirtioTestKit.BootAsync(disks(await DefaultGuest.BuilderAsync()));

    [Test]
    public async Task The_guest_mounts_ext4_and_reads_what_the_host_put_in_the_image()
    {
        await using BootedGuest guest = await BootWithAsync(b => b.WithDisk(_image, readOnly: true));
        string output = await ShAsync(guest, "mount -t ext4 -o ro /dev/vda /mnt && cat /mnt/hello.txt && sha256sum /mnt/data/blob.bin && cat /sys/block/vda/size");
        string[] lines = output.Split('\n');
        lines[0].Should().Be("hello from the host");
        lines[1].Should().StartWith(Sha256Hex(_blob));
        lines[2].Should().Be((16L * 1024 * 1024 / 512).ToString(System.Globalization.CultureInfo.InvariantCulture));
        ConsoleIsClean(guest);
    }

    [Test]
    public async Task Writes_through_a_copy_on_write_disk_stay_in_the_overlay()
    {
        string before = FileSha256(_image);
        await using (BootedGuest guest = await BootWithAsync(b => b.WithDisk(_image, copyOnWrite: true)))
        {
            await ShAsync(guest, "mount -t ext4 /dev/vda /mnt && echo written-in-guest > /mnt/new.txt && rm /mnt/hello.txt && sync && umount /mnt");
            // Remounted, the filesystem is read back from the device (the overlay), not from the page cache.
            (await ShAsync(guest, "mount -t ext4 /dev/vda /mnt && cat /mnt/new.txt && ls /mnt")).Should().Be("written-in-guest\ndata\nlost+found\nnew.txt\n");
            await ShAsync(guest, "umount /mnt");
            (await guest.PowerOffAsync(Step)).Should().Be(VmExitReason.PoweredOff);
            ConsoleIsClean(guest);
        }

        FileSha256(_image).Should().Be(before, "a copy-on-write disk never writes its base image");
    }

    [Test]
    public async Task A_plain_disk_keeps_the_guests_writes_in_its_file()
    {
        string copy = Path.Combine(_dir, "writable.ext4");
        File.Copy(_image, copy, overwrite: true);
        await using (BootedGuest guest = await BootWithAsync(b => b.WithDisk(copy)))
        {
            await ShAsync(guest, "mount -t ext4 /dev/vda /mnt && echo persisted > /mnt/kept.txt && umount /mnt");
            (await guest.PowerOffAsync(Step)).Should().Be(VmExitReason.PoweredOff);
        }

        FileSha256(copy).Should().NotBe(FileSha256(_image));
        await using BootedGuest again = await BootWithAsync(b => b.WithDisk(copy, readOnly: true));
        (await ShAsync(again, "mount -t ext4 -o ro /dev/vda /mnt && cat /mnt/kept.txt")).Should().Be("persisted\n");
    }

    [Test]
    public async Task A_read_only_disk_refuses_writes()
    {
        string before = FileSha256(_image);
        await using (BootedGuest guest = await BootWithAsync(b => b.WithDisk(_image, readOnly: true)))
        {
            (await ShAsync(guest, "cat /sys/block/vda/ro")).Should().Be("1\n");
            ExecResult raw = await RunAsync(guest, "dd if=/dev/zero of=/dev/vda bs=4096 count=1 conv=fsync");
            raw.ExitCode.Should().NotBe(0, "the kernel refuses to open a read-only disk for writing");
            // Asked for read-write, busybox mount falls back to read-only when the kernel refuses (EROFS).
            await ShAsync(guest, "mount -t ext4 -o rw /dev/vda /mnt");
            (await ShAsync(guest, "grep ' /mnt ' /proc/mounts | cut -d' ' -f4 | cut -d, -f1")).Should().Be("ro\n");
            ExecResult touch = await RunAsync(guest, "echo x > /mnt/new.txt");
            touch.ExitCode.Should().NotBe(0);
            touch.StderrText.Should().Contain("Read-only file system");
            (await ShAsync(guest, "cat /mnt/hello.txt")).Should().Be("hello from the host\n");
            ConsoleIsClean(guest);
        }

        FileSha256(_image).Should().Be(before);
    }

    [Test]
    public async Task A_copy_on_write_disk_keeps_its_writes_across_snapshot_and_restore()
    {
        string before = FileSha256(_image);
        string snapshot = Path.Combine(_dir, "disk.snap");
        await using (BootedGuest guest = await BootWithAsync(b => b.WithDisk(_image, copyOnWrite: true)))
        {
            await ShAsync(guest, "mount -t ext4 /dev/vda /mnt && echo before-snapshot > /mnt/snap.txt && sync && umount /mnt");
            await guest.Agent.BeforeSnapshotAsync().WaitAsync(Step);
            await guest.Vm.PauseAsync();
            MachineSnapshot.Write(guest.Vm, snapshot);
        }

        for (int clone = 0; clone < 2; clone++)
        {
            (BootedGuest restored, _) = await SnapshotRestore.RestoreAsync(new SnapshotRestoreRequest(snapshot) { Mode = RestoreMode.Eager }).WaitAsync(Step);
            await using (restored)
            {
                // Unmounted before the snapshot, so the file can only come from the restored disk's overlay.
                (await ShAsync(restored, "mount -t ext4 /dev/vda /mnt && cat /mnt/snap.txt /mnt/hello.txt")).Should().Be("before-snapshot\nhello from the host\n");
                await ShAsync(restored, $"echo clone-{clone} > /mnt/clone.txt && sync && umount /mnt && mount -t ext4 /dev/vda /mnt && cat /mnt/clone.txt");
                ConsoleIsClean(restored);
            }
        }

        FileSha256(_image).Should().Be(before);
    }
}
