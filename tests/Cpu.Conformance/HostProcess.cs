// Runs a host program (gcc, QEMU) with a timeout, capturing stdout and stderr as bytes.
using System.Diagnostics;
using System.Text;

namespace Harness.Cpu.Conformance;

internal sealed record ProcessResult(int ExitCode, byte[] Stdout, byte[] Stderr, bool TimedOut, TimeSpan Elapsed)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    public string StderrText => Encoding.UTF8.GetString(Stderr);
}

internal static class HostProcess
{
    public static ProcessResult Run(string file, IEnumerable<string> args, TimeSpan timeout, byte[]? stdin = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        using Process p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        Task o = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task e = p.StandardError.BaseStream.CopyToAsync(stderr);
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
        }

        p.StandardInput.Close();
        bool exited = p.WaitForExit(timeout);
        if (!exited)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        Task.WaitAll(o, e);
        sw.Stop();
        return new ProcessResult(exited ? p.ExitCode : -1, stdout.ToArray(), stderr.ToArray(), !exited, sw.Elapsed);
    }
}
