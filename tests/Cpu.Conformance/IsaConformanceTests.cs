// Every bare-metal ISA test under tests/isa/src runs on QEMU's spike board and on our BareMetalRunner: both must
// pass (exit 0 through HTIF) and print the same signature byte for byte.
using Harness.Vmm.Cpu.RiscV.BareMetal;

namespace Harness.Cpu.Conformance;

[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class IsaConformanceTests
{
    private static readonly TimeSpan QemuTimeout = TimeSpan.FromSeconds(60);

    public static IEnumerable<string> IsaTests() => Toolchain.IsaTestNames();

    [TestCaseSource(nameof(IsaTests))]
    public void Passes_and_prints_the_same_signature_as_qemu(string name)
    {
        string elf = Toolchain.BuildIsaTest(name);
        ProcessResult qemu = Qemu.RunBareMetal(elf, QemuTimeout);
        BareMetalResult ours = BareMetalRunner.Run(elf, new BareMetalOptions { MaxInstructions = 500_000_000, IdleTimeout = TimeSpan.FromSeconds(10) });
        TestContext.Out.WriteLine($"{name}: QEMU exit {qemu.ExitCode} in {qemu.Elapsed.TotalMilliseconds:F0} ms; ours {ours.StopReason} {ours.ExitCode}, "
            + $"{ours.InstructionsRetired} instructions in {ours.Elapsed.TotalMilliseconds:F0} ms");

        qemu.TimedOut.Should().BeFalse("QEMU must finish {0}", name);
        qemu.ExitCode.Should().Be(0, "the test must pass on QEMU; its output ends:\n{0}", Tail(qemu.StdoutText));
        ours.StopReason.Should().Be(BareMetalStopReason.HtifExit, "the test must exit through HTIF; output ends:\n{0}", Tail(ours.ConsoleOutput));
        ours.ExitCode.Should().Be(0, "the test must pass on our interpreter; {0}", OutputDiff.Describe(qemu.StdoutText, ours.ConsoleOutput));
        ours.ConsoleOutput.Should().Be(qemu.StdoutText, OutputDiff.Describe(qemu.StdoutText, ours.ConsoleOutput));
    }

    [TestCase(false, TestName = "The benchmark's integer mix computes the same checksum as on QEMU")]
    [TestCase(true, TestName = "The benchmark's Sv39 U-mode variant with ecalls computes the same checksum as on QEMU")]
    public void Benchmark_programs_agree_with_qemu(bool userMode)
    {
        string elf = Toolchain.BuildBenchmark(userMode, rounds: 3);
        ProcessResult qemu = Qemu.RunBareMetal(elf, QemuTimeout);
        BareMetalResult ours = BareMetalRunner.Run(elf, new BareMetalOptions { MaxInstructions = 500_000_000 });
        qemu.ExitCode.Should().Be(0, qemu.StdoutText);
        ours.Passed.Should().BeTrue(ours.ConsoleOutput);
        ours.ConsoleOutput.Should().Contain("checksum").And.Be(qemu.StdoutText);
    }

    [Test]
    public void A_failing_check_fails_on_both_with_the_same_output()
    {
        // The suite is only worth something if a wrong result shows: a test whose expected value is wrong must
        // exit 1 and print the mismatch on both emulators.
        string elf = Toolchain.BuildIsaSource("negative", """
            #include "test.h"
                .text
                .globl test_main
            test_main:
                addi sp, sp, -16
                sd ra, 0(sp)
                TEST_NAME negative
                li s0, 6
                li s1, 7
                mul s2, s0, s1
                CHECK 1, s2, 43
                ld ra, 0(sp)
                addi sp, sp, 16
                ret
            """);
        ProcessResult qemu = Qemu.RunBareMetal(elf, QemuTimeout);
        BareMetalResult ours = BareMetalRunner.Run(elf, new BareMetalOptions { MaxInstructions = 10_000_000 });
        qemu.ExitCode.Should().Be(1);
        ours.ExitCode.Should().Be(1);
        ours.Passed.Should().BeFalse();
        ours.ConsoleOutput.Should().Be(qemu.StdoutText);
        ours.ConsoleOutput.Should().Contain("0001 000000000000002a expected 000000000000002b").And.EndWith("FAIL 0001\n");
    }

    private static string Tail(string s) => s.Length <= 2000 ? s : s[^2000..];
}
