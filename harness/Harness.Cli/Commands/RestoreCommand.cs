// `harness restore FILE`: restores a snapshot into a new VM in this process, in the chosen memory mode, waits for
// the agent, runs the after-restore hook, optionally runs a command, and reports every phase's time.
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Harness.Agent;
using Harness.Guest;
using Harness.Snapshots.Format;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Cli.Commands;

internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Snapshot file" };
        var mode = new Option<string>("--mode")
        {
            Description = "Memory restore mode: eager, shared (copy-on-write over a per-host cache) or lazy",
            DefaultValueFactory = _ => "shared",
        };
        mode.AcceptOnlyFromAmong("eager", "shared", "lazy");
        var exec = new Option<string?>("--exec") { Description = "Run CMD with sh -c in the restored guest; exit with its code" };
        var json = new Option<bool>("--json") { Description = "Print the phase timings as one JSON object" };
        var bases = new Option<FileInfo[]>("--base") { Description = "Base snapshot(s) a diff needs", AllowMultipleArgumentsPerToken = true };
        var command = new Command("restore", "Restore a snapshot into a new VM and report the phase timings") { file, mode, exec, json, bases };
        command.SetAction((p, ct) => RunAsync(p.GetValue(file)!, p.GetValue(mode)!, p.GetValue(exec), p.GetValue(json),
            p.GetValue(bases) ?? [], ct));
        return command;
    }

    public static RestoreMode ParseMode(string mode) => mode switch
    {
        "eager" => RestoreMode.Eager,
        "lazy" => RestoreMode.Lazy,
        _ => RestoreMode.SharedCopyOnWrite,
    };

    private static async Task<int> RunAsync(FileInfo file, string mode, string? exec, bool json, FileInfo[] bases, CancellationToken ct)
    {
        var request = new SnapshotRestoreRequest(file.FullName)
        {
            Mode = ParseMode(mode),
            MemoryOptions = bases.Length == 0 ? null : SnapshotCommand.BaseOptions(bases.Select(b => b.FullName)),
        };
        BootedGuest guest;
        RestorePhases phases;
        try
        {
            (guest, phases) = await SnapshotRestore.RestoreAsync(request, ct).ConfigureAwait(false);
        }
        catch (SnapshotFormatException e)
        {
            Console.Error.WriteLine($"restore: {e.Fault}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is MachineStateException or GuestBootException or FileNotFoundException)
        {
            Console.Error.WriteLine($"restore: {e.Message}");
            return 1;
        }

        int exitCode = 0;
        var result = new JsonObject
        {
            ["mode"] = mode,
            ["restore_to_ready_ms"] = Ms(phases.RestoreToReady),
            ["open_ms"] = Ms(phases.Open),
            ["map_memory_ms"] = Ms(phases.MapMemory),
            ["restore_state_ms"] = Ms(phases.RestoreState),
            ["resume_ms"] = Ms(phases.Resume),
            ["agent_ready_ms"] = Ms(phases.AgentReady),
            ["after_restore_ms"] = Ms(phases.AfterRestore),
            ["generation"] = guest.Vm.Generation,
        };
        await using (guest.ConfigureAwait(false))
        {
            if (exec != null)
            {
                long e0 = Stopwatch.GetTimestamp();
                ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", exec], ct).ConfigureAwait(false);
                result["exec_ms"] = Ms(Stopwatch.GetElapsedTime(e0));
                result["exec_exit_code"] = r.ExitCode;
                Stream stdout = json ? Console.OpenStandardError() : Console.OpenStandardOutput();
                await stdout.WriteAsync(r.Stdout, ct).ConfigureAwait(false);
                await stdout.FlushAsync(ct).ConfigureAwait(false);
                await Console.Error.WriteAsync(r.StderrText).ConfigureAwait(false);
                exitCode = r.TimedOut ? 124 : r.ExitCode;
            }

            result["exit_reason"] = (await guest.PowerOffAsync(TimeSpan.FromSeconds(10), ct).ConfigureAwait(false)).ToString();
            result["guest_instructions"] = guest.Vm.InstructionsRetired;
        }

        if (json)
        {
            Console.WriteLine(result.ToJsonString());
        }
        else
        {
            Console.Error.WriteLine($"restored ({mode}) to READY in {result["restore_to_ready_ms"]} ms: open {result["open_ms"]}, " +
                $"memory {result["map_memory_ms"]}, state {result["restore_state_ms"]}, resume {result["resume_ms"]}, " +
                $"agent {result["agent_ready_ms"]}; after-restore hook {result["after_restore_ms"]} ms; generation {result["generation"]}");
        }

        return exitCode;
    }

    private static double Ms(TimeSpan t) => Math.Round(t.TotalMilliseconds, 3);
}
