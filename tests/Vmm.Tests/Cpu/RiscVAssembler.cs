// Assembles RISC-V test snippets with the cross toolchain into flat binaries, cached on disk by source hash.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Harness.Vmm.Tests.Cpu;

/// <summary>Turns assembly text into the raw bytes of a program linked at a given address.</summary>
internal static class RiscVAssembler
{
    private static readonly string CacheDir = Path.Combine(Path.GetTempPath(), "harness-cpu-asm");

    /// <summary>Assembles <paramref name="source"/> (rv64gc) linked at <paramref name="origin"/>.</summary>
    public static byte[] Assemble(string source, ulong origin = 0x8000_0000, string march = "rv64gc") =>
        AssembleProgram("    .option nopic\n    .section .text\n    .globl _start\n_start:\n" + source + "\n", origin, march);

    /// <summary>
    /// Assembles a complete program that defines its own sections and <c>_start</c>. With <paramref name="onlyText"/>
    /// the flat binary holds the .text section alone (what a program that sizes itself, like a kernel Image, needs).
    /// </summary>
    public static byte[] AssembleProgram(string program, ulong origin = 0x8000_0000, string march = "rv64gc", bool onlyText = false)
    {
        string text = $"{march}\n{origin:x}\n{onlyText}\n{program}";
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
        Directory.CreateDirectory(CacheDir);
        string bin = Path.Combine(CacheDir, hash + ".bin");
        if (File.Exists(bin))
        {
            return File.ReadAllBytes(bin);
        }

        string work = Path.Combine(CacheDir, hash + "." + Environment.ProcessId + ".d");
        Directory.CreateDirectory(work);
        try
        {
            string src = Path.Combine(work, "t.S");
            File.WriteAllText(src, program);
            string obj = Path.Combine(work, "t.o");
            string elf = Path.Combine(work, "t.elf");
            string raw = Path.Combine(work, "t.bin");
            Exec("riscv64-linux-gnu-gcc", $"-c -march={march} -mabi=lp64d -o {obj} {src}");
            Exec("riscv64-linux-gnu-ld", $"-Ttext=0x{origin:x} --no-relax -o {elf} {obj}");
            Exec("riscv64-linux-gnu-objcopy", $"-O binary {(onlyText ? "-j .text " : "")}{elf} {raw}");
            byte[] bytes = File.ReadAllBytes(raw);
            File.Move(raw, bin, overwrite: true);
            return bytes;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Exec(string tool, string args)
    {
        Process? started;
        try
        {
            started = Process.Start(new ProcessStartInfo(tool, args)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed: apt-get install gcc-riscv64-linux-gnu (scripts/test installs it)", e);
        }

        using Process p = started ?? throw new InvalidOperationException($"could not start {tool}");
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {args} failed:\n{err}");
        }
    }
}
