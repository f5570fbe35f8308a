// Helpers the virtio end-to-end tests share: running shell scripts through the agent, building ext4 images from
// folders, hashing files, and checking a console for kernel trouble.
using System.Security.Cryptography;
using Harness.Agent;
using Harness.Disks;
using Harness.Guest;
using Harness.Vmm.Machine;

namespace Harness.Integration.Tests;

internal static class VirtioTestKit
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    /// <summary>Boots <paramref name="builder"/> to READY; a failed boot shows the guest's console in the test output.</summary>
    public static async Task<BootedGuest> BootAsync(MicroVmBuilder builder)
    {
        try
        {
            return await BootedGuest.BootAsync(builder, DefaultGuest.BootTimeout);
        }
        catch (GuestBootException e)
        {
            await TestContext.Out.WriteLineAsync($"guest console:\n{e.Console}");
            throw;
        }
    }

    /// <summary>Runs <paramref name="script"/> with sh -c and returns its stdout; a non-zero exit fails the test.</summary>
    public static async Task<string> ShAsync(BootedGuest guest, string script, TimeSpan? timeout = null)
    {
        ExecResult r = await RunAsync(guest, script, timeout);
        r.ExitCode.Should().Be(0, $"'{script}' failed: {r.StderrText}");
        return r.StdoutText;
    }

    /// <summary>Runs <paramref name="script"/> with sh -c, whatever its exit code.</summary>
    public static Task<ExecResult> RunAsync(BootedGuest guest, string script, TimeSpan? timeout = null) =>
        guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", script]) { Timeout = timeout ?? Step }).WaitAsync((timeout ?? Step) + Step);

    /// <summary>An ext4 image of <paramref name="sizeMiB"/> MiB in <paramref name="dir"/> holding <paramref name="files"/>.</summary>
    public static async Task<string> MakeImageAsync(string dir, string name, int sizeMiB, IReadOnlyDictionary<string, byte[]> files)
    {
        string folder = Path.Combine(dir, name + ".d");
        Directory.CreateDirectory(folder);
        foreach ((string path, byte[] data) in files)
        {
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, data);
        }

        string image = Path.Combine(dir, name + ".ext4");
        await Ext4Image.CreateAsync(folder, image, sizeMiB);
        return image;
    }

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string FileSha256(string path)
    {
        using FileStream f = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(f));
    }

    public static void ConsoleIsClean(BootedGuest guest) =>
        guest.Vm.Console.ToString().Should().NotContainAny("Oops", "BUG:", "WARNING:", "panic", "stall", "Unable to handle");
}
