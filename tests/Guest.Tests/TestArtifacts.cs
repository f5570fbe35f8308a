// The guest kernel, initramfs and agent binary these tests run: located through Harness.Guest.GuestArtifacts
// (HARNESS_KERNEL / HARNESS_INITRAMFS, otherwise the last lines of scripts/build-kernel, a cache hit in about a
// second), plus the agent binary kept beside the initramfs (or HARNESS_AGENT). Missing artifacts fail the test
// with the command that makes them.
using System.Diagnostics;
using Harness.Guest;

namespace Harness.Guest.Tests;

internal sealed record TestArtifacts(string Kernel, string Initramfs, string Agent)
{
    private static readonly Lazy<TestArtifacts> Shared = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TestArtifacts Get() => Shared.Value;

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

    private static TestArtifacts Locate()
    {
        GuestArtifacts located;
        try
        {
            located = GuestArtifacts.LocateAsync(RepoRoot(), TestContext.Progress).GetAwaiter().GetResult();
        }
        catch (GuestArtifactsException e)
        {
            Assert.Fail($"no guest artifacts ({e.Message}): run scripts/build-kernel");
            throw new UnreachableException();
        }

        string? agent = Environment.GetEnvironmentVariable("HARNESS_AGENT");
        agent = string.IsNullOrEmpty(agent) ? Path.Combine(Path.GetDirectoryName(located.InitramfsPath)!, "init") : agent;
        foreach ((string what, string path) in new[] { ("kernel", located.KernelPath), ("initramfs", located.InitramfsPath), ("agent", agent) })
        {
            if (!File.Exists(path))
            {
                Assert.Fail($"the guest {what} {path} does not exist: run scripts/build-kernel");
            }
        }

        return new TestArtifacts(located.KernelPath, located.InitramfsPath, agent);
    }

    private static string RepoRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln) above the test directory");
    }
}
