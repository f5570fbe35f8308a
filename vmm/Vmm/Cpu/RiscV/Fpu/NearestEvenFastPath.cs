// The common case on the host's FPU: round-to-nearest-even results that are finite and well clear of the
// subnormal range. The host rounds correctly in that mode; error-free transforms (TwoSum, an FMA residual)
// tell exact from inexact for NX. Anything else (other modes, specials, overflow, tiny results) returns false
// and takes the soft-float path.
namespace Harness.Vmm.Cpu.RiscV.Fpu;

internal static class NearestEvenFastPath
{
    // Results at or above 2^-960 (doubles) leave every residual of a product or quotient exactly representable.
    private const double MinSafeDouble = 1.0264413623395184e-289; // 2^-960
    // Singles are computed in double, where nothing underflows; only the single result must stay normal.
    private const double MinSafeSingle = 4.930380657631324e-32; // 2^-104

    public static bool TryAdd<F>(ulong a, ulong b, ref uint flags, out ulong result) where F : struct, IFloatFormat
    {
        if (typeof(F) == typeof(Binary64))
        {
            double x = BitConverter.UInt64BitsToDouble(a);
            double y = BitConverter.UInt64BitsToDouble(b);
            double s = x + y;
            result = BitConverter.DoubleToUInt64Bits(s);
            if (!double.IsFinite(s))
            {
                return false;
            }
            // TwoSum: the exact rounding error of the addition, always representable. A tiny sum is exact,
            // so addition never underflows.
            double bv = s - x;
            double err = (x - (s - bv)) + (y - bv);
            flags |= err != 0 ? FpFlags.NX : 0;
            return true;
        }
        else
        {
            double x = BitConverter.Int32BitsToSingle((int)a);
            double y = BitConverter.Int32BitsToSingle((int)b);
            double s = x + y;
            float r = (float)s;
            result = BitConverter.SingleToUInt32Bits(r);
            if (!float.IsFinite(r) || !double.IsFinite(x) || !double.IsFinite(y))
            {
                return false;
            }
            // Rounding to double and then to single is innocuous for +, -, ×, ÷ and √ because 53 >= 2 × 24 + 2.
            double bv = s - x;
            double err = (x - (s - bv)) + (y - bv);
            flags |= err != 0 || r != s ? FpFlags.NX : 0;
            return true;
        }
    }

    public static bool TryMultiply<F>(ulong a, ulong b, ref uint flags, out ulong result) where F : struct, IFloatFormat
    {
        if (typeof(F) == typeof(Binary64))
        {
            double x = BitConverter.UInt64BitsToDouble(a);
            double y = BitConverter.UInt64BitsToDouble(b);
            double p = x * y;
            result = BitConverter.DoubleToUInt64Bits(p);
            if (!(Math.Abs(p) >= MinSafeDouble && double.IsFinite(p)))
            {
                return false;
            }
            flags |= Math.FusedMultiplyAdd(x, y, -p) != 0 ? FpFlags.NX : 0;
            return true;
        }
        else
        {
            double p = (double)BitConverter.Int32BitsToSingle((int)a) * BitConverter.Int32BitsToSingle((int)b);
            float r = (float)p;
            result = BitConverter.SingleToUInt32Bits(r);
            if (!(Math.Abs(p) >= MinSafeSingle && float.IsFinite(r)))
            {
                return false;
            }
            // The double product of two singles is exact.
            flags |= r != p ? FpFlags.NX : 0;
            return true;
        }
    }

    public static bool TryDivide<F>(ulong a, ulong b, ref uint flags, out ulong result) where F : struct, IFloatFormat
    {
        if (typeof(F) == typeof(Binary64))
        {
            double x = BitConverter.UInt64BitsToDouble(a);
            double y = BitConverter.UInt64BitsToDouble(b);
            double q = x / y;
            result = BitConverter.DoubleToUInt64Bits(q);
            if (!(Math.Abs(q) >= MinSafeDouble && Math.Abs(x) >= MinSafeDouble && double.IsFinite(q)))
            {
                return false;
            }
            flags |= Math.FusedMultiplyAdd(-q, y, x) != 0 ? FpFlags.NX : 0;
            return true;
        }
        else
        {
            double x = BitConverter.Int32BitsToSingle((int)a);
            double y = BitConverter.Int32BitsToSingle((int)b);
            double q = x / y;
            float r = (float)q;
            result = BitConverter.SingleToUInt32Bits(r);
            if (!(Math.Abs(q) >= MinSafeSingle && float.IsFinite(r)))
            {
                return false;
            }
            flags |= r != q || Math.FusedMultiplyAdd(-q, y, x) != 0 ? FpFlags.NX : 0;
            return true;
        }
    }

    public static bool TrySquareRoot<F>(ulong a, ref uint flags, out ulong result) where F : struct, IFloatFormat
    {
        if (typeof(F) == typeof(Binary64))
        {
            double x = BitConverter.UInt64BitsToDouble(a);
            double r = Math.Sqrt(x);
            result = BitConverter.DoubleToUInt64Bits(r);
            if (!(x >= MinSafeDouble && double.IsFinite(x)))
            {
                return false;
            }
            flags |= Math.FusedMultiplyAdd(r, r, -x) != 0 ? FpFlags.NX : 0;
            return true;
        }
        else
        {
            double x = BitConverter.Int32BitsToSingle((int)a);
            double d = Math.Sqrt(x);
            float r = (float)d;
            result = BitConverter.SingleToUInt32Bits(r);
            if (!(x > 0 && double.IsFinite(x)))
            {
                return false;
            }
            flags |= r != d || Math.FusedMultiplyAdd(d, d, -x) != 0 ? FpFlags.NX : 0;
            return true;
        }
    }
}
