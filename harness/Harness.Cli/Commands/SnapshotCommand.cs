// `harness snapshot create|inspect|verify|rebase`: capture a booted (and warmed) guest, look inside a snapshot
// file, check every checksum, and merge a diff onto its base.
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Agent;
using Harness.Guest;
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Cli.Commands;

internal static class SnapshotCommand
{
    public static Command Create()
    {
        var snapshot = new Command("snapshot", "Create, inspect, verify and rebase snapshot files");
        snapshot.Subcommands.Add(CreateCommand());
        snapshot.Subcommands.Add(InspectCommand());
        snapshot.Subcommands.Add(VerifyCommand());
        snapshot.Subcommands.Add(RebaseCommand());
        return snapshot;
    }

    private static Command CreateCommand()
    {
        var output = new Option<FileInfo>("--out") { Description = "Snapshot file to write", Required = true };
        var warmup = new Option<string?>("--warmup") { Description = "Run CMD (sh -c) in the guest before capturing" };
        var vcpus = new Option<int>("--vcpus") { Description = "vCPUs (1-8)", DefaultValueFactory = _ => 1 };
        var mem = new Option<int>("--mem") { Description = "Guest RAM in MiB", DefaultValueFactory = _ => 128 };
        var fromBase = new Option<FileInfo?>("--base")
        {
            Description = "Restore this snapshot instead of booting, run the warm-up, and write a diff against it",
        };
        var cmdline = new Option<string?>("--cmdline")
        {
            Description = $"Kernel command line of the boot (default \"{MicroVmConfig.DefaultCommandLine}\"; not with --base)",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("create", "Boot to READY (or restore --base), run the warm-up, and capture the machine")
        {
            output, warmup, vcpus, mem, fromBase, cmdline, json,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(fromBase) != null && r.GetValue(cmdline) != null)
            {
                r.AddError("--cmdline applies to a boot; a snapshot made with --base keeps its base's command line");
            }
        });
        command.SetAction((p, ct) => CreateAsync(p.GetValue(output)!, p.GetValue(warmup), p.GetValue(vcpus), p.GetValue(mem),
            p.GetValue(fromBase), p.GetValue(cmdline), p.GetValue(json), ct));
        return command;
    }

    private static async Task<int> CreateAsync(FileInfo output, string? warmup, int vcpus, int mem, FileInfo? fromBase,
        string? cmdline, bool json, CancellationToken ct)
    {
        var result = new JsonObject();
        long t0 = Stopwatch.GetTimestamp();
        BootedGuest guest;
        try
        {
            if (fromBase == null)
            {
                GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(RepoRoot.Find(), Console.Error, ct).ConfigureAwait(false);
                MicroVmBuilder builder = new MicroVmBuilder().WithVcpus(vcpus).WithMemoryMiB(mem)
                    .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath);
                if (cmdline != null)
                {
                    builder = builder.WithCommandLine(cmdline);
                }

                guest = await BootedGuest.BootAsync(builder, TimeSpan.FromSeconds(300), ct).ConfigureAwait(false);
                result["boot_ms"] = Ms(guest.TimeToReady);
            }
            else
            {
                (guest, RestorePhases phases) = await SnapshotRestore.RestoreAsync(
                    new SnapshotRestoreRequest(fromBase.FullName) { MemoryOptions = BaseOptions([fromBase.FullName]) }, ct).ConfigureAwait(false);
                result["restore_to_ready_ms"] = Ms(phases.RestoreToReady);
            }
        }
        catch (Exception e) when (e is MicroVmConfigException or GuestBootException or GuestArtifactsException
                                       or MachineStateException or SnapshotFormatException)
        {
            Console.Error.WriteLine($"snapshot create: {e.Message}");
            return e is MicroVmConfigException ? 2 : 1;
        }

        await using (guest.ConfigureAwait(false))
        {
            if (warmup != null)
            {
                long w0 = Stopwatch.GetTimestamp();
                ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", warmup], ct).ConfigureAwait(false);
                result["warmup_ms"] = Ms(Stopwatch.GetElapsedTime(w0));
                if (r.ExitCode != 0)
                {
                    Console.Error.Write(r.StderrText);
                    Console.Error.WriteLine($"snapshot create: the warm-up exited with {r.ExitCode}; nothing was written");
                    return 1;
                }
            }

            long c0 = Stopwatch.GetTimestamp();
            // No connection open in the capture: clones then owe the guest no transport reset (docs/snapshots.md).
            await guest.PauseForSnapshotAsync(TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
            SnapshotWriteResult written = MachineSnapshot.Write(guest.Vm, output.FullName, diff: fromBase != null);
            result["capture_ms"] = Ms(Stopwatch.GetElapsedTime(c0));
            result["file"] = output.FullName;
            result["bytes"] = written.FileLength;
            result["content_hash"] = written.ContentHash.ToString();
            result["stored_pages"] = written.StoredPages;
            result["zero_pages"] = written.ZeroPages;
            result["diff"] = fromBase != null;
            result["total_ms"] = Ms(Stopwatch.GetElapsedTime(t0));
            await guest.Vm.StopAsync(ct).ConfigureAwait(false);
        }

        if (json)
        {
            Console.WriteLine(result.ToJsonString());
        }
        else
        {
            Console.WriteLine($"wrote {output.FullName}: {(long)result["bytes"]! / 1048576.0:F2} MiB, {result["stored_pages"]} pages stored, " +
                $"{result["zero_pages"]} zero pages elided, captured in {result["capture_ms"]} ms ({result["content_hash"]})");
        }

        return 0;
    }

    private static Command InspectCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = "Snapshot file" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("inspect", "Show a snapshot's sections, sizes and compression") { file, json };
        command.SetAction(p => Guarded("snapshot inspect", () => Inspect(p.GetValue(file)!, p.GetValue(json))));
        return command;
    }

    private static int Inspect(FileInfo file, bool json)
    {
        using SnapshotReader reader = MachineSnapshot.Open(file.FullName);
        SnapshotInspection info = reader.Inspect();
        MicroVmState? machine = null;
        string? machineError = null;
        try
        {
            machine = MachineSnapshotSections.ReadFrom(reader);
        }
        catch (MachineStateException e)
        {
            machineError = e.Message;
        }

        var sections = new JsonArray();
        foreach (SnapshotSection s in info.Sections)
        {
            sections.Add(new JsonObject
            {
                ["kind"] = s.Kind,
                ["name"] = SectionName(s.Kind, s.Instance),
                ["instance"] = s.Instance,
                ["version"] = s.Version,
                ["bytes"] = s.Length,
            });
        }

        var o = new JsonObject
        {
            ["format"] = info.FormatVersion,
            ["architecture"] = info.Architecture,
            ["diff"] = info.IsDiff,
            ["content_hash"] = info.ContentHash.ToString(),
            ["base_hash"] = info.IsDiff ? info.BaseHash.ToString() : null,
            ["file_bytes"] = info.FileLength,
            ["guest_bytes"] = info.GuestSize,
            ["present_pages"] = info.PresentPages,
            ["zero_pages"] = info.ZeroPages,
            ["stored_pages"] = info.StoredPages,
            ["chunk_size"] = info.ChunkSize,
            ["chunks"] = info.ChunkCount,
            ["compressed_bytes"] = info.CompressedBytes,
            ["compression_ratio"] = Math.Round(info.CompressionRatio, 3),
            ["vcpus"] = machine?.Vcpus,
            ["generation"] = machine?.Generation,
            ["command_line"] = machine?.CommandLine,
            ["machine_state_error"] = machineError,
            ["sections"] = sections,
        };
        if (json)
        {
            Console.WriteLine(o.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        Console.WriteLine($"{file.FullName}");
        Console.WriteLine($"  format {info.FormatVersion}, {info.Architecture}, {(info.IsDiff ? $"diff of {info.BaseHash}" : "full")}");
        Console.WriteLine($"  content hash {info.ContentHash}");
        Console.WriteLine($"  {info.FileLength:N0} bytes for {info.GuestSize / 1048576} MiB of guest RAM ({info.GuestToFileRatio:F1}x smaller)");
        Console.WriteLine($"  pages: {info.PresentPages:N0} present, {info.ZeroPages:N0} zero (elided), {info.StoredPages:N0} stored " +
            $"in {info.ChunkCount} chunks of {info.ChunkSize / 1024} KiB; LZ4 ratio {info.CompressionRatio:F2}");
        if (machine != null)
        {
            Console.WriteLine($"  machine: {machine.Vcpus} vCPUs, generation {machine.Generation}, command line \"{machine.CommandLine}\"");
        }
        else
        {
            Console.WriteLine($"  machine state: {machineError}");
        }

        Console.WriteLine("  sections:");
        foreach (SnapshotSection s in info.Sections)
        {
            Console.WriteLine($"    {SectionName(s.Kind, s.Instance),-24} v{s.Version}  {s.Length,10:N0} bytes");
        }

        return 0;
    }

    private static string SectionName(uint kind, uint instance) => kind switch
    {
        SnapshotSectionKinds.MachineConfig => "machine-config",
        SnapshotSectionKinds.VcpuState => $"vcpu {instance}",
        SnapshotSectionKinds.DeviceState when instance == MachineSnapshotSections.PlatformInstance => "devices: plic, uart, power",
        SnapshotSectionKinds.DeviceState => $"device: virtio slot {instance - MachineSnapshotSections.FirstVirtioInstance}",
        SnapshotSectionKinds.Clock => "clock",
        SnapshotSectionKinds.MemoryImage => "memory image",
        _ => $"kind {kind} instance {instance}",
    };

    private static Command VerifyCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = "Snapshot file" };
        var command = new Command("verify", "Check every checksum; a non-zero exit names the first fault") { file };
        command.SetAction(p => Guarded("snapshot verify", () =>
        {
            FileInfo f = p.GetValue(file)!;
            using SnapshotReader reader = MachineSnapshot.Open(f.FullName);
            reader.Verify();
            MachineSnapshotSections.ReadFrom(reader);
            Console.WriteLine($"{f.FullName}: ok ({reader.ContentHash})");
            return 0;
        }));
        return command;
    }

    private static Command RebaseCommand()
    {
        var diff = new Argument<FileInfo>("diff") { Description = "Diff snapshot" };
        var bases = new Option<FileInfo[]>("--base") { Description = "Base snapshot(s) of the chain", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Full snapshot to write", Required = true };
        var command = new Command("rebase", "Merge a diff snapshot onto its base into a new full snapshot") { diff, bases, output };
        command.SetAction(p => Guarded("snapshot rebase", () =>
        {
            FileInfo top = p.GetValue(diff)!;
            FileInfo outFile = p.GetValue(output)!;
            using SnapshotReader reader = MachineSnapshot.Open(top.FullName);
            using SnapshotChain chain = SnapshotChain.Open(reader, new FileListResolver(p.GetValue(bases)!.Select(b => b.FullName)));
            SnapshotWriteResult r = SnapshotRebase.RebaseToFile(chain, outFile.FullName);
            Console.WriteLine($"wrote {outFile.FullName}: {r.FileLength:N0} bytes ({r.ContentHash})");
            return 0;
        }));
        return command;
    }

    /// <summary>Memory options resolving diff bases from the given files.</summary>
    internal static SnapshotRestoreOptions BaseOptions(IEnumerable<string> basePaths) =>
        new() { Bases = new FileListResolver(basePaths) };

    /// <summary>Runs a verb, turning the typed errors of bad input into one line and exit code 1.</summary>
    internal static int Guarded(string verb, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SnapshotFormatException e)
        {
            Console.Error.WriteLine($"{verb}: {e.Fault}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is MachineStateException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{verb}: {e.Message}");
            return 1;
        }
    }

    private static double Ms(TimeSpan t) => Math.Round(t.TotalMilliseconds, 3);
}
