// Test vectors for the differential tests: special values crossed with each other and with every rounding mode,
// then seeded random operands shaped to hit cancellation, halfway cases, overflow, underflow and integer limits.
namespace Harness.Vmm.Tests.Cpu.Fpu;

public static class FpuVectors
{
    private const ulong Box = 0xffff_ffff_0000_0000;

    private static readonly uint[] SingleSpecials =
    [
        0x00000000, 0x00000001, 0x00000002, 0x003fffff, 0x00400000, 0x007fffff, 0x00800000, 0x00800001, 0x00ffffff,
        0x01000000, 0x0c000000, 0x33800000, 0x34000000, 0x3effffff, 0x3f000000, 0x3f000001, 0x3f7fffff, 0x3f800000,
        0x3f800001, 0x3fc00000, 0x3fffffff, 0x40000000, 0x40200000, 0x40400000, 0x4b000000, 0x4b7fffff, 0x4b800000,
        0x4effffff, 0x4f000000, 0x4f000001, 0x4f7fffff, 0x4f800000, 0x5effffff, 0x5f000000, 0x5f7fffff, 0x5f800000,
        0x7effffff, 0x7f000000, 0x7f7fffff, 0x7f800000, 0x7f800001, 0x7fa00000, 0x7fc00000, 0x7fc00001, 0x7fffffff,
    ];

    private static readonly ulong[] DoubleSpecials =
    [
        0x0000000000000000, 0x0000000000000001, 0x0000000000000002, 0x0007ffffffffffff, 0x0008000000000000,
        0x000fffffffffffff, 0x0010000000000000, 0x0010000000000001, 0x001fffffffffffff, 0x0020000000000000,
        0x3690000000000000, 0x36a0000000000000, 0x36a8000000000000, 0x380fffffffffffff, 0x3810000000000000,
        0x3ca0000000000000, 0x3fdfffffffffffff, 0x3fe0000000000000, 0x3fe0000000000001, 0x3fefffffffffffff,
        0x3ff0000000000000, 0x3ff0000000000001, 0x3ff8000000000000, 0x3fffffffffffffff, 0x4000000000000000,
        0x4004000000000000, 0x4008000000000000, 0x41dfffffffc00000, 0x41dfffffffe00000, 0x41e0000000000000,
        0x41e0000000100000, 0x41efffffffe00000, 0x41effffffff00000, 0x41f0000000000000, 0x4330000000000000,
        0x433fffffffffffff, 0x4340000000000000, 0x43dfffffffffffff, 0x43e0000000000000, 0x43efffffffffffff,
        0x43f0000000000000, 0x47efffffe0000000, 0x47effffff0000000, 0x47f0000000000000, 0x7fe0000000000000,
        0x7fefffffffffffff, 0x7ff0000000000000, 0x7ff0000000000001, 0x7ff4000000000000, 0x7ff8000000000000,
        0x7ff8000000000123, 0x7fffffffffffffff,
    ];

    // Smaller sets for the pair and triple products, so the cross products stay in the tens of thousands.
    private static readonly uint[] SinglePairs =
    [
        0x00000000, 0x00000001, 0x007fffff, 0x00800000, 0x00800001, 0x0c000000, 0x33800000, 0x3f000000, 0x3f7fffff,
        0x3f800000, 0x3f800001, 0x3fc00000, 0x40000000, 0x40400000, 0x4b800000, 0x4f000000, 0x5f000000, 0x7effffff,
        0x7f7fffff, 0x7f800000, 0x7f800001, 0x7fc00000,
    ];

    private static readonly ulong[] DoublePairs =
    [
        0x0000000000000000, 0x0000000000000001, 0x000fffffffffffff, 0x0010000000000000, 0x0010000000000001,
        0x2000000000000000, 0x3ca0000000000000, 0x3fe0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000,
        0x3ff0000000000001, 0x3ff8000000000000, 0x4000000000000000, 0x4008000000000000, 0x4340000000000000,
        0x43e0000000000000, 0x5fe0000000000000, 0x7fe0000000000000, 0x7fefffffffffffff, 0x7ff0000000000000,
        0x7ff0000000000001, 0x7ff8000000000000,
    ];

    private static readonly uint[] SingleTriples =
        [0x00000000, 0x00000001, 0x00800000, 0x3f800000, 0x3f800001, 0x40400000, 0x7f7fffff, 0x7f800000, 0x7fa00000, 0x7fc00000];

    private static readonly ulong[] DoubleTriples =
    [
        0x0000000000000000, 0x0000000000000001, 0x0010000000000000, 0x3ff0000000000000, 0x3ff0000000000001,
        0x4008000000000000, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7ff4000000000000, 0x7ff8000000000000,
    ];

    private static readonly ulong[] IntegerSpecials =
    [
        0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 0x1_0000_0000, 0xffffff, 0x1000001, 0x1000003, 0x20000001,
        0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0x1fffffffffffff, 0x20000000000001,
        0x20000000000003, 0x7ffffffffffffdff, 0x7ffffffffffffe00, 0xfffffffffffff800, 0xfffffffffffffc00,
        0xffffffff80000000, 0xffffffff7fffffff, 0x00000000fffffffe,
    ];

    /// <summary>All vectors for one instruction: specials crossed with every rounding mode, then randomCount random.</summary>
    public static List<FpuVector> For(FpuOp op, int randomCount)
    {
        var vectors = new List<FpuVector>();
        ulong[] specials1 = Specials(op.Source1, full: true);
        for (uint rm = 0; rm < 5; rm++)
        {
            if (op.Source3 != OperandKind.None)
            {
                ulong[] t = Triples(op.Source1);
                foreach (ulong a in t)
                {
                    foreach (ulong b in t)
                    {
                        foreach (ulong c in t)
                        {
                            for (int signs = 0; signs < 8; signs++)
                            {
                                vectors.Add(new FpuVector(op.Id, rm, Negate(op, a, signs & 1), Negate(op, b, signs & 2),
                                                          Negate(op, c, signs & 4)));
                            }
                        }
                    }
                }
            }
            else if (op.Source2 != OperandKind.None)
            {
                ulong[] pairs = Specials(op.Source1, full: false);
                foreach (ulong a in pairs)
                {
                    foreach (ulong b in pairs)
                    {
                        vectors.Add(new FpuVector(op.Id, rm, a, b, 0));
                    }
                }
            }
            else
            {
                foreach (ulong a in specials1)
                {
                    vectors.Add(new FpuVector(op.Id, rm, a, 0, 0));
                }
            }
        }

        var rng = new Random(0x5eed + op.Id);
        var generator = new OperandGenerator(rng, op);
        for (int i = 0; i < randomCount; i++)
        {
            generator.Next(out ulong a, out ulong b, out ulong c);
            vectors.Add(new FpuVector(op.Id, (uint)(i % 5), a, b, c));
        }
        return vectors;
    }

    private static ulong Negate(FpuOp op, ulong v, int flip) => flip == 0 ? v : op.IsDouble ? v ^ (1UL << 63) : v ^ 0x8000_0000;

    private static ulong[] Specials(OperandKind kind, bool full) => kind switch
    {
        OperandKind.Single => WithSigns(full ? SingleSpecials : SinglePairs, single: true),
        OperandKind.Double => WithSigns(full ? DoubleSpecials : DoublePairs, single: false),
        OperandKind.RawFloat => [.. WithSigns(SingleSpecials, single: true), .. WithSigns(SingleSpecials, single: true).Select(v => v & 0xffff_ffffUL), .. WithSigns(DoubleSpecials, single: false)],
        _ => [.. IntegerSpecials, .. IntegerSpecials.Select(v => 0 - v)],
    };

    private static ulong[] Triples(OperandKind kind) =>
        kind == OperandKind.Single ? [.. SingleTriples.Select(v => Box | v)] : DoubleTriples;

    private static ulong[] WithSigns(IEnumerable<uint> values, bool single) =>
        [.. values.SelectMany(v => new[] { Box | v, Box | v | 0x8000_0000 })];

    private static ulong[] WithSigns(IEnumerable<ulong> values, bool single) =>
        [.. values.SelectMany(v => new[] { v, v | (1UL << 63) })];

    /// <summary>Seeded random operands, biased per instruction towards the cases that break implementations.</summary>
    private sealed class OperandGenerator(Random rng, FpuOp op)
    {
        private readonly bool dbl = op.Source1 == OperandKind.Double || (op.Source1 != OperandKind.Single && op.IsDouble);
        private int FracBits => dbl ? 52 : 23;
        private int Bias => dbl ? 1023 : 127;
        private int MaxField => dbl ? 2047 : 255;

        public void Next(out ulong a, out ulong b, out ulong c)
        {
            b = 0;
            c = 0;
            switch (op.Goal)
            {
                case OpGoal.FromInteger:
                case OpGoal.Move when op.Source1 == OperandKind.Integer:
                    a = RandomInteger();
                    return;
                case OpGoal.Move:
                    a = rng.Next(4) == 0 ? RandomU64() : Raw(RandomField());
                    return;
                case OpGoal.ToInteger:
                    a = Finish(rng.Next(2) == 0 ? NearIntegerLimit() : RandomField(), op.Source1);
                    return;
                case OpGoal.Narrow:
                    a = RandomNarrowSource();
                    return;
                case OpGoal.SquareRoot:
                    a = Finish(rng.Next(5) == 0 ? Square() : RandomField(), op.Source1);
                    return;
            }
            int ea = RandomExponentField();
            ulong fa = Compose(ea, RandomFraction());
            ulong fb = Compose(RelatedExponentField(ea), RandomFraction());
            if (op.Goal == OpGoal.Divide && rng.Next(6) == 0)
            {
                fa = ExactMultiple(fb);
            }
            a = Finish(fa, op.Source1);
            b = Finish(fb, op.Source2);
            if (op.Goal == OpGoal.FusedMultiplyAdd)
            {
                c = Finish(rng.Next(2) == 0 ? NearNegatedProduct(fa, fb) : RandomField(), op.Source3);
            }
        }

        private ulong Raw(ulong bits) => dbl ? bits : Box | bits;

        /// <summary>Packs a single or double bit pattern into a register, occasionally with a broken NaN box.</summary>
        private ulong Finish(ulong bits, OperandKind kind)
        {
            if (kind != OperandKind.Single)
            {
                return bits;
            }
            if (rng.Next(40) == 0)
            {
                ulong upper = RandomU64() & Box;
                return (upper == Box ? 0 : upper) | bits;
            }
            return Box | bits;
        }

        private ulong RandomU64() => (ulong)rng.NextInt64() ^ ((ulong)rng.Next(2) << 63);

        private ulong RandomField() => Compose(RandomExponentField(), RandomFraction());

        private ulong Compose(int field, ulong fraction)
        {
            ulong sign = rng.Next(2) == 0 ? 0 : 1UL << (dbl ? 63 : 31);
            field = Math.Clamp(field, 0, MaxField);
            return sign | ((ulong)field << FracBits) | (fraction & ((1UL << FracBits) - 1));
        }

        private int RandomExponentField()
        {
            int r = rng.Next(100);
            return r switch
            {
                < 5 => 0,
                < 8 => MaxField,
                < 18 => MaxField - 1 - rng.Next(4),
                < 28 => 1 + rng.Next(4),
                < 45 => rng.Next(MaxField + 1),
                _ => Bias + rng.Next(-40, 41),
            };
        }

        private int RelatedExponentField(int ea)
        {
            int r = rng.Next(100);
            int product = op.Goal == OpGoal.Divide ? -1 : 1;
            return r switch
            {
                // Close exponents: cancellation in add, near-one ratios in divide.
                < 35 => ea + rng.Next(-3, 4),
                // Results near the bottom or top of the range for multiply and divide.
                < 50 => product * (1 - Bias - FracBits + rng.Next(-3, 4) - (ea - Bias)) + Bias,
                < 60 => product * (Bias + rng.Next(-2, 3) - (ea - Bias)) + Bias,
                < 70 => product * (1 - Bias + rng.Next(-3, 3) - (ea - Bias)) + Bias,
                _ => RandomExponentField(),
            };
        }

        private ulong RandomFraction()
        {
            ulong full = RandomU64();
            int r = rng.Next(100);
            return r switch
            {
                < 40 => full,
                // Trailing zeros make exact results and exact halfway points likely.
                < 65 => full & ~((1UL << rng.Next(FracBits + 1)) - 1),
                < 75 => full >> (64 - rng.Next(1, 6)) << (FracBits - 5),
                < 85 => ((1UL << FracBits) - 1) - (ulong)rng.Next(4),
                < 92 => (ulong)rng.Next(4),
                _ => (full & ~((1UL << rng.Next(FracBits + 1)) - 1)) | 1,
            };
        }

        private ulong NearIntegerLimit()
        {
            int[] exponents = [-2, -1, 0, 1, 22, 23, 24, 30, 31, 32, 33, 51, 52, 53, 62, 63, 64, 65];
            int e = exponents[rng.Next(exponents.Length)];
            return Compose(Bias + e, RandomFraction());
        }

        private ulong Square()
        {
            if (dbl)
            {
                double x = BitConverter.Int64BitsToDouble((long)Compose(Bias + rng.Next(-500, 500), RandomU64() & ~((1UL << 30) - 1)));
                return (ulong)BitConverter.DoubleToInt64Bits(x * x) & ~(1UL << 63);
            }
            float y = BitConverter.Int32BitsToSingle((int)Compose(Bias + rng.Next(-60, 60), RandomU64() & ~((1UL << 12) - 1)));
            return (ulong)(uint)BitConverter.SingleToInt32Bits(y * y) & 0x7fff_ffff;
        }

        private ulong ExactMultiple(ulong divisor)
        {
            ulong q = Compose(Bias + rng.Next(-5, 6), RandomU64() & ~((1UL << (FracBits - 4)) - 1));
            if (dbl)
            {
                return (ulong)BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble((long)divisor) * BitConverter.Int64BitsToDouble((long)q));
            }
            return (uint)BitConverter.SingleToInt32Bits(BitConverter.Int32BitsToSingle((int)divisor) * BitConverter.Int32BitsToSingle((int)q));
        }

        /// <summary>An addend close to -(a × b), for massive cancellation in the fused multiply-adds.</summary>
        private ulong NearNegatedProduct(ulong fa, ulong fb)
        {
            ulong p;
            if (dbl)
            {
                p = (ulong)BitConverter.DoubleToInt64Bits(-(BitConverter.Int64BitsToDouble((long)fa) * BitConverter.Int64BitsToDouble((long)fb)));
            }
            else
            {
                p = (uint)BitConverter.SingleToInt32Bits(-(BitConverter.Int32BitsToSingle((int)fa) * BitConverter.Int32BitsToSingle((int)fb)));
            }
            if (op.Name.StartsWith("fmsub", StringComparison.Ordinal) || op.Name.StartsWith("fnmadd", StringComparison.Ordinal))
            {
                p ^= 1UL << (dbl ? 63 : 31);
            }
            return p + (ulong)rng.Next(-3, 4);
        }

        private ulong RandomNarrowSource()
        {
            // Doubles around the single range edges and with bits just around the single rounding point.
            int r = rng.Next(100);
            int e = r switch
            {
                < 20 => -126 - rng.Next(30),
                < 30 => 127 + rng.Next(-2, 3),
                < 45 => rng.Next(-1022, 1024),
                _ => rng.Next(-40, 41),
            };
            ulong fraction = RandomFraction() & ((1UL << 52) - 1);
            if (rng.Next(3) == 0)
            {
                // Exactly halfway between two singles, or one ulp of a double either side of that.
                fraction = (fraction & ~((1UL << 29) - 1)) | (1UL << 28);
                fraction += (ulong)rng.Next(-1, 2);
            }
            ulong sign = rng.Next(2) == 0 ? 0 : 1UL << 63;
            ulong bits = sign | ((ulong)Math.Clamp(e + 1023, 0, 2047) << 52) | (fraction & ((1UL << 52) - 1));
            return op.Source1 == OperandKind.Double ? bits : Finish((uint)RandomField(), OperandKind.Single);
        }

        private ulong RandomInteger()
        {
            int r = rng.Next(100);
            ulong v = r switch
            {
                < 30 => RandomU64() >> rng.Next(64),
                // A run of significant bits then a chosen tail: ties and near-ties for every precision.
                < 60 => ((RandomU64() | 1) >> rng.Next(64 - 56)) << rng.Next(0, 10),
                < 80 => ((1UL << rng.Next(1, 64)) + (ulong)rng.Next(-3, 4)),
                _ => RandomU64(),
            };
            return rng.Next(2) == 0 ? v : 0 - v;
        }
    }
}
