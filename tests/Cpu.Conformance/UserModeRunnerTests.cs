// The user-mode runner's edges: guest faults end the run with a description (never a host exception), bad ELF
// files are refused with a typed error, budgets stop a spinning program, and syscall errors match Linux's.
using Harness.Vmm.Cpu.RiscV.BareMetal;
using Harness.Vmm.Cpu.RiscV.UserMode;

namespace Harness.Cpu.Conformance;

[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class UserModeRunnerTests
{
    private static readonly UserModeOptions Options = new() { MaxInstructions = 10_000_000 };

    private static string Program(string name, string body) => Toolchain.BuildLinuxAssembly("um-" + name, $"""
            .globl _start
        _start:
        {body}
            li a7, 93
            ecall
        """);

    [Test]
    public void A_null_pointer_load_is_a_fault_with_its_cause_and_address()
    {
        string elf = Program("null", "    li a1, 8\n    ld a0, 0(a1)\n");
        UserModeResult r = UserModeRunner.Run(elf, [], Options);
        r.StopReason.Should().Be(UserModeStopReason.Fault);
        r.FaultDescription.Should().Contain("load access fault").And.Contain("tval 0x8");
        r.ExitCode.Should().Be(128 + 11);
        Qemu.RunUser(elf, [], TimeSpan.FromSeconds(20)).ExitCode.Should().NotBe(0, "QEMU kills it with SIGSEGV too");
    }

    [Test]
    public void An_illegal_instruction_is_a_fault()
    {
        UserModeResult r = UserModeRunner.Run(Program("illegal", "    .word 0xffffffff\n"), [], Options);
        r.StopReason.Should().Be(UserModeStopReason.Fault);
        r.FaultDescription.Should().StartWith("illegal instruction");
        r.ExitCode.Should().Be(128 + 4);
    }

    [Test]
    public void A_store_outside_ram_is_a_fault_not_a_host_exception()
    {
        UserModeResult r = UserModeRunner.Run(Program("wild", "    li a1, -4096\n    sd a1, 0(a1)\n"), [], Options);
        r.StopReason.Should().Be(UserModeStopReason.Fault);
        r.FaultDescription.Should().Contain("store/AMO access fault");
    }

    [Test]
    public void A_spinning_program_stops_at_the_instruction_limit()
    {
        UserModeResult r = UserModeRunner.Run(Program("spin", "1:  j 1b\n"), [], new UserModeOptions { MaxInstructions = 100_000 });
        r.StopReason.Should().Be(UserModeStopReason.InstructionLimit);
        r.InstructionsRetired.Should().Be(100_000);
    }

    [TestCase("unknown", "    li a7, 4000\n    ecall\n", TestName = "An unknown syscall returns ENOSYS as on Linux")]
    [TestCase("efault", "    li a0, 1\n    li a1, 16\n    li a2, 5\n    li a7, 64\n    ecall\n", TestName = "write from an unmapped buffer returns EFAULT as on Linux")]
    [TestCase("badfd", "    li a0, 7\n    li a1, 0\n    li a2, 0\n    li a7, 57\n    ecall\n", TestName = "close of an unknown descriptor returns EBADF as on Linux")]
    public void Syscall_errors_match_qemu(string name, string body)
    {
        string elf = Program(name, body);
        UserModeResult r = UserModeRunner.Run(elf, [], Options);
        ProcessResult q = Qemu.RunUser(elf, [], TimeSpan.FromSeconds(20));
        r.StopReason.Should().Be(UserModeStopReason.Exited);
        r.ExitCode.Should().Be(q.ExitCode).And.BeGreaterThan(128, "a negative errno, truncated to 8 bits");
    }

    [Test]
    public void Fcntl_F_GETFL_on_stdout_succeeds_as_on_linux()
    {
        // busybox's printf checks stdout with fcntl(1, F_GETFL) and exits 1 when that fails.
        string elf = Program("getfl", "    li a0, 1\n    li a1, 3\n    li a7, 25\n    ecall\n    srli a0, a0, 63\n");
        UserModeResult r = UserModeRunner.Run(elf, [], Options);
        r.ExitCode.Should().Be(0);
        Qemu.RunUser(elf, [], TimeSpan.FromSeconds(20)).ExitCode.Should().Be(0);
    }

    [Test]
    public void A_file_that_is_not_elf_is_refused()
    {
        string path = Path.Combine(Toolchain.CacheDir, "not-an-elf.bin");
        Directory.CreateDirectory(Toolchain.CacheDir);
        File.WriteAllBytes(path, new byte[200]);
        Action run = () => UserModeRunner.Run(path, [], Options);
        run.Should().Throw<ElfLoadException>().Which.Error.Should().Be(ElfLoadError.NotElf);
    }

    [Test]
    public void Arguments_are_on_the_stack_as_linux_puts_them()
    {
        // argc and argv[1][0] come back as the exit status: argc * 16 + the first letter's low nibble.
        string elf = Program("argv", """
                ld t0, 0(sp)
                ld t1, 16(sp)
                lbu t1, 0(t1)
                andi t1, t1, 15
                slli a0, t0, 4
                add a0, a0, t1
            """);
        UserModeResult r = UserModeRunner.Run(elf, ["c", "d"], Options);
        r.ExitCode.Should().Be((3 * 16) + ('c' & 15));
        r.ExitCode.Should().Be(Qemu.RunUser(elf, ["c", "d"], TimeSpan.FromSeconds(20)).ExitCode);
    }
}
