// Differential tests: every F/D compute instruction × every rounding mode against QEMU's softfloat, run once
// per fixture, compared bit for bit (result register) and flag for flag (fflags).
using System.Text;
using Harness.Vmm.Cpu.RiscV.Fpu;

namespace Harness.Vmm.Tests.Cpu.Fpu;

[TestFixture]
public class FpuDifferentialTests
{
    private const int RandomPerOp = 12000;

    private readonly Dictionary<int, (List<FpuVector> Vectors, FpuOutcome[] Expected)> byOp = [];

    public static IEnumerable<FpuOp> Ops => FpuOps.All;

    [OneTimeSetUp]
    public void RunReference()
    {
        var all = new List<FpuVector>();
        var slices = new List<(FpuOp Op, int Start, int Count)>();
        foreach (FpuOp op in FpuOps.All)
        {
            List<FpuVector> v = FpuVectors.For(op, RandomPerOp);
            slices.Add((op, all.Count, v.Count));
            all.AddRange(v);
        }
        FpuOutcome[] expected = FpuReference.Run(all);
        foreach (var (op, start, count) in slices)
        {
            byOp[op.Id] = (all.GetRange(start, count), expected[start..(start + count)]);
        }
        TestContext.Progress.WriteLine($"FPU reference: {all.Count} vectors over {FpuOps.All.Count} instructions");
    }

    [TestCaseSource(nameof(Ops))]
    public void Matches_reference(FpuOp op)
    {
        var (vectors, expected) = byOp[op.Id];
        var x = new ulong[32];
        var f = new ulong[32];
        var report = new StringBuilder();
        int mismatches = 0;
        for (int i = 0; i < vectors.Count; i++)
        {
            FpuVector v = vectors[i];
            FpuOutcome actual = Execute(op, v, dynamic: (i & 1) == 1, x, f);
            if (actual != expected[i])
            {
                if (++mismatches <= 12)
                {
                    report.AppendLine(
                        $"  rm={v.Rm} a={v.A:x16} b={v.B:x16} c={v.C:x16}: expected {expected[i].Result:x16} " +
                        $"flags {expected[i].Flags:x2}, got {actual.Result:x16} flags {actual.Flags:x2}");
                }
            }
        }
        mismatches.Should().Be(0, $"{op.Name} differs from the reference in {mismatches} of {vectors.Count} vectors:\n{report}");
    }

    /// <summary>
    /// Guards the generator: the vectors must make the reference raise every flag the instruction can raise, and
    /// for rounding instructions hit the tininess-after-rounding boundary (a result rounded up to the smallest
    /// normal number, inexact, without UF).
    /// </summary>
    [TestCaseSource(nameof(Ops))]
    public void Vectors_exercise_every_flag(FpuOp op)
    {
        var (_, expected) = byOp[op.Id];
        uint seen = 0;
        int boundary = 0;
        ulong minNormal = op.IsDouble ? 0x0010_0000_0000_0000UL : 0xffff_ffff_0080_0000UL;
        foreach (FpuOutcome e in expected)
        {
            seen |= e.Flags;
            if (!op.WritesInteger && (e.Result & ~(op.IsDouble ? 1UL << 63 : 0x8000_0000UL)) == minNormal && e.Flags == FpFlags.NX)
            {
                boundary++;
            }
        }
        const uint All = FpFlags.NV | FpFlags.OF | FpFlags.UF | FpFlags.NX;
        uint required = op.Goal switch
        {
            OpGoal.Add => FpFlags.NV | FpFlags.OF | FpFlags.NX,
            OpGoal.Multiply or OpGoal.FusedMultiplyAdd => All,
            OpGoal.Divide => All | FpFlags.DZ,
            OpGoal.SquareRoot => FpFlags.NV | FpFlags.NX,
            OpGoal.Compare when op.Name.StartsWith("fsgnj", StringComparison.Ordinal) || op.Name.StartsWith("fclass", StringComparison.Ordinal) => 0,
            OpGoal.Compare => FpFlags.NV,
            OpGoal.ToInteger => FpFlags.NV | FpFlags.NX,
            OpGoal.FromInteger => op.IsDouble && !op.Name.EndsWith('l') && !op.Name.EndsWith("lu", StringComparison.Ordinal) ? 0 : FpFlags.NX,
            OpGoal.Narrow => op.IsDouble ? FpFlags.NV : All,
            _ => 0,
        };
        (seen & required).Should().Be(required, $"vectors must raise flags {required:x2}; they raised {seen:x2}");
        bool rounds = op.Goal is OpGoal.Multiply or OpGoal.Divide or OpGoal.FusedMultiplyAdd || (op.Goal == OpGoal.Narrow && !op.IsDouble);
        TestContext.Out.WriteLine($"{op.Name}: {expected.Length} vectors, flags seen {seen:x2}, min-normal boundary {boundary}");
        if (rounds)
        {
            boundary.Should().BePositive("the tininess-after-rounding boundary must be exercised");
        }
    }

    /// <summary>Runs one vector through FpuExecutor; the rounding mode is static or comes from frm via DYN.</summary>
    private static FpuOutcome Execute(FpuOp op, FpuVector v, bool dynamic, ulong[] x, ulong[] f)
    {
        Array.Clear(x);
        Array.Clear(f);
        // With a static rm, frm holds a different valid mode, so using the wrong one shows up.
        uint frm = op.HasRm && !dynamic ? (v.Rm + 1) % 5 : v.Rm;
        uint fcsr = frm << 5;
        if (op.Source1 == OperandKind.Integer)
        {
            x[FpuOp.Rs1] = v.A;
        }
        else
        {
            f[FpuOp.Rs1] = v.A;
        }
        f[FpuOp.Rs2] = v.B;
        f[FpuOp.Rs3] = v.C;
        bool ok = FpuExecutor.Execute(op.Encode(v.Rm, dynamic), x, f, ref fcsr);
        if (!ok)
        {
            return new FpuOutcome(0xdead_dead_dead_dead, 0xff);
        }
        if ((fcsr >> 5) != frm)
        {
            return new FpuOutcome(0xbad0_f3c5, fcsr);
        }
        return new FpuOutcome(op.WritesInteger ? x[FpuOp.Rd] : f[FpuOp.Rd], fcsr & 0x1f);
    }
}
