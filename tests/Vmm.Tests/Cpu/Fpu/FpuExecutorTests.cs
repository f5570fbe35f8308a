// Unit tests of FpuExecutor's contract with the interpreter: nothing changes on an illegal encoding, writes to x0
// are dropped, flags accumulate, NaN-boxing of single-precision operands and results, and register aliasing.
using Harness.Vmm.Cpu.RiscV.Fpu;

namespace Harness.Vmm.Tests.Cpu.Fpu;

public class FpuExecutorTests
{
    private const ulong Box = 0xffff_ffff_0000_0000;
    private const ulong One = 0x3ff0_0000_0000_0000;

    private static uint OpFp(uint funct5, uint fmt, uint rs2, uint rs1, uint funct3, uint rd) =>
        (funct5 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | 0x53;

    private static (ulong[] X, ulong[] F) Registers()
    {
        var x = new ulong[32];
        var f = new ulong[32];
        for (int i = 0; i < 32; i++)
        {
            x[i] = i == 0 ? 0 : 0x1111_0000UL + (ulong)i;
            f[i] = Box | 0x3f80_0000; // 1.0f
        }
        f[8] = One;
        f[9] = 0x7ff0_0000_0000_0001; // signaling NaN
        return (x, f);
    }

    public static IEnumerable<TestCaseData> IllegalEncodings()
    {
        yield return new TestCaseData(OpFp(0x00, 2, 2, 1, 0, 3), 0u).SetName("fadd.h (fmt H)");
        yield return new TestCaseData(OpFp(0x00, 3, 2, 1, 0, 3), 0u).SetName("fadd.q (fmt Q)");
        yield return new TestCaseData((2u << 25) | (3u << 27) | (2u << 20) | (1u << 15) | (3u << 7) | 0x43, 0u).SetName("fmadd.h");
        yield return new TestCaseData(OpFp(0x00, 1, 2, 1, 5, 3), 0u).SetName("fadd.d rm=5");
        yield return new TestCaseData(OpFp(0x02, 0, 2, 1, 6, 3), 0u).SetName("fmul.s rm=6");
        yield return new TestCaseData(OpFp(0x03, 1, 2, 1, 7, 3), 5u << 5).SetName("fdiv.d DYN with frm=5");
        yield return new TestCaseData(OpFp(0x03, 1, 2, 1, 7, 3), 7u << 5).SetName("fdiv.d DYN with frm=7");
        yield return new TestCaseData((1u << 27) | (2u << 20) | (1u << 15) | (7u << 12) | (3u << 7) | 0x4F, 6u << 5).SetName("fnmadd.s DYN with frm=6");
        yield return new TestCaseData(OpFp(0x08, 1, 0, 9, 5, 3), 0u).SetName("fcvt.d.s rm=5 (exact, still checked)");
        yield return new TestCaseData(OpFp(0x06, 0, 2, 1, 0, 3), 0u).SetName("unknown funct5 6");
        yield return new TestCaseData(OpFp(0x1F, 1, 0, 1, 0, 3), 0u).SetName("unknown funct5 31");
        yield return new TestCaseData(OpFp(0x0B, 1, 1, 1, 0, 3), 0u).SetName("fsqrt.d with rs2=1");
        yield return new TestCaseData(OpFp(0x04, 0, 2, 1, 3, 3), 0u).SetName("fsgnj funct3=3");
        yield return new TestCaseData(OpFp(0x05, 1, 2, 1, 2, 3), 0u).SetName("fmin/fmax funct3=2");
        yield return new TestCaseData(OpFp(0x14, 1, 2, 1, 3, 3), 0u).SetName("fcmp funct3=3");
        yield return new TestCaseData(OpFp(0x08, 0, 0, 1, 0, 3), 0u).SetName("fcvt.s.s");
        yield return new TestCaseData(OpFp(0x08, 0, 2, 1, 0, 3), 0u).SetName("fcvt.s.h");
        yield return new TestCaseData(OpFp(0x08, 1, 1, 1, 0, 3), 0u).SetName("fcvt.d.d");
        yield return new TestCaseData(OpFp(0x18, 1, 4, 1, 0, 3), 0u).SetName("fcvt.?.d rs2=4");
        yield return new TestCaseData(OpFp(0x1A, 0, 5, 1, 0, 3), 0u).SetName("fcvt.s.? rs2=5");
        yield return new TestCaseData(OpFp(0x1C, 0, 1, 1, 0, 3), 0u).SetName("fmv.x.w rs2=1");
        yield return new TestCaseData(OpFp(0x1C, 1, 0, 1, 2, 3), 0u).SetName("fclass funct3=2");
        yield return new TestCaseData(OpFp(0x1E, 0, 0, 1, 1, 3), 0u).SetName("fmv.w.x funct3=1");
        yield return new TestCaseData(0x0000_2087u | (1u << 15), 0u).SetName("flw (not an FPU compute opcode)");
        yield return new TestCaseData(0x0000_0013u, 0u).SetName("addi (not an FPU opcode)");
    }

    [TestCaseSource(nameof(IllegalEncodings))]
    public void Illegal_encoding_returns_false_and_changes_nothing(uint insn, uint fcsr)
    {
        var (x, f) = Registers();
        ulong[] x0 = [.. x];
        ulong[] f0 = [.. f];
        uint fcsr0 = fcsr | FpFlags.NX;
        uint csr = fcsr0;

        FpuExecutor.Execute(insn, x, f, ref csr).Should().BeFalse();

        x.Should().Equal(x0);
        f.Should().Equal(f0);
        csr.Should().Be(fcsr0);
    }

    [Test]
    public void Static_rounding_mode_overrides_frm_and_dyn_uses_it()
    {
        var (x, f) = Registers();
        f[1] = One;
        f[2] = 0x4008_0000_0000_0000; // 3.0
        uint fcsr = (uint)RoundingMode.Up << 5;
        FpuExecutor.Execute(OpFp(0x03, 1, 2, 1, (uint)RoundingMode.TowardZero, 3), x, f, ref fcsr).Should().BeTrue();
        f[3].Should().Be(0x3fd5_5555_5555_5555);
        FpuExecutor.Execute(OpFp(0x03, 1, 2, 1, 7, 4), x, f, ref fcsr).Should().BeTrue();
        f[4].Should().Be(0x3fd5_5555_5555_5556);
        fcsr.Should().Be(((uint)RoundingMode.Up << 5) | FpFlags.NX);
    }

    [Test]
    public void Flags_accumulate_and_are_never_cleared()
    {
        var (x, f) = Registers();
        uint fcsr = FpFlags.DZ | FpFlags.OF;
        // feq.d with a signaling NaN raises NV; the exact 1.0 + 1.0 afterwards raises nothing and clears nothing.
        FpuExecutor.Execute(OpFp(0x14, 1, 9, 8, 2, 5), x, f, ref fcsr).Should().BeTrue();
        FpuExecutor.Execute(OpFp(0x00, 1, 8, 8, 0, 6), x, f, ref fcsr).Should().BeTrue();
        fcsr.Should().Be(FpFlags.DZ | FpFlags.OF | FpFlags.NV);
        x[5].Should().Be(0);
        f[6].Should().Be(0x4000_0000_0000_0000);
    }

    [Test]
    public void Integer_results_to_x0_are_dropped()
    {
        var (x, f) = Registers();
        uint fcsr = 0;
        FpuExecutor.Execute(OpFp(0x14, 1, 8, 8, 2, 0), x, f, ref fcsr).Should().BeTrue(); // feq.d x0
        FpuExecutor.Execute(OpFp(0x1C, 1, 0, 8, 1, 0), x, f, ref fcsr).Should().BeTrue(); // fclass.d x0
        FpuExecutor.Execute(OpFp(0x18, 1, 2, 8, 0, 0), x, f, ref fcsr).Should().BeTrue(); // fcvt.l.d x0
        FpuExecutor.Execute(OpFp(0x1C, 1, 0, 8, 0, 0), x, f, ref fcsr).Should().BeTrue(); // fmv.x.d x0
        x[0].Should().Be(0);
    }

    [Test]
    public void Destination_may_alias_a_source()
    {
        var (x, f) = Registers();
        f[1] = One;
        uint fcsr = 0;
        // fmadd.d f1, f1, f1, f1 = 1 × 1 + 1
        uint insn = (1u << 27) | (1u << 25) | (1u << 20) | (1u << 15) | (1u << 7) | 0x43;
        FpuExecutor.Execute(insn, x, f, ref fcsr).Should().BeTrue();
        f[1].Should().Be(0x4000_0000_0000_0000);
    }

    [Test]
    public void Improperly_boxed_single_reads_as_the_canonical_NaN_without_raising()
    {
        var (x, f) = Registers();
        f[1] = 0x0000_0000_7f80_0001; // a single sNaN, but not boxed: reads as the quiet canonical NaN
        uint fcsr = 0;
        FpuExecutor.Execute(OpFp(0x00, 0, 2, 1, 0, 3), x, f, ref fcsr).Should().BeTrue(); // fadd.s
        f[3].Should().Be(Box | 0x7fc0_0000);
        FpuExecutor.Execute(OpFp(0x1C, 0, 0, 1, 1, 5), x, f, ref fcsr).Should().BeTrue(); // fclass.s
        x[5].Should().Be(1UL << 9);
        FpuExecutor.Execute(OpFp(0x08, 1, 0, 1, 0, 6), x, f, ref fcsr).Should().BeTrue(); // fcvt.d.s
        f[6].Should().Be(0x7ff8_0000_0000_0000);
        f[2] = Box | 0x8000_0000; // -0.0f
        FpuExecutor.Execute(OpFp(0x04, 0, 2, 1, 0, 7), x, f, ref fcsr).Should().BeTrue(); // fsgnj.s
        f[7].Should().Be(Box | 0xffc0_0000);
        fcsr.Should().Be(0);
    }

    [Test]
    public void Single_moves_do_not_check_boxing_and_box_their_results()
    {
        var (x, f) = Registers();
        f[1] = 0x1234_5678_8000_0001;
        x[2] = 0xdead_beef_3f80_0000;
        uint fcsr = 0;
        FpuExecutor.Execute(OpFp(0x1C, 0, 0, 1, 0, 5), x, f, ref fcsr).Should().BeTrue(); // fmv.x.w sign-extends
        x[5].Should().Be(0xffff_ffff_8000_0001);
        FpuExecutor.Execute(OpFp(0x1E, 0, 0, 2, 0, 6), x, f, ref fcsr).Should().BeTrue(); // fmv.w.x boxes
        f[6].Should().Be(Box | 0x3f80_0000);
        FpuExecutor.Execute(OpFp(0x1E, 1, 0, 2, 0, 7), x, f, ref fcsr).Should().BeTrue(); // fmv.d.x raw
        f[7].Should().Be(0xdead_beef_3f80_0000);
    }

    [Test]
    public void Word_conversions_sign_extend_including_unsigned()
    {
        var (x, f) = Registers();
        f[1] = 0x41ef_ffff_ffe0_0000; // 4294967295.0
        uint fcsr = 0;
        FpuExecutor.Execute(OpFp(0x18, 1, 1, 1, 0, 5), x, f, ref fcsr).Should().BeTrue(); // fcvt.wu.d
        x[5].Should().Be(ulong.MaxValue);
        fcsr.Should().Be(0);
    }

    [Test]
    public void Short_register_files_are_rejected()
    {
        uint fcsr = 0;
        Action act = () => FpuExecutor.Execute(OpFp(0x00, 1, 2, 1, 0, 3), new ulong[31], new ulong[32], ref fcsr);
        act.Should().Throw<ArgumentException>();
    }
}
