// Integer corner cases the ISA defines and C# would throw on (division by zero, MIN / -1), and the AMO operations.
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>RISC-V division semantics and atomic memory operations on host memory.</summary>
internal static class Arith
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Div(ulong a, ulong b)
    {
        long x = (long)a, y = (long)b;
        if (y == 0)
        {
            return ulong.MaxValue;
        }

        return y == -1 ? (ulong)(0 - x) : (ulong)(x / y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Rem(ulong a, ulong b)
    {
        long x = (long)a, y = (long)b;
        if (y == 0)
        {
            return a;
        }

        return y == -1 ? 0 : (ulong)(x % y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong DivW(ulong a, ulong b)
    {
        int x = (int)a, y = (int)b;
        if (y == 0)
        {
            return ulong.MaxValue;
        }

        return (ulong)(long)(y == -1 ? 0 - x : x / y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RemW(ulong a, ulong b)
    {
        int x = (int)a, y = (int)b;
        if (y == 0)
        {
            return (ulong)(long)x;
        }

        return y == -1 ? 0 : (ulong)(long)(x % y);
    }

    /// <summary>Applies AMO <paramref name="funct5"/> to a 32-bit word atomically; returns the old value.</summary>
    public static int AmoWord(ref int target, int funct5, int src)
    {
        switch (funct5)
        {
            case 0x01: return Interlocked.Exchange(ref target, src);
            case 0x00: return Interlocked.Add(ref target, src) - src;
            case 0x0C: return Interlocked.And(ref target, src);
            case 0x08: return Interlocked.Or(ref target, src);
        }

        int old, updated;
        do
        {
            old = Volatile.Read(ref target);
            updated = funct5 switch
            {
                0x04 => old ^ src,
                0x10 => Math.Min(old, src),
                0x14 => Math.Max(old, src),
                0x18 => (int)Math.Min((uint)old, (uint)src),
                _ => (int)Math.Max((uint)old, (uint)src),
            };
        }
        while (Interlocked.CompareExchange(ref target, updated, old) != old);
        return old;
    }

    /// <summary>Applies AMO <paramref name="funct5"/> to a 64-bit doubleword atomically; returns the old value.</summary>
    public static long AmoDouble(ref long target, int funct5, long src)
    {
        switch (funct5)
        {
            case 0x01: return Interlocked.Exchange(ref target, src);
            case 0x00: return Interlocked.Add(ref target, src) - src;
            case 0x0C: return Interlocked.And(ref target, src);
            case 0x08: return Interlocked.Or(ref target, src);
        }

        long old, updated;
        do
        {
            old = Volatile.Read(ref target);
            updated = funct5 switch
            {
                0x04 => old ^ src,
                0x10 => Math.Min(old, src),
                0x14 => Math.Max(old, src),
                0x18 => (long)Math.Min((ulong)old, (ulong)src),
                _ => (long)Math.Max((ulong)old, (ulong)src),
            };
        }
        while (Interlocked.CompareExchange(ref target, updated, old) != old);
        return old;
    }
}
