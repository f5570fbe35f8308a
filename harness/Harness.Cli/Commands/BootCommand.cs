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
        var timeout = new Option<int>("--timeout") { Description = "Seconds before giving up (0: none)", DefaultValueFactory = _ => 300 };
        var command = new Command("boot", "Boot a Linux guest on the RISC-V monitor and stream its console")
        {
            vcpus, mem, cmdline, kernel, initramfs, untilReady, exec, json, timeout,
        };
        command.SetAction((parse, ct) => RunAsync(new BootArguments(
            parse.GetValue(vcpus), parse.GetValue(mem), parse.GetValue(cmdline), parse.GetValue(kernel),
            parse.GetValue(initramfs), parse.GetValue(untilReady), parse.GetValue(exec), parse.GetValue(json),
            parse.GetValue(timeout)), ct));
        return command;
    }

    private sealed record BootArguments(int Vcpus, int MemoryMiB, string? CommandLine, FileInfo? Kernel, FileInfo? Initramfs,
        bool UntilReady, string? Exec, bool Json, int TimeoutSeconds);

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

        var builder = new MicroVmBuilder()
            .WithVcpus(a.Vcpus)
            .WithMemoryMiB(a.MemoryMiB)
            .WithKernel(artifacts.KernelPath)
            .WithInitramfs(string.IsNullOrEmpty(artifacts.InitramfsPath) ? null : artifacts.InitramfsPath);
        if (a.CommandLine != null)
        {
            builder = builder.WithCommandLine(a.CommandLine);
        }

        long t0 = Stopwatch.GetTimestamp();
        MicroVm vm;
        try
        {
            vm = builder.Build();
        }
        catch (MicroVmConfigException e)
        {
            Console.Error.WriteLine($"boot: {e.Message}");
            return 2;
        }

        await using (vm.ConfigureAwait(false))
        {
            double createMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            var printer = new ConsolePrinter(consoleOut);
            using IDisposable streaming = vm.Console.Subscribe(chunk => printer.Feed(chunk.Span));
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (a.TimeoutSeconds > 0)
            {
                cts.CancelAfter(TimeSpan.FromSeconds(a.TimeoutSeconds));
            }

            await using var transport = new ConsoleAgentTransport(vm);
            await using var agent = new AgentClient(transport);
            await vm.StartAsync(cts.Token).ConfigureAwait(false);

            var result = new JsonObject
            {
                ["vcpus"] = a.Vcpus,
                ["mem_mib"] = a.MemoryMiB,
                ["create_ms"] = Math.Round(createMs, 3),
            };
            int exitCode = 0;
            bool ready = false;
            try
            {
                if (a.UntilReady || a.Exec != null)
                {
                    Task first = await Task.WhenAny(vm.Console.Ready, vm.Exited).WaitAsync(cts.Token).ConfigureAwait(false);
                    ready = first == vm.Console.Ready;
                    if (ready)
                    {
                        result["boot_ms"] = Math.Round(Stopwatch.GetElapsedTime(t0).TotalMilliseconds, 3);
                        result["ready_instructions"] = vm.InstructionsRetired;
                    }
                }

                if (ready && a.Exec != null)
                {
                    long e0 = Stopwatch.GetTimestamp();
                    ExecResult r = await agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", a.Exec]), cts.Token).ConfigureAwait(false);
                    result["exec_ms"] = Math.Round(Stopwatch.GetElapsedTime(e0).TotalMilliseconds, 3);
                    result["exec_exit_code"] = r.ExitCode;
                    printer.Flush();
                    await consoleOut.FlushAsync(ct).ConfigureAwait(false);
                    Stream stdout = a.Json ? Console.OpenStandardError() : Console.OpenStandardOutput();
                    await stdout.WriteAsync(r.Stdout, ct).ConfigureAwait(false);
                    await stdout.FlushAsync(ct).ConfigureAwait(false);
                    await Console.Error.WriteAsync(r.StderrText).ConfigureAwait(false);
                    exitCode = r.TimedOut ? 124 : r.ExitCode;
                }

                if (ready)
                {
                    // Ask the guest to power off; if the agent cannot, the host stops the VM.
                    try
                    {
                        using var offCts = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
                        offCts.CancelAfter(TimeSpan.FromSeconds(10));
                        await agent.PowerOffAsync(offCts.Token).ConfigureAwait(false);
                        await vm.Exited.WaitAsync(offCts.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is OperationCanceledException or AgentException or IOException)
                    {
                        await vm.StopAsync(CancellationToken.None).ConfigureAwait(false);
                    }
                }
                else if (!a.UntilReady && a.Exec == null)
                {
                    await vm.Exited.WaitAsync(cts.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine(ct.IsCancellationRequested ? "boot: interrupted" : $"boot: timed out after {a.TimeoutSeconds} s");
                exitCode = ct.IsCancellationRequested ? 130 : 124;
            }

            VmExitReason reason = vm.ExitReason == VmExitReason.None
                ? await vm.StopAsync(CancellationToken.None).ConfigureAwait(false)
                : await vm.Exited.ConfigureAwait(false);
            printer.Flush();
            if ((a.UntilReady || a.Exec != null) && !ready && exitCode == 0)
            {
                Console.Error.WriteLine($"boot: the VM ended ({reason}) before HARNESS-READY");
                exitCode = 1;
            }

            if (reason == VmExitReason.VcpuFault)
            {
                Console.Error.WriteLine($"boot: {vm.FaultMessage}");
                exitCode = exitCode == 0 ? 1 : exitCode;
            }

            result["ready"] = ready;
            result["exit_reason"] = reason.ToString();
            result["guest_instructions"] = vm.InstructionsRetired;
            result["sbi_calls"] = vm.SbiCalls;
            result["vcpu_cpu_ms"] = Math.Round(vm.VcpuRunTime.TotalMilliseconds, 3);
            result["total_ms"] = Math.Round(Stopwatch.GetElapsedTime(t0).TotalMilliseconds, 3);
            if (a.Json)
            {
                Console.Out.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            }
            else
            {
                Console.Error.WriteLine($"exit: {reason}; {vm.InstructionsRetired:N0} guest instructions" +
                    (result["boot_ms"] is { } b ? $"; READY after {b} ms" : ""));
            }

            return exitCode;
        }
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
