// The instructions the differential tests cover: reference op ids (mirroring Reference/fpu_reference.c), how
// each is encoded for FpuExecutor, and which operand kinds it reads and writes.
namespace Harness.Vmm.Tests.Cpu.Fpu;

/// <summary>What a source operand holds.</summary>
public enum OperandKind
{
    None,
    Single,
    Double,
    Integer,
    /// <summary>Any 64-bit pattern in an FP register (bit-pattern moves do not check NaN-boxing).</summary>
    RawFloat,
}

/// <summary>One instruction under test.</summary>
public sealed record FpuOp(string Name, int Id, uint Template, bool HasRm, bool WritesInteger,
                           OperandKind Source1, OperandKind Source2, OperandKind Source3, OpGoal Goal)
{
    public const int Rd = 4;
    public const int Rs1 = 1;
    public const int Rs2 = 2;
    public const int Rs3 = 3;

    public bool IsDouble => Id >= 32;

    /// <summary>The instruction word: rm either static or DYN (then frm carries the mode).</summary>
    public uint Encode(uint rm, bool dynamic)
    {
        uint insn = Template | (Rd << 7) | (Rs1 << 15);
        if (Source2 != OperandKind.None)
        {
            insn |= Rs2 << 20;
        }
        if (Source3 != OperandKind.None)
        {
            insn |= Rs3 << 27;
        }
        if (HasRm)
        {
            insn |= (dynamic ? 7u : rm) << 12;
        }
        return insn;
    }

    public override string ToString() => Name;
}

/// <summary>Which random operand shapes make a vector interesting for an instruction.</summary>
public enum OpGoal
{
    Add,
    Multiply,
    Divide,
    SquareRoot,
    Compare,
    FusedMultiplyAdd,
    ToInteger,
    FromInteger,
    Narrow,
    Move,
}

public static class FpuOps
{
    public static readonly IReadOnlyList<FpuOp> All = Build();

    private static uint OpFp(uint funct5, uint fmt, uint rs2 = 0, uint funct3 = 0) =>
        (funct5 << 27) | (fmt << 25) | (rs2 << 20) | (funct3 << 12) | 0x53;

    private static List<FpuOp> Build()
    {
        var ops = new List<FpuOp>();
        foreach (uint fmt in new uint[] { 0, 1 })
        {
            string s = fmt == 0 ? "s" : "d";
            int t = (int)fmt * 32;
            OperandKind k = fmt == 0 ? OperandKind.Single : OperandKind.Double;
            OperandKind n = OperandKind.None;
            void Add(string name, int id, uint template, bool rm, bool writesX, OperandKind a, OperandKind b,
                     OperandKind c, OpGoal goal) =>
                ops.Add(new FpuOp(name, id + t, template, rm, writesX, a, b, c, goal));

            Add($"fadd.{s}", 0, OpFp(0x00, fmt), true, false, k, k, n, OpGoal.Add);
            Add($"fsub.{s}", 1, OpFp(0x01, fmt), true, false, k, k, n, OpGoal.Add);
            Add($"fmul.{s}", 2, OpFp(0x02, fmt), true, false, k, k, n, OpGoal.Multiply);
            Add($"fdiv.{s}", 3, OpFp(0x03, fmt), true, false, k, k, n, OpGoal.Divide);
            Add($"fsqrt.{s}", 4, OpFp(0x0B, fmt), true, false, k, n, n, OpGoal.SquareRoot);
            Add($"fsgnj.{s}", 5, OpFp(0x04, fmt, funct3: 0), false, false, k, k, n, OpGoal.Compare);
            Add($"fsgnjn.{s}", 6, OpFp(0x04, fmt, funct3: 1), false, false, k, k, n, OpGoal.Compare);
            Add($"fsgnjx.{s}", 7, OpFp(0x04, fmt, funct3: 2), false, false, k, k, n, OpGoal.Compare);
            Add($"fmin.{s}", 8, OpFp(0x05, fmt, funct3: 0), false, false, k, k, n, OpGoal.Compare);
            Add($"fmax.{s}", 9, OpFp(0x05, fmt, funct3: 1), false, false, k, k, n, OpGoal.Compare);
            Add($"feq.{s}", 10, OpFp(0x14, fmt, funct3: 2), false, true, k, k, n, OpGoal.Compare);
            Add($"flt.{s}", 11, OpFp(0x14, fmt, funct3: 1), false, true, k, k, n, OpGoal.Compare);
            Add($"fle.{s}", 12, OpFp(0x14, fmt, funct3: 0), false, true, k, k, n, OpGoal.Compare);
            Add($"fclass.{s}", 13, OpFp(0x1C, fmt, funct3: 1), false, true, k, n, n, OpGoal.Compare);
            Add($"fmadd.{s}", 14, (fmt << 25) | 0x43, true, false, k, k, k, OpGoal.FusedMultiplyAdd);
            Add($"fmsub.{s}", 15, (fmt << 25) | 0x47, true, false, k, k, k, OpGoal.FusedMultiplyAdd);
            Add($"fnmsub.{s}", 16, (fmt << 25) | 0x4B, true, false, k, k, k, OpGoal.FusedMultiplyAdd);
            Add($"fnmadd.{s}", 17, (fmt << 25) | 0x4F, true, false, k, k, k, OpGoal.FusedMultiplyAdd);
            string[] ints = ["w", "wu", "l", "lu"];
            for (uint i = 0; i < 4; i++)
            {
                Add($"fcvt.{ints[i]}.{s}", 18 + (int)i, OpFp(0x18, fmt, rs2: i), true, true, k, n, n, OpGoal.ToInteger);
                Add($"fcvt.{s}.{ints[i]}", 22 + (int)i, OpFp(0x1A, fmt, rs2: i), true, false,
                    OperandKind.Integer, n, n, OpGoal.FromInteger);
            }
            Add(fmt == 0 ? "fmv.x.w" : "fmv.x.d", 26, OpFp(0x1C, fmt), false, true, OperandKind.RawFloat, n, n, OpGoal.Move);
            Add(fmt == 0 ? "fmv.w.x" : "fmv.d.x", 27, OpFp(0x1E, fmt), false, false, OperandKind.Integer, n, n, OpGoal.Move);
            if (fmt == 0)
            {
                Add("fcvt.s.d", 28, OpFp(0x08, 0, rs2: 1), true, false, OperandKind.Double, n, n, OpGoal.Narrow);
            }
            else
            {
                Add("fcvt.d.s", 28, OpFp(0x08, 1, rs2: 0), true, false, OperandKind.Single, n, n, OpGoal.Narrow);
            }
        }
        return ops;
    }
}
