// Runs the reference device tree compiler (dtc, Debian's device-tree-compiler) on a blob we wrote.
using System.Diagnostics;

namespace Harness.Vmm.Tests.Boot;

internal static class Dtc
{
    /// <summary>Decompiles <paramref name="dtb"/> to DTS text; fails the test if dtc rejects it or (unless allowed) warns.</summary>
    public static string Decompile(byte[] dtb, bool allowWarnings = false)
    {
        string path = Path.Combine(Path.GetTempPath(), $"harness-fdt-{Guid.NewGuid():N}.dtb");
        File.WriteAllBytes(path, dtb);
        try
        {
            var start = new ProcessStartInfo("dtc")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { "-I", "dtb", "-O", "dts", path })
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)
                ?? throw new InvalidOperationException("dtc did not start (install device-tree-compiler)");
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string errors = stderr.GetAwaiter().GetResult();
            process.ExitCode.Should().Be(0, $"dtc must accept the blob: {errors}");
            if (!allowWarnings)
            {
                errors.Should().BeEmpty("dtc should have no warnings about the blob");
            }

            return stdout;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
