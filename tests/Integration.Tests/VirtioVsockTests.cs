// virtio-vsock end to end: a thousand exec round trips through the agent, and 64 MiB each way between a host Unix
// socket and the guest tool /bin/vsockcat, checked with SHA-256 on both sides; plus virtio-rng as /dev/hwrng.
using System.Diagnostics;
using Harness.Agent;
using Harness.Guest;
using Harness.Measurement;
using Harness.Vmm.Devices.Virtio.Rng;
using static Harness.Integration.Tests.VirtioTestKit;

namespace Harness.Integration.Tests;

public class VirtioVsockTests
{
    private const long BulkBytes = 64L << 20;

    [Test]
    public async Task A_thousand_exec_round_trips_over_vsock()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        guest.Vm.VsockUdsPath.Should().NotBeNull("the agent is reached over vsock by default");
        var times = new List<double>(1000);
        for (int i = 0; i < 1000; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            ExecResult r = await guest.Agent.ExecAsync(["/bin/true"]).WaitAsync(Step);
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            r.ExitCode.Should().Be(0, $"exec {i}: {r.StderrText}");
        }

        SampleSummary s = SampleSummary.Of(times);
        await TestContext.Out.WriteLineAsync($"exec /bin/true over vsock: p50 {s.P50:F2} ms, p99 {s.P99:F2} ms, max {s.Max:F2} ms");
        (await ShAsync(guest, "echo still-here")).Should().Be("still-here\n");
        ConsoleIsClean(guest);
    }

    [Test]
    public async Task Sixty_four_MiB_cross_vsock_each_way_with_matching_checksums()
    {
        string dir = Directory.CreateTempSubdirectory("virtio-vsock").FullName;
        try
        {
            // The guest's source for its 64 MiB: a raw disk of host random bytes, whose hash the host knows.
            string image = Path.Combine(dir, "random.img");
            byte[] content = new byte[BulkBytes];
            new Random(5).NextBytes(content);
            await File.WriteAllBytesAsync(image, content);
            string imageHash = Sha256Hex(content);
            content = [];

            await using BootedGuest guest = await BootedGuest.BootAsync(
                (await DefaultGuest.BuilderAsync(vcpus: 2, memoryMiB: 256)).WithDisk(image, readOnly: true), DefaultGuest.BootTimeout);
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));

            using (var port = new VirtioHostPort(guest.Vm.VsockUdsPath!, 5000))
            {
                Task<string> sent = port.SendAsync(BulkBytes, seed: 9, cts.Token);
                string guestHash = await ShAsync(guest, "vsockcat -c 5000 < /dev/null | sha256sum", TimeSpan.FromMinutes(2));
                guestHash.Should().StartWith(await sent, "host to guest: what the guest read hashes to what the host sent");
            }

            using (var port = new VirtioHostPort(guest.Vm.VsockUdsPath!, 5001))
            {
                Task<(long Bytes, string Sha256)> received = port.ReceiveAsync(cts.Token);
                // The guest hashes what it sends on its second vCPU while the first one sends it.
                string output = await ShAsync(guest, "vsockcat -c 5001 < /dev/vda & sha256sum /dev/vda && wait $!", TimeSpan.FromMinutes(2));
                (long bytes, string hash) = await received;
                bytes.Should().Be(BulkBytes);
                output.Should().StartWith(imageHash, "the guest hashed its disk as the host did");
                hash.Should().Be(imageHash, "guest to host: what the host received hashes to what the guest sent");
            }

            ConsoleIsClean(guest);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Dev_hwrng_yields_host_entropy()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        var rng = (VirtioRngDevice)guest.Vm.VirtioDevices.Single(t => t.Device is VirtioRngDevice).Device;
        long servedBefore = rng.BytesServed;
        (await ShAsync(guest, "cat /sys/class/misc/hw_random/rng_current")).Should().StartWith("virtio_rng");
        string[] reads = (await ShAsync(guest, "for i in 1 2; do head -c 64 /dev/hwrng | od -An -v -tx1 | tr -d ' \\n'; echo; done")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        reads.Should().HaveCount(2);
        reads[0].Should().HaveLength(128).And.NotMatchRegex("^(00)+$");
        reads[1].Should().HaveLength(128).And.NotBe(reads[0]);
        rng.BytesServed.Should().BeGreaterThanOrEqualTo(servedBefore + 128, "the bytes came from the host device");
    }
}
