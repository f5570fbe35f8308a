// `harness kernel build`: runs the cached guest kernel, busybox and initramfs pipeline.
using System.CommandLine;
using System.Diagnostics;

namespace Harness.Cli.Commands;

internal static class KernelCommand
{
    public static Command Create()
    {
        var build = new Command("build", "Build (or take from the cache) the guest kernel Image and initramfs");
        build.SetAction(_ => RunBuildScript());
        var kernel = new Command("kernel", "Guest kernel artifacts");
        kernel.Subcommands.Add(build);
        return kernel;
    }

    private static int RunBuildScript()
    {
        string script = Path.Combine(RepoRoot.Find(), "scripts", "build-kernel");
        using var p = Process.Start(new ProcessStartInfo(script) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"could not start {script}");
        p.WaitForExit();
        return p.ExitCode;
    }
}
