// The two IEEE 754 binary interchange formats the F and D extensions use, as compile-time constants so the
// generic soft-float code is specialised by the JIT per format instead of branching on a format at run time.
using System.Numerics;

namespace Harness.Vmm.Cpu.RiscV.Fpu;

/// <summary>Constants of one binary floating-point format; bit patterns are held in the low bits of a ulong.</summary>
internal interface IFloatFormat
{
    /// <summary>Significand precision in bits, counting the implicit leading bit.</summary>
    static abstract int Precision { get; }

    /// <summary>Exponent of the smallest normal number.</summary>
    static abstract int MinExponent { get; }

    /// <summary>Exponent of the largest finite number.</summary>
    static abstract int MaxExponent { get; }

    /// <summary>Exponent field width in bits.</summary>
    static abstract int ExponentBits { get; }

    /// <summary>The quiet NaN RISC-V produces for every NaN result.</summary>
    static abstract ulong CanonicalNaN { get; }
}

/// <summary>binary32, the F extension's format.</summary>
internal readonly struct Binary32 : IFloatFormat
{
    public static int Precision => 24;
    public static int MinExponent => -126;
    public static int MaxExponent => 127;
    public static int ExponentBits => 8;
    public static ulong CanonicalNaN => 0x7fc0_0000;
}

/// <summary>binary64, the D extension's format.</summary>
internal readonly struct Binary64 : IFloatFormat
{
    public static int Precision => 53;
    public static int MinExponent => -1022;
    public static int MaxExponent => 1023;
    public static int ExponentBits => 11;
    public static ulong CanonicalNaN => 0x7ff8_0000_0000_0000;
}

/// <summary>Derived masks and bit-pattern classification shared by every operation.</summary>
internal static class Fmt<F> where F : struct, IFloatFormat
{
    public static int FractionBits => F.Precision - 1;
    public static int Bias => F.MaxExponent;
    public static ulong SignMask => 1UL << (F.Precision - 1 + F.ExponentBits);
    public static ulong ExponentMask => ((1UL << F.ExponentBits) - 1) << FractionBits;
    public static ulong FractionMask => (1UL << FractionBits) - 1;
    public static ulong QuietBit => 1UL << (FractionBits - 1);
    public static ulong Infinity => ExponentMask;
    public static ulong MaxFinite => ExponentMask - 1;

    public static bool Sign(ulong bits) => (bits & SignMask) != 0;
    public static bool IsNaN(ulong bits) => (bits & ~SignMask) > ExponentMask;
    public static bool IsSignalingNaN(ulong bits) => IsNaN(bits) && (bits & QuietBit) == 0;
    public static bool IsInfinity(ulong bits) => (bits & ~SignMask) == ExponentMask;
    public static bool IsZero(ulong bits) => (bits & ~SignMask) == 0;
    public static bool IsNaNOrInfinity(ulong bits) => (bits & ExponentMask) == ExponentMask;

    /// <summary>
    /// Splits a finite nonzero value into an integer significand with its leading one at bit Precision-1 and the
    /// exponent of that leading bit; subnormals are normalised so every caller sees one shape.
    /// </summary>
    public static void Unpack(ulong bits, out int exponent, out ulong significand)
    {
        int field = (int)((bits & ExponentMask) >> FractionBits);
        ulong fraction = bits & FractionMask;
        if (field != 0)
        {
            exponent = field - Bias;
            significand = fraction | (1UL << FractionBits);
            return;
        }
        int shift = BitOperations.LeadingZeroCount(fraction) - (63 - FractionBits);
        exponent = F.MinExponent - shift;
        significand = fraction << shift;
    }
}
