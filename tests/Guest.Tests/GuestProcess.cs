// A guest agent running in a child process with its console on the process's stdin and stdout:
// either a whole guest under qemu-system-riscv64 (the reference machine, not our monitor) or the
// agent alone under qemu-riscv64-static in --stdio mode. Kills the process if the test did not end it.
using System.Diagnostics;
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests;

internal sealed class GuestProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private GuestProcess(Process process, AgentClient client)
    {
        _process = process;
        Client = client;
        Launched = Stopwatch.StartNew();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public AgentClient Client { get; }

    public Stopwatch Launched { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Boots the kernel and initramfs with the console on ttyS0, which QEMU wires to stdio.</summary>
    public static GuestProcess BootQemu(TestArtifacts artifacts, int harts)
    {
        string qemu = TestArtifacts.RequireTool("qemu-system-riscv64", "qemu-system-misc");
        return Start(qemu,
        [
            "-M", "virt", "-bios", "default", "-nographic", "-monitor", "none", "-serial", "stdio",
            "-m", "256M", "-smp", harts.ToString(System.Globalization.CultureInfo.InvariantCulture), "-no-reboot",
            "-kernel", artifacts.Kernel, "-initrd", artifacts.Initramfs,
            // panic=-1 with -no-reboot turns a dead /init into a QEMU exit instead of a hang.
            "-append", "console=ttyS0 panic=-1",
        ]);
    }

    /// <summary>Runs the agent alone in --stdio mode: its protocol without a kernel, in milliseconds.</summary>
    public static GuestProcess StartStdioAgent(TestArtifacts artifacts)
    {
        string qemu = TestArtifacts.RequireTool("qemu-riscv64-static", "qemu-user-static");
        return Start(qemu, [artifacts.Agent, "--stdio"]);
    }

    private static GuestProcess Start(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var client = new AgentClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        return new GuestProcess(process, client);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The console text so far plus QEMU's stderr, for failure messages and attachments.</summary>
    public string Transcript() => Client.Log.Text + "\n--- stderr ---\n" + Stderr;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await Client.DisposeAsync();
        _process.Dispose();
    }
}
