// Finds the guest kernel, initramfs and agent the tests boot: from HARNESS_KERNEL / HARNESS_INITRAMFS
// / HARNESS_AGENT when set, otherwise from the last lines scripts/build-kernel prints (a cache hit
// takes about a second). Missing artifacts fail the test with the command that makes them.
using System.Diagnostics;

namespace Harness.Guest.Tests;

internal sealed record GuestArtifacts(string Kernel, string Initramfs, string Agent)
{
    private static readonly Lazy<GuestArtifacts> Shared = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static GuestArtifacts Get() => Shared.Value;

    public static string RepoRoot()
    {
        foreach (string start in new[] { TestContext.CurrentContext.TestDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? d = new(start); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
                {
                    return d.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln) above the test directory");
    }

    public static string RequireTool(string name, string package)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            string path = Path.Combine(dir, name);
            if (dir.Length > 0 && File.Exists(path))
            {
                return path;
            }
        }

        Assert.Fail($"{name} is not installed: apt-get install {package} (scripts/lib/deps.sh lists it)");
        throw new UnreachableException();
    }

    private static GuestArtifacts Locate()
    {
        string? kernel = Environment.GetEnvironmentVariable("HARNESS_KERNEL");
        string? initramfs = Environment.GetEnvironmentVariable("HARNESS_INITRAMFS");
        string? agent = Environment.GetEnvironmentVariable("HARNESS_AGENT");
        if (string.IsNullOrEmpty(kernel) || string.IsNullOrEmpty(initramfs))
        {
            (kernel, initramfs) = RunBuildScript();
        }

        agent = string.IsNullOrEmpty(agent) ? Path.Combine(Path.GetDirectoryName(initramfs)!, "init") : agent;
        foreach ((string what, string path) in new[] { ("kernel", kernel), ("initramfs", initramfs), ("agent", agent) })
        {
            if (!File.Exists(path))
            {
                Assert.Fail($"the guest {what} {path} does not exist: run scripts/build-kernel");
            }
        }

        return new GuestArtifacts(kernel, initramfs, agent);
    }

    private static (string Kernel, string Initramfs) RunBuildScript()
    {
        string script = Path.Combine(RepoRoot(), "scripts", "build-kernel");
        var info = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {script}");
        // Progress goes to stderr; pass it on so a cold build is visibly alive in the test output.
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                TestContext.Progress.WriteLine(e.Data);
            }
        };
        p.BeginErrorReadLine();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            Assert.Fail($"scripts/build-kernel failed (exit {p.ExitCode}); run scripts/build-kernel to see why");
        }

        string? Value(string key) => stdout.Split('\n')
            .Where(l => l.StartsWith(key + "=", StringComparison.Ordinal))
            .Select(l => l[(key.Length + 1)..].Trim())
            .LastOrDefault();
        string? kernel = Value("KERNEL");
        string? initramfs = Value("INITRAMFS");
        if (kernel == null || initramfs == null)
        {
            Assert.Fail("scripts/build-kernel printed no KERNEL= and INITRAMFS= lines: run scripts/build-kernel");
        }

        return (kernel!, initramfs!);
    }
}
