// Builds small RISC-V guest programs from assembly with Debian's cross toolchain, cached by content hash so a
// second test run costs nothing.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Harness.Vmm.Tests.Support;

internal static class CrossAssembler
{
    private const string Gcc = "riscv64-linux-gnu-gcc";
    private const string Objcopy = "riscv64-linux-gnu-objcopy";

    private static readonly string CacheDir = Path.Combine(Path.GetTempPath(), "harness-test-programs");

    /// <summary>Assembles <paramref name="source"/> linked at <paramref name="linkAddress"/> and returns the flat binary.</summary>
    public static byte[] BuildFlatBinary(string source, ulong linkAddress)
    {
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{linkAddress:x}\n{source}")))[..16];
        string bin = Path.Combine(CacheDir, key + ".bin");
        if (File.Exists(bin))
        {
            return File.ReadAllBytes(bin);
        }

        Directory.CreateDirectory(CacheDir);
        string work = Path.Combine(CacheDir, key + "." + Environment.ProcessId);
        Directory.CreateDirectory(work);
        try
        {
            string asm = Path.Combine(work, "prog.S");
            string elf = Path.Combine(work, "prog.elf");
            File.WriteAllText(asm, source);
            Run(Gcc, $"-march=rv64gc -mabi=lp64d -static -fno-pie -no-pie -nostdlib -nostartfiles -mcmodel=medany " +
                     $"-Wl,--build-id=none -Wl,-Ttext=0x{linkAddress:x} -o {elf} {asm}");
            string tmp = Path.Combine(work, "prog.bin");
            Run(Objcopy, $"-O binary {elf} {tmp}");
            File.Move(tmp, bin, overwrite: true);
            return File.ReadAllBytes(bin);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Run(string tool, string arguments)
    {
        Process p;
        try
        {
            p = Process.Start(new ProcessStartInfo(tool, arguments)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed: apt-get install gcc-riscv64-linux-gnu (scripts/test installs it)", e);
        }

        using (p)
        {
            string err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} {arguments} failed:\n{err}");
            }
        }
    }
}
