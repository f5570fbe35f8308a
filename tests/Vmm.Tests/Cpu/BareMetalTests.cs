// The ELF loader's typed errors and the bare-metal runner's HTIF exit codes and console.
using System.Diagnostics;
using Harness.Vmm.Cpu.RiscV.BareMetal;

namespace Harness.Vmm.Tests.Cpu;

public class BareMetalTests
{
    private static readonly string WorkDir = Path.Combine(Path.GetTempPath(), "harness-cpu-elf");

    private const string Program = """
        .section .text.init
        .globl _start
        _start:
        la t0, msg
        la t1, tohost
        la t2, fromhost
        1: lbu a0, 0(t0)
        beqz a0, 3f
        li t3, 0x0101000000000000
        or a0, a0, t3
        sd a0, 0(t1)
        2: ld t4, 0(t2)
        beqz t4, 2b
        sd zero, 0(t2)
        addi t0, t0, 1
        j 1b
        3: li a0, EXITCODE
        slli a0, a0, 1
        ori a0, a0, 1
        sd a0, 0(t1)
        4: j 4b
        msg: .asciz "hello\n"
        .section .tohost, "aw"
        .balign 64
        .globl tohost
        tohost: .dword 0
        .balign 64
        .globl fromhost
        fromhost: .dword 0
        """;

    private const string LinkerScript = """
        OUTPUT_ARCH(riscv)
        ENTRY(_start)
        SECTIONS {
          . = 0x80000000;
          .text.init : { *(.text.init) }
          .text : { *(.text*) }
          . = ALIGN(0x1000);
          .tohost : { *(.tohost) }
          .data : { *(.data*) *(.bss*) }
        }
        """;

    private static string BuildElf(int exitCode)
    {
        Directory.CreateDirectory(WorkDir);
        string key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Program + LinkerScript + exitCode)))[..16];
        string elf = Path.Combine(WorkDir, $"hello-{key}.elf");
        if (File.Exists(elf))
        {
            return elf;
        }

        string script = Path.Combine(WorkDir, $"link.{Environment.ProcessId}.ld");
        File.WriteAllText(script, LinkerScript);
        string src = Path.Combine(WorkDir, $"hello{exitCode}.{Environment.ProcessId}.S");
        File.WriteAllText(src, Program.Replace("EXITCODE", exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string tmp = elf + "." + Environment.ProcessId;
        using (var p = Process.Start(new ProcessStartInfo("riscv64-linux-gnu-gcc",
            $"-march=rv64gc -mabi=lp64d -static -fno-pie -no-pie -nostdlib -nostartfiles -mcmodel=medany -Wl,--build-id=none -T {script} -o {tmp} {src}")
            { RedirectStandardError = true, UseShellExecute = false })!)
        {
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            p.ExitCode.Should().Be(0, err);
        }

        File.Move(tmp, elf, overwrite: true);
        File.Delete(src);
        File.Delete(script);
        return elf;
    }

    [Test]
    public void Htif_console_and_pass_exit()
    {
        var console = new StringWriter();
        BareMetalResult r = BareMetalRunner.Run(BuildElf(0), new BareMetalOptions { Console = console });
        r.StopReason.Should().Be(BareMetalStopReason.HtifExit);
        r.Passed.Should().BeTrue();
        r.ConsoleOutput.Should().Be("hello\n");
        console.ToString().Should().Be("hello\n");
        r.InstructionsRetired.Should().BeGreaterThan(50).And.BeLessThan(1000, "fromhost is answered as soon as tohost is written");
    }

    [Test]
    public void Htif_failure_code_is_reported()
    {
        BareMetalResult r = BareMetalRunner.Run(BuildElf(5), new BareMetalOptions());
        r.Passed.Should().BeFalse();
        r.ExitCode.Should().Be(5);
    }

    [Test]
    public void Instruction_limit_stops_the_run()
    {
        BareMetalResult r = BareMetalRunner.Run(BuildElf(0), new BareMetalOptions { MaxInstructions = 10 });
        r.StopReason.Should().Be(BareMetalStopReason.InstructionLimit);
        r.InstructionsRetired.Should().Be(10);
    }

    [Test]
    public void Loader_rejects_bad_files_with_typed_errors()
    {
        byte[] good = File.ReadAllBytes(BuildElf(0));
        Expect(good[..40], ElfLoadError.Truncated);
        Expect([1, 2, 3, 4, 5], ElfLoadError.NotElf);
        Expect(Patched(good, 4, 1), ElfLoadError.NotElf64);
        Expect(Patched(good, 5, 2), ElfLoadError.NotLittleEndian);
        Expect(Patched(good, 18, 62), ElfLoadError.NotRiscV);

        // Cut inside the first segment's contents.
        Expect(good[..(good.Length / 2 > 200 ? 200 : good.Length / 2)], ElfLoadError.Truncated);

        ElfImage image = ElfImage.Parse(good);
        image.Symbols.Should().ContainKey("tohost");
        var tiny = new BareMetalOptions { MemorySize = 4096 };
        FluentActions.Invoking(() => BareMetalRunner.Run(image, tiny with { MemorySize = 0x1000 }))
            .Should().Throw<ElfLoadException>().Which.Error.Should().Be(ElfLoadError.SegmentOutsideRam);
    }

    private static byte[] Patched(byte[] data, int offset, byte value)
    {
        byte[] copy = (byte[])data.Clone();
        copy[offset] = value;
        return copy;
    }

    private static void Expect(byte[] data, ElfLoadError error) =>
        FluentActions.Invoking(() => ElfImage.Parse(data)).Should().Throw<ElfLoadException>().Which.Error.Should().Be(error);
}
