// `harness bench boot`: our monitor's wall time to READY beside QEMU's boot of the same kernel and initramfs,
// interleaved in one invocation so both see the same machine load.
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Guest;
using Harness.Measurement;
using Harness.Reference;
using Harness.Vmm.Machine;

namespace Harness.Cli.Commands;

internal static class BenchBootCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Boots of each kind", DefaultValueFactory = _ => 7 };
        var vcpus = new Option<int>("--vcpus") { Description = "vCPUs (1-8)", DefaultValueFactory = _ => 1 };
        var mem = new Option<int>("--mem") { Description = "Guest RAM in MiB", DefaultValueFactory = _ => 128 };
        var json = new Option<FileInfo?>("--json") { Description = "Write the figures as JSON to FILE" };
        var noQemu = new Option<bool>("--no-qemu") { Description = "Skip the QEMU reference" };
        var command = new Command("boot", "Boot-to-READY time of our monitor against QEMU -M virt, same kernel and initramfs")
        {
            runs, vcpus, mem, json, noQemu,
        };
        command.SetAction((p, ct) => RunAsync(p.GetValue(runs), p.GetValue(vcpus), p.GetValue(mem), p.GetValue(json),
            p.GetValue(noQemu), ct));
        return command;
    }

    private static async Task<int> RunAsync(int runs, int vcpus, int mem, FileInfo? json, bool noQemu, CancellationToken ct)
    {
        if (runs < 1)
        {
            Console.Error.WriteLine("bench boot: --runs must be at least 1");
            return 2;
        }

        GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(RepoRoot.Find(), Console.Error, ct).ConfigureAwait(false);
        var builder = new MicroVmBuilder().WithVcpus(vcpus).WithMemoryMiB(mem)
            .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath);
        var timeout = TimeSpan.FromSeconds(120);

        // One boot first so that JIT compilation is not charged to the first measured run.
        await BootOnce(builder, timeout, ct).ConfigureAwait(false);
        var ours = new List<double>();
        var instructions = new List<double>();
        var qemu = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            (double ms, long instr) = await BootOnce(builder, timeout, ct).ConfigureAwait(false);
            ours.Add(ms);
            instructions.Add(instr);
            if (!noQemu)
            {
                TimeSpan q = await QemuBoot.TimeToReadyAsync(artifacts.KernelPath, artifacts.InitramfsPath, vcpus, mem,
                    MicroVmConfig.DefaultCommandLine, timeout, ct).ConfigureAwait(false);
                qemu.Add(q.TotalMilliseconds);
            }

            Console.Error.WriteLine($"run {i + 1}/{runs}: ours {ms:F1} ms" + (noQemu ? "" : $", qemu {qemu[^1]:F1} ms"));
        }

        List<double> pauses = await MeasurePauseAsync(builder, timeout, ct).ConfigureAwait(false);
        SampleSummary pause = SampleSummary.Of(pauses);
        SampleSummary o = SampleSummary.Of(ours);
        var report = new JsonObject
        {
            ["vcpus"] = vcpus,
            ["mem_mib"] = mem,
            ["runs"] = runs,
            ["boot_ms"] = Summary(o),
            ["guest_instructions_to_ready"] = (long)SampleSummary.Of(instructions).P50,
            ["pause_us"] = Summary(pause),
        };
        Console.WriteLine($"ours: p50 {o.P50:F1} ms, p90 {o.P90:F1} ms, min {o.Min:F1} ms ({instructions[0] / 1e6:F1} M guest instructions to READY)");
        Console.WriteLine($"pause with every vCPU busy: p50 {pause.P50:F0} us, p90 {pause.P90:F0} us, max {pause.Max:F0} us ({pauses.Count} pauses)");
        if (!noQemu)
        {
            SampleSummary q = SampleSummary.Of(qemu);
            report["qemu_boot_ms"] = Summary(q);
            report["ratio_p50"] = Math.Round(o.P50 / q.P50, 3);
            Console.WriteLine($"qemu: p50 {q.P50:F1} ms, p90 {q.P90:F1} ms, min {q.Min:F1} ms");
            Console.WriteLine($"ours / qemu at p50: {o.P50 / q.P50:F2}");
        }

        if (json != null)
        {
            await File.WriteAllTextAsync(json.FullName, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct)
                .ConfigureAwait(false);
        }

        return 0;
    }

    private static JsonObject Summary(SampleSummary s) => new()
    {
        ["p50"] = Math.Round(s.P50, 2),
        ["p90"] = Math.Round(s.P90, 2),
        ["min"] = Math.Round(s.Min, 2),
        ["max"] = Math.Round(s.Max, 2),
    };

    /// <summary>Pauses a guest whose every vCPU spins, many times, and returns each PauseAsync's wall time in µs.</summary>
    private static async Task<List<double>> MeasurePauseAsync(MicroVmBuilder builder, TimeSpan timeout, CancellationToken ct)
    {
        await using BootedGuest guest = await BootedGuest.BootAsync(builder, timeout, ct).ConfigureAwait(false);
        int vcpus = guest.Vm.VcpuCount;
        await guest.Agent.ExecAsync(["/bin/sh", "-c", $"for i in $(seq {vcpus}); do (while :; do :; done) & done"], ct).ConfigureAwait(false);
        var samples = new List<double>();
        for (int i = 0; i < 200; i++)
        {
            await Task.Delay(2, ct).ConfigureAwait(false);
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            await guest.Vm.PauseAsync(ct).ConfigureAwait(false);
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
            await guest.Vm.ResumeAsync(ct).ConfigureAwait(false);
        }

        await guest.Vm.StopAsync(ct).ConfigureAwait(false);
        return samples;
    }

    private static async Task<(double Ms, long Instructions)> BootOnce(MicroVmBuilder builder, TimeSpan timeout, CancellationToken ct)
    {
        await using BootedGuest guest = await BootedGuest.BootAsync(builder, timeout, ct).ConfigureAwait(false);
        var result = (guest.TimeToReady.TotalMilliseconds, guest.InstructionsToReady);
        await guest.PowerOffAsync(TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
        return result;
    }
}
