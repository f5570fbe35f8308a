// One pool of sandboxes for every test in this namespace: the default guest, warmed with a file every sandbox sees.
using Harness.Guest;
using Harness.NUnit;
using Harness.Sandboxes;

namespace Harness.Examples.Tests;

[SetUpFixture]
public sealed class PoolSetUp : SandboxPoolSetUp
{
    protected override SandboxPoolOptions PoolOptions => new() { MinIdle = 2, MaxSize = 4 };

    protected override async Task<SandboxBuilder> ConfigureAsync()
    {
        GuestArtifacts guest = await GuestArtifacts.LocateAsync(RepositoryRoot(), TextWriter.Null);
        return new SandboxBuilder()
            .WithKernel(guest.KernelPath, guest.InitramfsPath)
            .WithWarmup("echo 'hello from the warm-up' > /etc/motd")
            .WithEnvironment("APP_ENV", "test");
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("cannot find Harness.sln above the test directory");
    }
}
