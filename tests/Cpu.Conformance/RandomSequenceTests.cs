// Random instruction sequences run under qemu-riscv64 with a register dump before every instruction and on our
// hart one instruction at a time; every register must match after every instruction.
using System.Text;
using Harness.Vmm.Cpu.RiscV.BareMetal;
using Harness.Vmm.Cpu.RiscV.UserMode;

namespace Harness.Cpu.Conformance;

[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RandomSequenceTests
{
    private const int Length = 500;

    public static IEnumerable<int> Seeds() => Enumerable.Range(1, 12);

    public static IEnumerable<int> FpSeeds() => Enumerable.Range(101, 8);

    [TestCaseSource(nameof(Seeds))]
    public void Every_register_matches_qemu_after_every_instruction(int seed) => Check(seed, floatingPoint: false);

    [TestCaseSource(nameof(FpSeeds))]
    public void Every_integer_and_fp_register_matches_qemu_after_every_fp_instruction(int seed) => Check(seed, floatingPoint: true);

    private static void Check(int seed, bool floatingPoint)
    {
        var seq = new RandomSequence(seed, Length, floatingPoint);
        string elf = Toolchain.BuildLinuxAssembly($"random-{(floatingPoint ? "fp-" : "")}{seed}", seq.Assembly);
        var image = ElfImage.Load(elf);
        ulong start = image.Symbols["random_start"], end = image.Symbols["random_end"];

        string trace = elf + ".trace";
        ProcessResult q = Qemu.TraceUser(elf, trace, TimeSpan.FromSeconds(60));
        q.ExitCode.Should().Be(0, "QEMU must run the sequence: {0}", q.StderrText);
        List<RegisterDump> dumps = QemuTrace.Read(trace, start, end);
        File.Delete(trace);
        dumps.Should().HaveCount(Length + 1, "QEMU logs one dump before each random instruction and one at the end");

        using UserModeProcess ours = UserModeProcess.Load(File.ReadAllBytes(elf), [elf], new UserModeOptions());
        for (int guard = 0; ours.Hart.Pc != start; guard++)
        {
            guard.Should().BeLessThan(10_000, "our hart must reach random_start");
            ours.Run(1).Should().BeNull("the set-up code must not stop: {0}", ours.FaultDescription);
        }

        for (int k = 0; k < dumps.Count; k++)
        {
            string? diff = Compare(dumps[k], ours);
            if (diff is not null)
            {
                string what = k == 0
                    ? "before the first random instruction (set-up differs)"
                    : $"after random instruction #{k - 1} at pc 0x{dumps[k - 1].Pc:x}: `{seq.Instructions[k - 1]}`";
                Assert.Fail($"seed {seed}: state differs from QEMU {what}\n{diff}");
            }

            if (k < dumps.Count - 1)
            {
                ours.Run(1).Should().BeNull("instruction #{0} `{1}` must not stop the program: {2}", k, seq.Instructions[k], ours.FaultDescription);
            }
        }
    }

    private static string? Compare(RegisterDump expected, UserModeProcess ours)
    {
        var sb = new StringBuilder();
        if (ours.Hart.Pc != expected.Pc)
        {
            sb.AppendLine($"  pc: QEMU 0x{expected.Pc:x16}, ours 0x{ours.Hart.Pc:x16}");
        }

        for (int r = 1; r < 32; r++)
        {
            ulong v = ours.Hart.GetRegister(r);
            if (v != expected.X[r])
            {
                sb.AppendLine($"  x{r}: QEMU 0x{expected.X[r]:x16}, ours 0x{v:x16}");
            }
        }

        for (int r = 0; r < 32; r++)
        {
            ulong v = ours.Hart.GetFloatRegister(r);
            if (v != expected.F[r])
            {
                sb.AppendLine($"  f{r}: QEMU 0x{expected.F[r]:x16}, ours 0x{v:x16}");
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
