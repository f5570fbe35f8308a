// `harness bench restore`: one guest booted, snapshotted (time and size) and restored many times in this process in
// every memory mode after warm-up restores, beside QEMU's own save and restore of the same kernel and initramfs.
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Guest;
using Harness.Measurement;
using Harness.Reference;
using Harness.Snapshots.Store;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Cli.Commands;

internal static class BenchRestoreCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Measured restores per mode", DefaultValueFactory = _ => 100 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured restores per mode first (JIT, caches)", DefaultValueFactory = _ => 10 };
        var qemuRuns = new Option<int>("--qemu-runs") { Description = "QEMU restores", DefaultValueFactory = _ => 7 };
        var mem = new Option<int>("--mem") { Description = "Guest RAM in MiB", DefaultValueFactory = _ => 128 };
        var json = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to FILE" };
        var noQemu = new Option<bool>("--no-qemu") { Description = "Skip the QEMU reference" };
        var only = new Option<string[]>("--mode")
        {
            Description = "Measure only these restore modes (repeatable; default: eager, shared and lazy)",
            AllowMultipleArgumentsPerToken = true,
        };
        only.AcceptOnlyFromAmong("eager", "shared", "lazy");
        var command = new Command("restore",
            "Snapshot one guest and restore it in every mode in-process, against QEMU's migrate-to-file and -incoming")
        {
            runs, warmup, qemuRuns, mem, json, noQemu, only,
        };
        command.SetAction((p, ct) => RunAsync(p.GetValue(runs), p.GetValue(warmup), p.GetValue(qemuRuns), p.GetValue(mem),
            p.GetValue(json), p.GetValue(noQemu), p.GetValue(only) ?? [], ct));
        return command;
    }

    private static async Task<int> RunAsync(int runs, int warmup, int qemuRuns, int mem, FileInfo? json, bool noQemu, string[] only,
        CancellationToken ct)
    {
        if (runs < 1 || warmup < 0 || qemuRuns < 1)
        {
            Console.Error.WriteLine("bench restore: --runs and --qemu-runs must be at least 1, --warmup at least 0");
            return 2;
        }

        GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(RepoRoot.Find(), Console.Error, ct).ConfigureAwait(false);
        string dir = Directory.CreateTempSubdirectory("harness-bench-restore-").FullName;
        try
        {
            var report = new JsonObject { ["vcpus"] = 1, ["mem_mib"] = mem, ["runs"] = runs, ["warmup"] = warmup };
            string snapshot = Path.Combine(dir, "guest.hsnap");
            JsonObject capture = await CaptureAsync(artifacts, mem, snapshot, ct).ConfigureAwait(false);
            report["snapshot"] = capture;
            Console.WriteLine($"snapshot: {(long)capture["bytes"]! / 1048576.0:F2} MiB, written in {capture["write_ms"]} ms " +
                $"(boot to READY {capture["boot_ms"]} ms)");

            // A private image cache, so the shared mode's first (warm-up) restore builds it and nothing else shares it.
            var memoryOptions = new SnapshotRestoreOptions { Cache = new SharedImageCache(Path.Combine(dir, "cache")) };
            var modes = new JsonObject();
            var p50s = new Dictionary<string, double>();
            foreach ((string name, RestoreMode mode) in new[]
                     {
                         ("eager", RestoreMode.Eager), ("shared", RestoreMode.SharedCopyOnWrite), ("lazy", RestoreMode.Lazy),
                     }.Where(m => only.Length == 0 || only.Contains(m.Item1)))
            {
                var request = new SnapshotRestoreRequest(snapshot) { Mode = mode, MemoryOptions = memoryOptions };
                for (int i = 0; i < warmup; i++)
                {
                    await RestoreOnceAsync(request, ct).ConfigureAwait(false);
                }

                var samples = new List<RestorePhases>(runs);
                for (int i = 0; i < runs; i++)
                {
                    samples.Add(await RestoreOnceAsync(request, ct).ConfigureAwait(false));
                }

                JsonObject m = Phases(samples);
                modes[name] = m;
                SampleSummary ready = SampleSummary.Of([.. samples.Select(s => s.RestoreToReady.TotalMilliseconds)]);
                p50s[name] = ready.P50;
                Console.WriteLine($"ours {name,-6}: restore to ready p50 {ready.P50:F3} ms, p99 {ready.P99:F3} ms, min {ready.Min:F3} ms " +
                    $"(open {Median(samples, s => s.Open):F3}, memory {Median(samples, s => s.MapMemory):F3}, " +
                    $"state {Median(samples, s => s.RestoreState):F3}, resume {Median(samples, s => s.Resume):F3}, " +
                    $"agent {Median(samples, s => s.AgentReady):F3}; after-restore hook {Median(samples, s => s.AfterRestore):F3})");
            }

            report["ours"] = modes;
            if (!noQemu)
            {
                JsonObject q;
                try
                {
                    q = await QemuAsync(artifacts, mem, dir, qemuRuns, ct).ConfigureAwait(false);
                }
                catch (InvalidOperationException e)
                {
                    // Missing QEMU, or its guest never answered: our figures stand, the reference is missing.
                    Console.Error.WriteLine($"bench restore: the QEMU reference failed: {e.Message}");
                    return 1;
                }

                report["qemu"] = q;
                double qemuP50 = (double)q["restore_to_ready_ms"]!["p50"]!;
                var ratios = new JsonObject();
                foreach ((string name, double p50) in p50s)
                {
                    ratios[name] = Math.Round(qemuP50 / p50, 1);
                    Console.WriteLine($"qemu / ours ({name}) at p50: {qemuP50 / p50:F1}x");
                }

                report["qemu_over_ours_p50"] = ratios;
            }

            if (json != null)
            {
                await File.WriteAllTextAsync(json.FullName, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct)
                    .ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<JsonObject> CaptureAsync(GuestArtifacts artifacts, int mem, string path, CancellationToken ct)
    {
        MicroVmBuilder builder = new MicroVmBuilder().WithVcpus(1).WithMemoryMiB(mem)
            .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath);
        await using BootedGuest guest = await BootedGuest.BootAsync(builder, Timeout, ct).ConfigureAwait(false);
        await guest.Agent.PingAsync(ct).ConfigureAwait(false);
        long t0 = Stopwatch.GetTimestamp();
        await guest.PauseForSnapshotAsync(Timeout, ct).ConfigureAwait(false);
        TimeSpan pause = Stopwatch.GetElapsedTime(t0);
        long w0 = Stopwatch.GetTimestamp();
        Harness.Snapshots.SnapshotWriteResult written = MachineSnapshot.Write(guest.Vm, path);
        TimeSpan write = Stopwatch.GetElapsedTime(w0);
        await guest.Vm.StopAsync(ct).ConfigureAwait(false);
        return new JsonObject
        {
            ["boot_ms"] = Ms(guest.TimeToReady),
            ["quiesce_and_pause_ms"] = Ms(pause),
            ["write_ms"] = Ms(write),
            ["bytes"] = written.FileLength,
            ["stored_pages"] = written.StoredPages,
        };
    }

    private static async Task<RestorePhases> RestoreOnceAsync(SnapshotRestoreRequest request, CancellationToken ct)
    {
        (BootedGuest guest, RestorePhases phases) = await SnapshotRestore.RestoreAsync(request, ct).ConfigureAwait(false);
        await guest.DisposeAsync().ConfigureAwait(false);
        return phases;
    }

    private static async Task<JsonObject> QemuAsync(GuestArtifacts artifacts, int mem, string dir, int runs, CancellationToken ct)
    {
        var spec = new QemuGuestSpec(artifacts.KernelPath, artifacts.InitramfsPath, mem, MicroVmConfig.DefaultCommandLine);
        string file = Path.Combine(dir, "qemu.migration");
        QemuSaveResult save = await QemuSnapshot.BootAndSaveAsync(spec, file, Timeout, ct).ConfigureAwait(false);
        Console.WriteLine($"qemu snapshot: {save.FileBytes / 1048576.0:F2} MiB, saved in {save.Save.TotalMilliseconds:F1} ms " +
            $"(boot to READY {save.BootToReady.TotalMilliseconds:F0} ms)");

        // One unmeasured restore, so the file is in the page cache for every measured one, as ours is.
        await QemuSnapshot.RestoreAsync(spec, file, Timeout, ct).ConfigureAwait(false);
        var results = new List<QemuRestoreResult>();
        for (int i = 0; i < runs; i++)
        {
            results.Add(await QemuSnapshot.RestoreAsync(spec, file, Timeout, ct).ConfigureAwait(false));
        }

        SampleSummary ready = SampleSummary.Of([.. results.Select(r => r.RestoreToReady.TotalMilliseconds)]);
        SampleSummary monitor = SampleSummary.Of([.. results.Select(r => r.MonitorUp.TotalMilliseconds)]);
        SampleSummary incoming = SampleSummary.Of([.. results.Select(r => r.Incoming.TotalMilliseconds)]);
        Console.WriteLine($"qemu  restore to ready p50 {ready.P50:F1} ms, p99 {ready.P99:F1} ms, min {ready.Min:F1} ms " +
            $"(QMP up {monitor.P50:F1}, incoming done {incoming.P50:F1})");
        return new JsonObject
        {
            ["runs"] = runs,
            ["bytes"] = save.FileBytes,
            ["save_ms"] = Ms(save.Save),
            ["boot_ms"] = Ms(save.BootToReady),
            ["restore_to_ready_ms"] = Summary(ready),
            ["qmp_up_ms"] = Summary(monitor),
            ["incoming_done_ms"] = Summary(incoming),
        };
    }

    private static JsonObject Phases(List<RestorePhases> samples)
    {
        JsonObject Of(Func<RestorePhases, TimeSpan> pick) => Summary(SampleSummary.Of([.. samples.Select(s => pick(s).TotalMilliseconds)]));
        return new JsonObject
        {
            ["restore_to_ready_ms"] = Of(s => s.RestoreToReady),
            ["open_ms"] = Of(s => s.Open),
            ["map_memory_ms"] = Of(s => s.MapMemory),
            ["restore_state_ms"] = Of(s => s.RestoreState),
            ["resume_ms"] = Of(s => s.Resume),
            ["agent_ready_ms"] = Of(s => s.AgentReady),
            ["after_restore_ms"] = Of(s => s.AfterRestore),
        };
    }

    private static double Median(List<RestorePhases> samples, Func<RestorePhases, TimeSpan> pick) =>
        SampleSummary.Of([.. samples.Select(s => pick(s).TotalMilliseconds)]).P50;

    private static JsonObject Summary(SampleSummary s) => new()
    {
        ["p50"] = Math.Round(s.P50, 3),
        ["p99"] = Math.Round(s.P99, 3),
        ["min"] = Math.Round(s.Min, 3),
        ["max"] = Math.Round(s.Max, 3),
    };

    private static double Ms(TimeSpan t) => Math.Round(t.TotalMilliseconds, 3);
}
