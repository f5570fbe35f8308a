// Instructions executed outside the interpreter's hot loop: loads and stores that missed the TLB (or are misaligned,
// or hit MMIO), LR/SC and AMOs, FP loads and stores, and FP compute.
using System.Runtime.CompilerServices;

using Harness.Vmm.Cpu.RiscV.Translation;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // The data TLBs of the current effective privilege, chosen at block boundaries.
    private TlbEntry* _loadTlb;
    private TlbEntry* _storeTlb;

    /// <summary>Executes <paramref name="d"/> at <paramref name="pc"/>; false after raising a trap.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ExecuteSlow(Decoded* d, ulong pc)
    {
        ulong* x = _xp;
        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
        ulong v;
        switch (d->Op)
        {
            case Op.Lb:
            case Op.Lbu:
            case Op.Lh:
            case Op.Lhu:
            case Op.Lw:
            case Op.Lwu:
            case Op.Ld:
            {
                int size = d->Op switch { Op.Lb or Op.Lbu => 1, Op.Lh or Op.Lhu => 2, Op.Lw or Op.Lwu => 4, _ => 8 };
                if (!LoadSlow(va, size, pc, out v))
                {
                    return false;
                }

                x[d->Rd] = d->Op switch
                {
                    Op.Lb => (ulong)(long)(sbyte)v,
                    Op.Lh => (ulong)(long)(short)v,
                    Op.Lw => (ulong)(long)(int)v,
                    _ => v,
                };
                return true;
            }

            case Op.Sb:
            case Op.Sh:
            case Op.Sw:
            case Op.Sd:
            {
                int size = d->Op switch { Op.Sb => 1, Op.Sh => 2, Op.Sw => 4, _ => 8 };
                return StoreSlow(va, size, x[d->Rs2], pc);
            }

            case Op.Flw:
            case Op.Fld:
            {
                if (!FpEnabled)
                {
                    return Illegal(d, pc);
                }

                int size = d->Op == Op.Flw ? 4 : 8;
                TlbEntry* e = _loadTlb + ((va >> 12) & TlbMask);
                if (e->Tag == (va & ~(0xFFFUL & ~(ulong)(size - 1))))
                {
                    v = ReadHost((byte*)(e->Addend + (long)va), size);
                }
                else if (!LoadSlow(va, size, pc, out v))
                {
                    return false;
                }

                _fpr[d->Rd] = size == 4 ? v | 0xFFFF_FFFF_0000_0000UL : v; // NaN-boxing
                Status |= MStatus.FsDirty;
                return true;
            }

            case Op.Fsw:
            case Op.Fsd:
            {
                if (!FpEnabled)
                {
                    return Illegal(d, pc);
                }

                int size = d->Op == Op.Fsw ? 4 : 8;
                v = size == 4 ? _fpr[d->Rs2] & 0xFFFF_FFFF : _fpr[d->Rs2];
                TlbEntry* e = _storeTlb + ((va >> 12) & TlbMask);
                if (e->Tag == (va & ~(0xFFFUL & ~(ulong)(size - 1))))
                {
                    WriteHost((byte*)(e->Addend + (long)va), size, v);
                    return true;
                }

                return StoreSlow(va, size, v, pc);
            }

            case Op.FpCompute:
                if (!FpEnabled || !ExecuteFloatingPoint(d->Check))
                {
                    return Illegal(d, pc);
                }

                Status |= MStatus.FsDirty;
                return true;
            default:
                return ExecuteAtomic(d, x, pc);
        }
    }

    private bool Illegal(Decoded* d, ulong pc)
    {
        RaiseException(TrapCause.IllegalInstruction, d->Raw, pc);
        return false;
    }

    /// <summary>LR, SC and AMOs: naturally aligned, RAM only, atomic against other harts through Interlocked.</summary>
    private bool ExecuteAtomic(Decoded* d, ulong* x, ulong pc)
    {
        ulong va = x[d->Rs1];
        switch (d->Op)
        {
            case Op.LrW:
            case Op.LrD:
            {
                int size = d->Op == Op.LrW ? 4 : 8;
                byte* h = AtomicAddress(va, size, true, pc);
                if (h == null)
                {
                    return false;
                }

                ulong v = size == 4 ? (ulong)(long)Volatile.Read(ref *(int*)h) : Volatile.Read(ref *(ulong*)h);
                BlockContext* c = _blockContext;
                c->ResValid = 1;
                c->ResAddress = PhysicalOf(h);
                c->ResValue = v;
                c->ResSize = size >> 2;
                x[d->Rd] = v;
                return true;
            }

            case Op.ScW:
            case Op.ScD:
            {
                // SC succeeds when the reservation is ours and memory still holds what LR read (compare-exchange
                // against that value), so a store by another hart in between makes it fail.
                int size = d->Op == Op.ScW ? 4 : 8;
                byte* h = AtomicAddress(va, size, false, pc);
                if (h == null)
                {
                    return false;
                }

                BlockContext* c = _blockContext;
                bool ok = c->ResValid != 0 && c->ResSize == (size >> 2) && c->ResAddress == PhysicalOf(h) && (size == 4
                    ? Interlocked.CompareExchange(ref *(int*)h, (int)x[d->Rs2], (int)c->ResValue) == (int)c->ResValue
                    : Interlocked.CompareExchange(ref *(ulong*)h, x[d->Rs2], c->ResValue) == c->ResValue);
                c->ResValid = 0;
                x[d->Rd] = ok ? 0UL : 1UL;
                return true;
            }

            case Op.AmoW:
            {
                byte* h = AtomicAddress(va, 4, false, pc);
                if (h == null)
                {
                    return false;
                }

                x[d->Rd] = (ulong)(long)Arith.AmoWord(ref *(int*)h, d->Aux, (int)x[d->Rs2]);
                return true;
            }

            case Op.AmoD:
            {
                byte* h = AtomicAddress(va, 8, false, pc);
                if (h == null)
                {
                    return false;
                }

                x[d->Rd] = (ulong)Arith.AmoDouble(ref *(long*)h, d->Aux, (long)x[d->Rs2]);
                return true;
            }

            default:
                return Illegal(d, pc);
        }
    }
}
