// The pipeline's kernel and initramfs, located once per test run (scripts/build-kernel builds them when needed).
using Harness.Guest;
using Harness.Vmm.Machine;

namespace Harness.Integration.Tests;

internal static class DefaultGuest
{
    public static readonly TimeSpan BootTimeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<Task<GuestArtifacts>> Artifacts = new(() => GuestArtifacts.LocateAsync(FindRoot(), TextWriter.Null));

    public static async Task<MicroVmBuilder> BuilderAsync(int vcpus = 1, int memoryMiB = 128)
    {
        GuestArtifacts a = await Artifacts.Value;
        return new MicroVmBuilder().WithKernel(a.KernelPath).WithInitramfs(a.InitramfsPath)
            .WithVcpus(vcpus).WithMemoryMiB(memoryMiB);
    }

    public static async Task<BootedGuest> BootAsync(int vcpus = 1, int memoryMiB = 128) =>
        await BootedGuest.BootAsync(await BuilderAsync(vcpus, memoryMiB), BootTimeout);

    private static string FindRoot()
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

/// <summary>The default kernel and initramfs paths.</summary>
internal sealed record MicroVmArtifacts(string Kernel, string Initramfs)
{
    public static async Task<MicroVmArtifacts> GetAsync()
    {
        Harness.Vmm.Machine.MicroVmConfig c = (await DefaultGuest.BuilderAsync()).BuildConfig();
        return new MicroVmArtifacts(c.KernelPath, c.InitramfsPath!);
    }
}
