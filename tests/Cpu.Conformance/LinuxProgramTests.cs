// Static glibc programs (tests/isa/linux/*.c) run under qemu-riscv64 and under our user-mode runner: the same
// stdout, stderr and exit status.
using System.Text;
using Harness.Vmm.Cpu.RiscV.UserMode;

namespace Harness.Cpu.Conformance;

[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class LinuxProgramTests
{
    private static readonly string[] Args = ["first", "two words", ""];
    private static readonly byte[] Stdin = Encoding.ASCII.GetBytes("input line\n");

    public static IEnumerable<string> Programs() => Toolchain.LinuxProgramNames();

    [TestCaseSource(nameof(Programs))]
    public void Prints_and_exits_as_under_qemu_user(string name)
    {
        string elf = Toolchain.BuildLinuxProgram(name);
        ProcessResult qemu = Qemu.RunUser(elf, Args, TimeSpan.FromSeconds(60), Stdin);
        UserModeResult ours = UserModeRunner.Run(elf, Args, new UserModeOptions { MaxInstructions = 2_000_000_000, Stdin = Stdin });
        TestContext.Out.WriteLine($"{name}: QEMU exit {qemu.ExitCode}; ours {ours.StopReason} {ours.ExitCode}, {ours.InstructionsRetired} instructions "
            + $"in {ours.Elapsed.TotalMilliseconds:F0} ms");

        qemu.TimedOut.Should().BeFalse();
        ours.StopReason.Should().Be(UserModeStopReason.Exited, "the program must exit normally ({0})", ours.FaultDescription);
        ours.StdoutText.Should().Be(qemu.StdoutText, OutputDiff.Describe(qemu.StdoutText, ours.StdoutText));
        ours.StderrText.Should().Be(qemu.StderrText);
        ours.ExitCode.Should().Be(qemu.ExitCode);
    }
}
