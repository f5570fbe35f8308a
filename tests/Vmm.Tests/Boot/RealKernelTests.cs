// The loader against the real guest kernel and initramfs built by scripts/build-kernel, when that pipeline exists.
using System.Diagnostics;
using Harness.Vmm.Boot;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Boot;

public class RealKernelTests
{
    [Test]
    public void The_built_kernel_parses_and_loads_with_its_initramfs()
    {
        (string kernelPath, string initramfsPath) = LocateGuest();
        KernelImage kernel = KernelImage.Load(kernelPath);
        kernel.TextOffset.Should().Be(0x20_0000, "Linux RV64 loads 2 MiB into RAM");
        kernel.ImageSize.Should().BeGreaterThan((ulong)kernel.Bytes.Length, "image_size covers bss beyond the file");

        byte[] initramfs = File.ReadAllBytes(initramfsPath);
        using GuestMemory memory = GuestMemory.CreateAnonymous(VirtMemoryMap.RamBase, 256UL << 20);
        BootInfo boot = BootLoader.Load(memory, kernel, initramfs,
            new MachineDescription { HartCount = 2, RamSize = memory.Size, Bootargs = "console=ttyS0" });

        boot.EntryPc.Should().Be(0x8020_0000);
        memory.GetReadSpan(boot.EntryPc, 64).ToArray().Should().Equal(kernel.Bytes[..64].ToArray());
        boot.Plan.Initrd!.Value.Start.Should().BeGreaterThanOrEqualTo(boot.Plan.KernelEnd);
        DtsTree.Parse(Dtc.Decompile(boot.DeviceTree)).Prop("/chosen", "linux,initrd-end")
            .Should().Be($"<0x00 0x{boot.Plan.Initrd.Value.End:x}>");
    }

    // HARNESS_KERNEL/HARNESS_INITRAMFS name prebuilt files; otherwise scripts/build-kernel (cached) prints them.
    private static (string Kernel, string Initramfs) LocateGuest()
    {
        string? kernel = Environment.GetEnvironmentVariable("HARNESS_KERNEL");
        string? initramfs = Environment.GetEnvironmentVariable("HARNESS_INITRAMFS");
        if (!string.IsNullOrEmpty(kernel) && !string.IsNullOrEmpty(initramfs))
        {
            return (kernel, initramfs);
        }

        string? root = FindRepositoryRoot();
        string script = root is null ? "" : Path.Combine(root, "scripts", "build-kernel");
        Assume.That(File.Exists(script), "no scripts/build-kernel in this tree and HARNESS_KERNEL is unset: no real kernel to load");

        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, stderr.GetAwaiter().GetResult());
        string Value(string key) => stdout.Split('\n').Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
        return (Value("KERNEL"), Value("INITRAMFS"));
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Harness.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
