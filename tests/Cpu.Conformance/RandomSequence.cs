// Seeded random straight-line RV64 programs: integer ALU, M and W forms, compressed instructions, and loads and
// stores of every width (misaligned included) into a scratch buffer, with no control flow until the final exit.
// The floating-point flavour adds F and D instructions with every rounding mode, conversions, moves, compares,
// FP loads and stores, and reads of fflags so the accrued flags are compared too.
using System.Globalization;
using System.Text;

namespace Harness.Cpu.Conformance;

internal sealed class RandomSequence
{
    // sp, s0 and s11 point into the scratch buffer and are never written by the random part.
    private static readonly int[] Targets = [.. Enumerable.Range(1, 31).Where(r => r is not 2 and not 8 and not 27)];
    private static readonly int[] CompressedTargets = [9, 10, 11, 12, 13, 14, 15];
    private static readonly string[] RegR =
    [
        "add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and", "addw", "subw", "sllw", "srlw", "sraw",
        "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu", "mulw", "divw", "divuw", "remuw",
    ];

    private static readonly string[] RegI = ["addi", "slti", "sltiu", "xori", "ori", "andi", "addiw"];
    private static readonly string[] Shift64 = ["slli", "srli", "srai"];
    private static readonly string[] Shift32 = ["slliw", "srliw", "sraiw"];
    private static readonly string[] Loads = ["lb", "lbu", "lh", "lhu", "lw", "lwu", "ld"];
    private static readonly string[] Stores = ["sb", "sh", "sw", "sd"];
    private static readonly string[] CArith = ["c.sub", "c.xor", "c.or", "c.and", "c.subw", "c.addw"];

    private static readonly ulong[] Interesting =
    [
        0, 1, ulong.MaxValue, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF,
        0xFFFF_FFFF_8000_0000, 2, 31, 32, 63, 64,
    ];

    private readonly Random _rng;

    private static readonly ulong[] FpValues =
    [
        0, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000, 0x3FF8_0000_0000_0000,
        0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0000, 0x7FF0_0000_0000_0001,
        0x7FEF_FFFF_FFFF_FFFF, 0x0010_0000_0000_0000, 0x0000_0000_0000_0001, 0x3FD5_5555_5555_5555,
        0x43E0_0000_0000_0000, 0xC3E0_0000_0000_0000, 0x41DF_FFFF_FFC0_0000, 0x4330_0000_0000_0001,
        0xFFFF_FFFF_3F80_0000, 0xFFFF_FFFF_BF80_0000, 0xFFFF_FFFF_7F80_0000, 0xFFFF_FFFF_7FC0_0000,
        0xFFFF_FFFF_7F80_0001, 0xFFFF_FFFF_7F7F_FFFF, 0xFFFF_FFFF_0080_0000, 0xFFFF_FFFF_0000_0001,
        0xFFFF_FFFF_3EAA_AAAB, 0xFFFF_FFFF_4F00_0000, 0xFFFF_FFFF_CF00_0000, 0xFFFF_FFFF_8000_0000,
    ];

    private static readonly string[] Rm = ["rne", "rtz", "rdn", "rup", "rmm", "dyn"];
    private static readonly string[] FpArith = ["fadd", "fsub", "fmul", "fdiv"];
    private static readonly string[] FpNoRm = ["fmin", "fmax", "fsgnj", "fsgnjn", "fsgnjx"];
    private static readonly string[] FpFused = ["fmadd", "fmsub", "fnmadd", "fnmsub"];
    private static readonly string[] FpCompare = ["feq", "flt", "fle"];
    private static readonly string[] IntKinds = ["w", "wu", "l", "lu"];

    private readonly bool _fp;

    public RandomSequence(int seed, int length, bool floatingPoint = false)
    {
        _rng = new Random(seed);
        _fp = floatingPoint;
        Instructions = [.. Enumerable.Range(0, length).Select(_ => Next())];
        var sb = new StringBuilder();
        sb.AppendLine("    .option rvc");
        sb.AppendLine("    .option norelax");  // gp is never set up, so no gp-relative addressing
        sb.AppendLine("    .text");
        sb.AppendLine("    .globl _start, random_start, random_end");
        sb.AppendLine("_start:");
        sb.AppendLine("    la sp, scratch + 1024");
        sb.AppendLine("    la s0, scratch");
        sb.AppendLine("    la s11, scratch + 2048");
        if (_fp)
        {
            for (int r = 0; r < 32; r++)
            {
                ulong v = _rng.Next(4) == 0 ? (ulong)_rng.NextInt64() ^ ((ulong)_rng.Next(2) << 63) : FpValues[_rng.Next(FpValues.Length)];
                sb.AppendLine(CultureInfo.InvariantCulture, $"    li x5, 0x{v:x}");
                sb.AppendLine(CultureInfo.InvariantCulture, $"    fmv.d.x f{r}, x5");
            }

            sb.AppendLine("    fsrmi 0");
            sb.AppendLine("    fsflags x0");
        }
        foreach (int r in Targets)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"    li x{r}, 0x{RandomValue():x}");
        }

        sb.AppendLine("random_start:");
        foreach (string i in Instructions)
        {
            sb.AppendLine("    " + i);
        }

        sb.AppendLine("random_end:");
        sb.AppendLine("    li a7, 93");
        sb.AppendLine("    li a0, 0");
        sb.AppendLine("    ecall");
        sb.AppendLine("    .data");
        sb.AppendLine("    .align 4");
        sb.Append("scratch: .byte ");
        sb.AppendJoin(", ", Enumerable.Range(0, 4096).Select(_ => _rng.Next(256).ToString(CultureInfo.InvariantCulture)));
        sb.AppendLine();
        Assembly = sb.ToString();
    }

    /// <summary>The random instructions in order, one machine instruction each.</summary>
    public IReadOnlyList<string> Instructions { get; }

    /// <summary>The whole program as assembly text.</summary>
    public string Assembly { get; }

    private ulong RandomValue() => _rng.Next(3) == 0 ? Interesting[_rng.Next(Interesting.Length)] : (ulong)_rng.NextInt64() ^ ((ulong)_rng.Next(2) << 63);

    private string X(int r) => "x" + r.ToString(CultureInfo.InvariantCulture);

    private string AnyReg() => X(_rng.Next(32));

    private string Target() => X(Targets[_rng.Next(Targets.Length)]);

    private string CTarget() => X(CompressedTargets[_rng.Next(CompressedTargets.Length)]);

    private string Next()
    {
        if (_fp && _rng.Next(100) < 75)
        {
            return NextFp();
        }

        int k = _rng.Next(100);
        return k switch
        {
            < 30 => $"{RegR[_rng.Next(RegR.Length)]} {Target()}, {AnyReg()}, {AnyReg()}",
            < 42 => $"{RegI[_rng.Next(RegI.Length)]} {Target()}, {AnyReg()}, {_rng.Next(-2048, 2048)}",
            < 48 => $"{Shift64[_rng.Next(3)]} {Target()}, {AnyReg()}, {_rng.Next(64)}",
            < 52 => $"{Shift32[_rng.Next(3)]} {Target()}, {AnyReg()}, {_rng.Next(32)}",
            < 54 => $"lui {Target()}, 0x{_rng.Next(1 << 20):x}",
            < 55 => $"auipc {Target()}, 0x{_rng.Next(1 << 20):x}",
            < 63 => $"{Loads[_rng.Next(Loads.Length)]} {Target()}, {_rng.Next(-2048, 2041)}(s11)",
            < 69 => $"{Stores[_rng.Next(Stores.Length)]} {AnyReg()}, {_rng.Next(-2048, 2041)}(s11)",
            _ => Compressed(),
        };
    }

    private string F() => "f" + _rng.Next(32).ToString(CultureInfo.InvariantCulture);

    private string NextFp()
    {
        string p = _rng.Next(2) == 0 ? "s" : "d";
        string rm = Rm[_rng.Next(Rm.Length)];
        string ik = IntKinds[_rng.Next(IntKinds.Length)];
        return _rng.Next(20) switch
        {
            0 or 1 or 2 => $"{FpArith[_rng.Next(FpArith.Length)]}.{p} {F()}, {F()}, {F()}, {rm}",
            3 => $"fsqrt.{p} {F()}, {F()}, {rm}",
            4 or 5 => $"{FpNoRm[_rng.Next(FpNoRm.Length)]}.{p} {F()}, {F()}, {F()}",
            6 or 7 => $"{FpFused[_rng.Next(FpFused.Length)]}.{p} {F()}, {F()}, {F()}, {F()}, {rm}",
            8 or 9 => $"fcvt.{ik}.{p} {Target()}, {F()}, {rm}",
            10 => p == "d" && ik is "w" or "wu" ? $"fcvt.d.{ik} {F()}, {AnyReg()}" : $"fcvt.{p}.{ik} {F()}, {AnyReg()}, {rm}",
            11 => p == "s" ? $"fcvt.s.d {F()}, {F()}, {rm}" : $"fcvt.d.s {F()}, {F()}",
            12 => $"fmv.x.{(p == "s" ? "w" : "d")} {Target()}, {F()}",
            13 => $"fmv.{(p == "s" ? "w" : "d")}.x {F()}, {AnyReg()}",
            14 => $"{FpCompare[_rng.Next(FpCompare.Length)]}.{p} {Target()}, {F()}, {F()}",
            15 => $"fclass.{p} {Target()}, {F()}",
            16 => $"{(p == "s" ? "flw" : "fld")} {F()}, {_rng.Next(-2048, 2041)}(s11)",
            17 => $"{(p == "s" ? "fsw" : "fsd")} {F()}, {_rng.Next(-2048, 2041)}(s11)",
            18 => $"frflags {Target()}",
            _ => _rng.Next(3) switch
            {
                0 => $"fsrmi {_rng.Next(5)}",
                1 => $"fsflagsi {_rng.Next(32)}",
                _ => $"frrm {Target()}",
            },
        };
    }

    private string Compressed()
    {
        int nz6 = _rng.Next(1, 32) * (_rng.Next(2) == 0 ? 1 : -1);
        string nonzero = X(Targets[_rng.Next(Targets.Length)]);
        return _rng.Next(16) switch
        {
            0 => $"c.addi {nonzero}, {nz6}",
            1 => $"c.addiw {nonzero}, {_rng.Next(-32, 32)}",
            2 => $"c.li {nonzero}, {_rng.Next(-32, 32)}",
            3 => $"c.lui {X(Targets.Where(r => r != 2).ElementAt(_rng.Next(Targets.Length - 1)))}, 0x{(_rng.Next(2) == 0 ? _rng.Next(1, 32) : 0xFFFE0 + _rng.Next(32)):x}",
            4 => $"c.slli {nonzero}, {_rng.Next(1, 64)}",
            5 => $"c.mv {nonzero}, {X(_rng.Next(1, 32))}",
            6 => $"c.add {nonzero}, {X(_rng.Next(1, 32))}",
            7 => $"{(_rng.Next(2) == 0 ? "c.srli" : "c.srai")} {CTarget()}, {_rng.Next(1, 64)}",
            8 => $"c.andi {CTarget()}, {_rng.Next(-32, 32)}",
            9 => $"{CArith[_rng.Next(CArith.Length)]} {CTarget()}, {X(_rng.Next(8, 16))}",
            10 => $"c.lw {CTarget()}, {_rng.Next(32) * 4}(s0)",
            11 => $"c.ld {CTarget()}, {_rng.Next(32) * 8}(s0)",
            12 => _rng.Next(2) == 0 ? $"c.sw {X(_rng.Next(8, 16))}, {_rng.Next(32) * 4}(s0)" : $"c.sd {X(_rng.Next(8, 16))}, {_rng.Next(32) * 8}(s0)",
            13 => _rng.Next(2) == 0 ? $"c.lwsp {nonzero}, {_rng.Next(64) * 4}(sp)" : $"c.ldsp {nonzero}, {_rng.Next(64) * 8}(sp)",
            14 => _rng.Next(2) == 0 ? $"c.swsp {AnyReg()}, {_rng.Next(64) * 4}(sp)" : $"c.sdsp {AnyReg()}, {_rng.Next(64) * 8}(sp)",
            _ => $"c.addi4spn {CTarget()}, sp, {_rng.Next(1, 256) * 4}",
        };
    }
}
