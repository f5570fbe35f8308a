// Operations that never round: sign injection, minimumNumber/maximumNumber, the three comparisons and FCLASS.
namespace Harness.Vmm.Cpu.RiscV.Fpu;

internal static class FloatCompare<F> where F : struct, IFloatFormat
{
    /// <summary>FSGNJ (mode 0), FSGNJN (1), FSGNJX (2): a's magnitude with a sign taken from b.</summary>
    public static ulong SignInject(ulong a, ulong b, uint mode)
    {
        ulong signMask = Fmt<F>.SignMask;
        ulong sign = mode switch
        {
            0 => b & signMask,
            1 => ~b & signMask,
            _ => (a ^ b) & signMask,
        };
        return (a & ~signMask) | sign;
    }

    /// <summary>
    /// FMIN/FMAX: IEEE 754-2019 minimumNumber/maximumNumber. A NaN operand loses to a number, two NaNs give the
    /// canonical NaN, -0 orders below +0, and only a signaling NaN raises NV.
    /// </summary>
    public static ulong MinMax(ulong a, ulong b, bool max, ref uint flags)
    {
        bool aNaN = Fmt<F>.IsNaN(a);
        bool bNaN = Fmt<F>.IsNaN(b);
        if (aNaN || bNaN)
        {
            if (Fmt<F>.IsSignalingNaN(a) || Fmt<F>.IsSignalingNaN(b))
            {
                flags |= FpFlags.NV;
            }
            if (aNaN && bNaN)
            {
                return F.CanonicalNaN;
            }
            return aNaN ? b : a;
        }
        long ka = OrderKey(a);
        long kb = OrderKey(b);
        if (ka == kb)
        {
            // Equal keys differ only for a pair of zeros: the sign decides.
            return max ? a & b : a | b;
        }
        return (ka < kb) ^ max ? a : b;
    }

    /// <summary>FEQ (quiet: NV only for a signaling NaN), FLT and FLE (signaling: NV for any NaN).</summary>
    public static bool Compare(ulong a, ulong b, uint funct3, ref uint flags)
    {
        if (Fmt<F>.IsNaN(a) || Fmt<F>.IsNaN(b))
        {
            if (funct3 != 2 || Fmt<F>.IsSignalingNaN(a) || Fmt<F>.IsSignalingNaN(b))
            {
                flags |= FpFlags.NV;
            }
            return false;
        }
        long ka = OrderKey(a);
        long kb = OrderKey(b);
        return funct3 switch
        {
            2 => ka == kb,
            1 => ka < kb,
            _ => ka <= kb,
        };
    }

    /// <summary>FCLASS: a one-hot mask of the operand's class.</summary>
    public static ulong Classify(ulong a)
    {
        bool negative = Fmt<F>.Sign(a);
        ulong magnitude = a & ~Fmt<F>.SignMask;
        int bit;
        if (magnitude > Fmt<F>.ExponentMask)
        {
            bit = (a & Fmt<F>.QuietBit) != 0 ? 9 : 8;
        }
        else if (magnitude == Fmt<F>.ExponentMask)
        {
            bit = negative ? 0 : 7;
        }
        else if (magnitude == 0)
        {
            bit = negative ? 3 : 4;
        }
        else if ((a & Fmt<F>.ExponentMask) == 0)
        {
            bit = negative ? 2 : 5;
        }
        else
        {
            bit = negative ? 1 : 6;
        }
        return 1UL << bit;
    }

    /// <summary>Maps a non-NaN value to an integer with the same order; both zeros map to 0.</summary>
    private static long OrderKey(ulong bits)
    {
        long magnitude = (long)(bits & ~Fmt<F>.SignMask);
        return Fmt<F>.Sign(bits) ? -magnitude : magnitude;
    }
}
