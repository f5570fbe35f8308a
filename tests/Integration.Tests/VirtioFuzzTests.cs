// A hostile guest against the virtio devices: once the entropy device's driver is unbound, a guest program
// (/bin/virtio-fuzz) drives that device's registers and rings through /dev/mem with well over
// 10,000 random and malformed descriptor chains. The monitor must stay up, the attacked device must work again after
// a reset and rebind, and vsock exec and the disk must keep working during and after the attack.
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Boot;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Machine;
using static Harness.Integration.Tests.VirtioTestKit;

namespace Harness.Integration.Tests;

public class VirtioFuzzTests
{
    private const int Chains = 40_000;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Ten_thousand_malformed_chains_from_the_guest_leave_the_host_and_other_devices_healthy(int seed)
    {
        string dir = Directory.CreateTempSubdirectory("virtio-fuzz").FullName;
        try
        {
            byte[] blob = new byte[256 * 1024];
            new Random(seed).NextBytes(blob);
            string image = await MakeImageAsync(dir, "disk", 8, new Dictionary<string, byte[]> { ["blob.bin"] = blob });
            string blobHash = Sha256Hex(blob);

            await using BootedGuest guest = await VirtioTestKit.BootAsync((await DefaultGuest.BuilderAsync(vcpus: 2)).WithDisk(image, copyOnWrite: true));
            IReadOnlyList<VirtioMmioTransport> devices = guest.Vm.VirtioDevices;
            int slot = devices.ToList().FindIndex(t => t.Device is VirtioRngDevice);
            VirtioMmioTransport rng = devices[slot];
            ulong window = VirtMemoryMap.VirtioWindow(slot).Base;
            await ShAsync(guest, "mount -t ext4 /dev/vda /mnt");

            string name = (await ShAsync(guest, "basename $(readlink -f /sys/bus/virtio/drivers/virtio_rng/virtio*)")).Trim();
            name.Should().MatchRegex("^virtio[0-9]+$");
            await ShAsync(guest, $"echo {name} > /sys/bus/virtio/drivers/virtio_rng/unbind");
            await ShAsync(guest, $"(virtio-fuzz 0x{window:x} {VirtioDeviceIds.Entropy} {Chains} {seed} 0x{guest.Vm.Memory.BaseAddress:x} 0x{guest.Vm.Memory.Size:x}; echo $? > /tmp/fuzz.rc) > /tmp/fuzz.out 2>&1 < /dev/null &");

            // Meanwhile the other devices serve as usual: exec over vsock, and reads and writes on the disk.
            for (int i = 0; i < 5; i++)
            {
                (await ShAsync(guest, $"sha256sum /mnt/blob.bin && echo round-{i} > /mnt/round.txt && cat /mnt/round.txt"))
                    .Should().Be($"{blobHash}  /mnt/blob.bin\nround-{i}\n");
            }

            string rc = "";
            for (int i = 0; i < 600 && rc.Length == 0; i++)
            {
                rc = (await ShAsync(guest, "cat /tmp/fuzz.rc 2>/dev/null || sleep 0.2")).Trim();
            }

            string report = await ShAsync(guest, "cat /tmp/fuzz.out");
            await TestContext.Out.WriteLineAsync($"virtio-fuzz: {report.Trim()}; host saw {rng.ErrorCount} device errors, last: {rng.LastError}");
            rc.Should().Be("0", report);
            var counts = report.Trim().Split(' ').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]);
            long.Parse(counts["chains"], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(10_000);
            rng.ErrorCount.Should().BeGreaterThan(100, "most of what the fuzzer posts is malformed and must be caught");
            guest.Vm.ExitReason.Should().Be(VmExitReason.None, "the monitor and the guest are still running");
            foreach (VirtioMmioTransport other in devices.Where(t => t != rng))
            {
                other.ErrorCount.Should().Be(0, $"device {other.DeviceId} was not attacked");
            }

            // The fuzzer left the device reset and acknowledged; the driver binds again and entropy flows.
            await ShAsync(guest, $"echo {name} > /sys/bus/virtio/drivers/virtio_rng/bind");
            (rng.Status & VirtioStatus.DeviceNeedsReset).Should().Be(0);
            (rng.Status & VirtioStatus.DriverOk).Should().NotBe(0);
            string random = (await ShAsync(guest, "head -c 64 /dev/hwrng | od -An -v -tx1 | tr -d ' \\n'")).Trim();
            random.Should().HaveLength(128).And.NotMatchRegex("^(00)+$");

            (await ShAsync(guest, "umount /mnt && mount -t ext4 /dev/vda /mnt && sha256sum /mnt/blob.bin && cat /mnt/round.txt"))
                .Should().Be($"{blobHash}  /mnt/blob.bin\nround-4\n");
            ExecResult ping = await guest.Agent.ExecAsync(["/bin/echo", "alive"]).WaitAsync(Step);
            ping.StdoutText.Should().Be("alive\n");
            ConsoleIsClean(guest);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
