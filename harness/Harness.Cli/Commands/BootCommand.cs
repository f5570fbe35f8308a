// `harness boot`: boots the default (or a given) kernel and initramfs on our monitor, streams the console, and
// optionally stops at the agent's READY line, runs one command through the agent, and reports JSON.
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Machine;

namespace Harness.Cli.Commands;

internal static class BootCommand
{
    public static Command Create()
    {
        var vcpus = new Option<int>("--vcpus") { Description = "vCPUs (1-8)", DefaultValueFactory = _ => 1 };
        var mem = new Option<int>("--mem") { Description = "Guest RAM in MiB (32-4096)", DefaultValueFactory = _ => 128 };
        var cmdline = new Option<string?>("--cmdline") { Description = $"Kernel command line (default \"{MicroVmConfig.DefaultCommandLine}\")" };
        var kernel = new Option<FileInfo?>("--kernel") { Description = "Kernel Image (default: the pipeline's)" };
        var initramfs = new Option<FileInfo?>("--initramfs") { Description = "Initramfs (default: the pipeline's)" };
        var untilReady = new Option<bool>("--until-ready") { Description = "Power off once HARNESS-READY appears" };
        var exec = new Option<string?>("--exec") { Description = "Run CMD with sh -c through the agent after READY; exit with its code" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object at the end (console goes to stderr)" };
        var net = NetOption();
        var timeout = new Option<int>("--timeout") { Description = "Seconds before giving up (0: none)", DefaultValueFactory = _ => 300 };
        var disks = new Option<string[]>("--disk")
        {
            Description = "Attach FILE as a virtio disk (vda, vdb, ... in order); FILE:ro is read-only, FILE:cow keeps writes in a private overlay",
        };
        var command = new Command("boot", "Boot a Linux guest on the RISC-V monitor and stream its console")
        {
            vcpus, mem, cmdline, kernel, initramfs, untilReady, exec, json, timeout, net, disks,
        };
        command.SetAction((parse, ct) => RunAsync(new BootArguments(
            parse.GetValue(vcpus), parse.GetValue(mem), parse.GetValue(cmdline), parse.GetValue(kernel),
            parse.GetValue(initramfs), parse.GetValue(untilReady), parse.GetValue(exec), parse.GetValue(json),
            parse.GetValue(timeout), parse.GetValue(disks) ?? []) { Net = parse.GetValue(net) }, ct));
        return command;
    }

    private sealed record BootArguments(int Vcpus, int MemoryMiB, string? CommandLine, FileInfo? Kernel, FileInfo? Initramfs,
        bool UntilReady, string? Exec, bool Json, int TimeoutSeconds, string[] Disks)
    {
        public NetworkMode? Net { get; init; }
    }

    private static Option<NetworkMode?> NetOption() => new("--net")
    {
        Description = "Give the guest eth0 on a network: user (in-process, unprivileged; host 127.0.0.1:P is 10.0.2.2:P) or tap (needs root)",
        HelpName = "user|tap",
        CustomParser = r => r.Tokens.Count == 0 ? null : r.Tokens[0].Value switch
        {
            "user" => NetworkMode.User,
            "tap" => NetworkMode.Tap,
            string other => Fail(r, other),
        },
    };

    private static NetworkMode? Fail(System.CommandLine.Parsing.ArgumentResult r, string value)
    {
        r.AddError($"--net must be 'user' or 'tap', not '{value}'");
        return null;
    }

    /// <summary>Configures the guest's eth0 after READY and records where the network is.</summary>
    private static async Task ConfigureNetworkAsync(BootedGuest guest, JsonObject result, CancellationToken ct)
    {
        await NetworkSetup.ConfigureGuestAsync(guest.Agent, guest.Vm, ct).ConfigureAwait(false);
        GuestNetworkConfig config = GuestNetworkConfig.For(guest.Vm);
        result["net"] = guest.Vm.Tap != null ? "tap" : "user";
        result["guest_address"] = config.Address.ToString();
        result["host_address"] = GuestNetworkConfig.HostSideAddress(guest.Vm).ToString();
        if (guest.Vm.Tap is { } tap)
        {
            result["tap_interface"] = tap.InterfaceName;
        }
    }

    /// <summary>Parses FILE, FILE:ro or FILE:cow. A path that itself ends in ":ro" can be given as "./name:ro:".</summary>
    internal static DiskConfig ParseDisk(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int colon = spec.LastIndexOf(':');
        string suffix = colon >= 0 ? spec[(colon + 1)..] : "";
        return suffix switch
        {
            "ro" => new DiskConfig(spec[..colon], ReadOnly: true),
            "cow" => new DiskConfig(spec[..colon], CopyOnWrite: true),
            "" when colon >= 0 => new DiskConfig(spec[..colon]),
            _ => new DiskConfig(spec),
        };
    }

    private static async Task<int> RunAsync(BootArguments a, CancellationToken ct)
    {
        TextWriter consoleOut = a.Json ? Console.Error : Console.Out;
        GuestArtifacts artifacts;
        try
        {
            artifacts = a.Kernel != null
                ? new GuestArtifacts(a.Kernel.FullName, a.Initramfs?.FullName ?? "")
                : await GuestArtifacts.LocateAsync(RepoRoot.Find(), Console.Error, ct).ConfigureAwait(false);
            if (a.Kernel == null && a.Initramfs != null)
            {
                artifacts = artifacts with { InitramfsPath = a.Initramfs.FullName };
            }
        }
        catch (GuestArtifactsException e)
        {
            Console.Error.WriteLine($"boot: {e.Message}");
            return 2;
        }

        MicroVmBuilder builder = new MicroVmBuilder()
            .WithVcpus(a.Vcpus)
            .WithMemoryMiB(a.MemoryMiB)
            .WithKernel(artifacts.KernelPath)
            .WithInitramfs(string.IsNullOrEmpty(artifacts.InitramfsPath) ? null : artifacts.InitramfsPath);
        if (a.CommandLine != null)
        {
            builder = builder.WithCommandLine(a.CommandLine);
        }

        if (a.Net is NetworkMode mode)
        {
            builder = builder.WithNetwork(mode);
        }

        foreach (string spec in a.Disks)
        {
            DiskConfig disk = ParseDisk(spec);
            builder = builder.WithDisk(disk.Path, disk.ReadOnly, disk.CopyOnWrite);
        }

        var printer = new ConsolePrinter(consoleOut);
        builder = builder.WithConsoleSink(chunk => printer.Feed(chunk.Span));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (a.TimeoutSeconds > 0)
        {
            cts.CancelAfter(TimeSpan.FromSeconds(a.TimeoutSeconds));
        }

        var result = new JsonObject { ["vcpus"] = a.Vcpus, ["mem_mib"] = a.MemoryMiB };
        int exitCode = 0;
        MicroVm? vm = null;
        BootedGuest? guest = null;
        try
        {
            if (a.UntilReady || a.Exec != null)
            {
                guest = await BootedGuest.BootAsync(builder, Timeout.InfiniteTimeSpan, cts.Token).ConfigureAwait(false);
                vm = guest.Vm;
                result["boot_ms"] = Math.Round(guest.TimeToReady.TotalMilliseconds, 3);
                result["ready_instructions"] = guest.InstructionsToReady;
                result["agent_transport"] = vm.VsockUdsPath != null ? "vsock" : "console";
                if (a.Net != null)
                {
                    await ConfigureNetworkAsync(guest, result, cts.Token).ConfigureAwait(false);
                }
                if (a.Exec != null)
                {
                    long e0 = Stopwatch.GetTimestamp();
                    ExecResult r = await guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", a.Exec]), cts.Token).ConfigureAwait(false);
                    result["exec_ms"] = Math.Round(Stopwatch.GetElapsedTime(e0).TotalMilliseconds, 3);
                    result["exec_exit_code"] = r.ExitCode;
                    printer.Flush();
                    Stream stdout = a.Json ? Console.OpenStandardError() : Console.OpenStandardOutput();
                    await stdout.WriteAsync(r.Stdout, ct).ConfigureAwait(false);
                    await stdout.FlushAsync(ct).ConfigureAwait(false);
                    await Console.Error.WriteAsync(r.StderrText).ConfigureAwait(false);
                    exitCode = r.TimedOut ? 124 : r.ExitCode;
                }

                await guest.PowerOffAsync(TimeSpan.FromSeconds(10), cts.Token).ConfigureAwait(false);
            }
            else
            {
                vm = builder.Build();
                await vm.StartAsync(cts.Token).ConfigureAwait(false);
                await vm.Exited.WaitAsync(cts.Token).ConfigureAwait(false);
            }
        }
        catch (MicroVmConfigException e)
        {
            Console.Error.WriteLine($"boot: {e.Message}");
            return 2;
        }
        catch (Harness.Vmm.Devices.Virtio.Net.Tap.TapUnavailableException e)
        {
            Console.Error.WriteLine($"boot: --net tap: {e.Message}");
            return 2;
        }
        catch (NetworkSetupException e)
        {
            printer.Flush();
            Console.Error.WriteLine($"boot: {e.Message}");
            exitCode = 1;
        }
        catch (GuestBootException e)
        {
            printer.Flush();
            Console.Error.WriteLine($"boot: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(ct.IsCancellationRequested ? "boot: interrupted" : $"boot: timed out after {a.TimeoutSeconds} s");
            exitCode = ct.IsCancellationRequested ? 130 : 124;
        }

        if (vm == null)
        {
            return exitCode;
        }

        VmExitReason reason = vm.ExitReason == VmExitReason.None
            ? await vm.StopAsync(CancellationToken.None).ConfigureAwait(false)
            : await vm.Exited.ConfigureAwait(false);
        printer.Flush();
        if (reason == VmExitReason.VcpuFault)
        {
            Console.Error.WriteLine($"boot: {vm.FaultMessage}");
            exitCode = exitCode == 0 ? 1 : exitCode;
        }

        result["ready"] = result["boot_ms"] != null;
        result["exit_reason"] = reason.ToString();
        long instructions = vm.InstructionsRetired;
        result["guest_instructions"] = instructions;
        result["sbi_calls"] = vm.SbiCalls;
        result["vcpu_cpu_ms"] = Math.Round(vm.VcpuRunTime.TotalMilliseconds, 3);
        if (guest != null)
        {
            await guest.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await vm.DisposeAsync().ConfigureAwait(false);
        }

        if (a.Json)
        {
            Console.Out.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }
        else
        {
            Console.Error.WriteLine($"exit: {reason}; {instructions:N0} guest instructions" +
                (result["boot_ms"] is { } b ? $"; READY after {b} ms" : ""));
        }

        return exitCode;
    }

    /// <summary>Prints console text, leaving out the agent's protocol frames.</summary>
    private sealed class ConsolePrinter(TextWriter output) : IConsoleDemuxSink
    {
        private readonly object _lock = new();
        private ConsoleDemux? _demux;

        public void Feed(ReadOnlySpan<byte> data)
        {
            lock (_lock)
            {
                (_demux ??= new ConsoleDemux(this)).Feed(data);
            }
        }

        public void Flush()
        {
            lock (_lock)
            {
                _demux?.Complete();
                _demux = null;
                output.Flush();
            }
        }

        public void OnFrame(AgentFrame frame)
        {
        }

        public void OnBadFrame(AgentProtocolException error)
        {
        }

        public void OnLogLine(string line) => output.WriteLine(line);
    }
}
