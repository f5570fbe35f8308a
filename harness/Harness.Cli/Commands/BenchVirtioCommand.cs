// `harness bench virtio`: the virtio figures of one booted guest: exec round trips over vsock (p50/p99), vsock bulk
// throughput each way through /bin/vsockcat, and virtio-blk read throughput (raw device and an ext4 file), each
// beside the host reading the same image file as a reference.
using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Agent;
using Harness.Disks;
using Harness.Guest;
using Harness.Measurement;
using Harness.Vmm.Machine;

namespace Harness.Cli.Commands;

internal static class BenchVirtioCommand
{
    private const int DiskMiB = 64;
    private const int FileMiB = 32;

    public static Command Create()
    {
        var execs = new Option<int>("--execs") { Description = "Exec round trips of /bin/true", DefaultValueFactory = _ => 1000 };
        var bulk = new Option<int>("--bulk-mib") { Description = "MiB sent each way over vsock", DefaultValueFactory = _ => 64 };
        var vcpus = new Option<int>("--vcpus") { Description = "vCPUs (1-8)", DefaultValueFactory = _ => 2 };
        var json = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to FILE" };
        var command = new Command("virtio", "vsock exec latency and bulk throughput, virtio-blk read throughput")
        {
            execs, bulk, vcpus, json,
        };
        command.SetAction((p, ct) => RunAsync(p.GetValue(execs), p.GetValue(bulk), p.GetValue(vcpus), p.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(int execs, int bulkMiB, int vcpus, FileInfo? json, CancellationToken ct)
    {
        if (execs < 1 || bulkMiB < 1)
        {
            Console.Error.WriteLine("bench virtio: --execs and --bulk-mib must be at least 1");
            return 2;
        }

        string dir = Directory.CreateTempSubdirectory("bench-virtio").FullName;
        try
        {
            string folder = Directory.CreateDirectory(Path.Combine(dir, "root")).FullName;
            byte[] file = new byte[FileMiB << 20];
            new Random(1).NextBytes(file);
            await File.WriteAllBytesAsync(Path.Combine(folder, "file.bin"), file, ct).ConfigureAwait(false);
            string image = Path.Combine(dir, "disk.ext4");
            await Ext4Image.CreateAsync(folder, image, DiskMiB, cancellationToken: ct).ConfigureAwait(false);
            double hostRead = HostReadMiBps(image);

            GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(RepoRoot.Find(), Console.Error, ct).ConfigureAwait(false);
            var builder = new MicroVmBuilder().WithVcpus(vcpus).WithMemoryMiB(256)
                .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath).WithDisk(image, readOnly: true);
            await using BootedGuest guest = await BootedGuest.BootAsync(builder, TimeSpan.FromSeconds(120), ct).ConfigureAwait(false);
            var result = new JsonObject { ["vcpus"] = vcpus, ["host_file_read_mib_s"] = Math.Round(hostRead, 1) };

            for (int i = 0; i < 20; i++)
            {
                await guest.Agent.ExecAsync(["/bin/true"], ct).ConfigureAwait(false);
            }

            var times = new List<double>(execs);
            for (int i = 0; i < execs; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                await guest.Agent.ExecAsync(["/bin/true"], ct).ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            SampleSummary exec = SampleSummary.Of(times);
            result["exec_round_trips"] = execs;
            result["exec_p50_ms"] = Math.Round(exec.P50, 3);
            result["exec_p99_ms"] = Math.Round(exec.P99, 3);

            double toGuest = await VsockToGuestAsync(guest, bulkMiB, ct).ConfigureAwait(false);
            double toHost = await VsockToHostAsync(guest, bulkMiB, ct).ConfigureAwait(false);
            result["vsock_host_to_guest_mib_s"] = Math.Round(toGuest, 1);
            result["vsock_guest_to_host_mib_s"] = Math.Round(toHost, 1);

            double raw = DiskMiB / await TimedExecAsync(guest, "dd if=/dev/vda of=/dev/null bs=1M", ct).ConfigureAwait(false);
            await TimedExecAsync(guest, "mount -t ext4 -o ro /dev/vda /mnt", ct).ConfigureAwait(false);
            double ext4 = FileMiB / await TimedExecAsync(guest, "cat /mnt/file.bin > /dev/null", ct).ConfigureAwait(false);
            result["blk_raw_read_mib_s"] = Math.Round(raw, 1);
            result["blk_ext4_file_read_mib_s"] = Math.Round(ext4, 1);
            await guest.PowerOffAsync(TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);

            Console.WriteLine($"vsock exec /bin/true ({execs}): p50 {exec.P50:F2} ms, p99 {exec.P99:F2} ms");
            Console.WriteLine($"vsock bulk ({bulkMiB} MiB): host->guest {toGuest:F1} MiB/s, guest->host {toHost:F1} MiB/s");
            Console.WriteLine($"virtio-blk read: dd of /dev/vda ({DiskMiB} MiB) {raw:F1} MiB/s, ext4 file ({FileMiB} MiB) {ext4:F1} MiB/s");
            Console.WriteLine($"reference: host read of the image file {hostRead:F1} MiB/s (blk raw read is {raw / hostRead:P1} of it)");
            if (json != null)
            {
                await File.WriteAllTextAsync(json.FullName, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception e) when (e is GuestBootException or AgentException or DiskImageException or IOException or SocketException)
        {
            Console.Error.WriteLine($"bench virtio: {e.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double HostReadMiBps(string path)
    {
        byte[] buffer = new byte[1 << 20];
        long t0 = Stopwatch.GetTimestamp();
        long total = 0;
        using (FileStream f = File.OpenRead(path))
        {
            int n;
            while ((n = f.Read(buffer)) > 0)
            {
                total += n;
            }
        }

        return total / 1048576.0 / Stopwatch.GetElapsedTime(t0).TotalSeconds;
    }

    /// <summary>Seconds the guest took to run <paramref name="script"/>, measured on the host around the exec.</summary>
    private static async Task<double> TimedExecAsync(BootedGuest guest, string script, CancellationToken ct)
    {
        long t0 = Stopwatch.GetTimestamp();
        ExecResult r = await guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", script]) { Timeout = TimeSpan.FromMinutes(5) }, ct).ConfigureAwait(false);
        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        if (r.ExitCode != 0)
        {
            throw new IOException($"'{script}' failed in the guest: {r.StderrText}");
        }

        return seconds;
    }

    private static Socket Listen(BootedGuest guest, uint port, out string path)
    {
        path = $"{guest.Vm.VsockUdsPath}_{port}";
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        return listener;
    }

    private static async Task<double> VsockToGuestAsync(BootedGuest guest, int mib, CancellationToken ct)
    {
        using Socket listener = Listen(guest, 6000, out string path);
        try
        {
            Task<ExecResult> run = guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", "vsockcat -c 6000 < /dev/null > /dev/null"]) { Timeout = TimeSpan.FromMinutes(5) }, ct);
            using Socket s = await listener.AcceptAsync(ct).ConfigureAwait(false);
            byte[] chunk = new byte[256 * 1024];
            new Random(2).NextBytes(chunk);
            long t0 = Stopwatch.GetTimestamp();
            for (long left = (long)mib << 20; left > 0; left -= chunk.Length)
            {
                await s.SendAsync(chunk.AsMemory(0, (int)Math.Min(left, chunk.Length)), SocketFlags.None, ct).ConfigureAwait(false);
            }

            s.Shutdown(SocketShutdown.Send);
            while (await s.ReceiveAsync(chunk, SocketFlags.None, ct).ConfigureAwait(false) > 0)
            {
            }

            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            await run.ConfigureAwait(false);
            return mib / seconds;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<double> VsockToHostAsync(BootedGuest guest, int mib, CancellationToken ct)
    {
        using Socket listener = Listen(guest, 6001, out string path);
        try
        {
            // The source is the (page-cached after the first pass) disk, repeated to make up the size.
            int passes = Math.Max(1, mib / DiskMiB);
            Task<ExecResult> run = guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c",
                $"cat /dev/vda > /dev/null; for i in $(seq {passes}); do cat /dev/vda; done | vsockcat -c 6001"]) { Timeout = TimeSpan.FromMinutes(5) }, ct);
            using Socket s = await listener.AcceptAsync(ct).ConfigureAwait(false);
            s.Shutdown(SocketShutdown.Send);
            byte[] chunk = new byte[256 * 1024];
            long t0 = Stopwatch.GetTimestamp();
            long total = 0;
            int n;
            while ((n = await s.ReceiveAsync(chunk, SocketFlags.None, ct).ConfigureAwait(false)) > 0)
            {
                total += n;
            }

            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            await run.ConfigureAwait(false);
            return total / 1048576.0 / seconds;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
