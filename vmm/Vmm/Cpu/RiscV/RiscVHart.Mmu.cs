// Address translation: Sv39/Sv48 page walks with atomic A/D updates, the software TLBs of host pointers, and the
// slow paths of loads, stores and atomics (misaligned, page-crossing, MMIO, TLB misses).
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // 1,024 entries a set: with 256, a restore, its hook and one exec of a short command missed 1,200 times more
    // (conflicts between the kernel's and the program's pages), each miss a trip out of compiled code and a walk.
    private const int TlbBits = 10;
    private const int TlbEntries = 1 << TlbBits;
    private const ulong TlbMask = TlbEntries - 1;

    private const ulong PteV = 1, PteR = 2, PteW = 4, PteX = 8, PteU = 16, PteA = 64, PteD = 128;

    // One TLB per access kind and privilege (index 0..3 by the privilege encoding): switching between U and S costs
    // no flush, and entries always reflect the permissions of the mode that filled them. The U and S sets come in
    // banks, one per address space (RiscVHart.TlbBanks.cs); M-mode's are bank 0's.
    // 192 KiB a bank, of which banks other than 0 touch only the U and S sets (96 KiB); passed on like the decode
    // cache (HartSpares), flushed by the hart that gives it (ReleaseTlb), off the next restore's path.
    private TlbEntry[] _tlb = null!;
    private TlbEntry* _tlbBase;
    private ulong _watchedPage = ulong.MaxValue;

    /// <summary>
    /// Watches stores to the 4 KiB guest-physical page holding <paramref name="physicalAddress"/>: they never get a
    /// TLB entry, and each one makes <see cref="Run"/> return <see cref="HartExit.ExitRequested"/> at the next block
    /// boundary (HTIF tohost polling without a per-instruction cost). <c>ulong.MaxValue</c> turns it off.
    /// Only while the hart is not running.
    /// </summary>
    public void WatchStoresToPage(ulong physicalAddress)
    {
        _watchedPage = physicalAddress == ulong.MaxValue ? ulong.MaxValue : physicalAddress & ~0xFFFUL;
        FlushAllTlbs();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TlbEntry* TlbFor(AccessKind kind, PrivilegeLevel priv) =>
        (priv == PrivilegeLevel.Machine ? _tlbBase : _bankBase) + SetOffset(kind, priv);

    /// <summary>Where the set of <paramref name="kind"/> and <paramref name="priv"/> lies in a bank, in entries.</summary>
    private static int SetOffset(AccessKind kind, PrivilegeLevel priv) => (((int)kind * 4) + (int)priv) * TlbEntries;

    /// <summary>The privilege data accesses are checked and translated with (mstatus.MPRV applies in M-mode).</summary>
    private PrivilegeLevel DataPrivilege =>
        _priv == PrivilegeLevel.Machine && (Status & MStatus.MPRV) != 0
            ? (PrivilegeLevel)((Status >> MStatus.MppShift) & 3)
            : _priv;

    private void InitTlb()
    {
        TlbEntry[]? spare = HartSpares<TlbEntry[]>.TryTake();
        bool clean = spare is { Length: TlbArrayEntries };
        _tlb = clean ? spare! : GC.AllocateArray<TlbEntry>(TlbArrayEntries, pinned: true);
        _pagedDirty = clean ? 0 : (1 << TlbBanks) - 1;
        _machineDirty = !clean;
        fixed (TlbEntry* p = _tlb)
        {
            _tlbBase = p; // pinned for the hart's life
            _bankBase = p;
        }

        // A new array's zeroes are not empty entries; a spare is already flushed and costs nothing. The other banks of a
        // new array are emptied when first given an address space: 288 KiB an idle sandbox never touches otherwise
        // (its process PSS grew from 1.61 to 1.95 MiB when they were emptied here). Until then they take no global
        // entries from the others (RiscVHart.TlbGlobal.cs), as they are not known to be empty.
        FlushAllTlbs();
    }

    /// <summary>
    /// Flushes the TLB arrays and hands them to the next hart created, which then needs no flush of its own (a
    /// restore's path: 9 sets of 1,024 entries, twice); once only, and this hart must never run again.
    /// </summary>
    private void ReleaseTlb()
    {
        FlushAllTlbs();
        for (int b = 1; b < TlbBanks; b++)
        {
            FlushPagedSets(b); // a spare starts with every bank empty
        }

        _tlbBase = null;
        _bankBase = null;
        HartSpares<TlbEntry[]>.TryGive(_tlb);
    }

    private void FlushAllTlbs()
    {
        FlushPagedSets(0);
        if (_machineDirty)
        {
            _machineDirty = false;
            for (int kind = 0; kind < 3; kind++)
            {
                FlushSet(BankSet(0, (AccessKind)kind, PrivilegeLevel.Machine));
            }
        }

        // The other banks are flushed when they are next given an address space (SelectBank).
        ForgetBanks();
        ForgetPagedFills();
    }

    /// <summary>Drops translations of U and S mode in every bank (SFENCE.VMA of all address spaces); M-mode entries are identity maps of RAM.</summary>
    private void FlushPagedTlbs()
    {
        for (int b = 0; b < TlbBanks; b++)
        {
            FlushPagedSets(b);
        }

        ForgetPagedFills();
    }

    /// <summary>Drops every writable translation: M-mode's and those of each bank that holds any.</summary>
    private void FlushStoreTlbs()
    {
        FlushSet(BankSet(0, AccessKind.Store, PrivilegeLevel.Machine));
        for (int b = 0; b < TlbBanks; b++)
        {
            if (BankHolds(b))
            {
                FlushSet(BankSet(b, AccessKind.Store, PrivilegeLevel.User));
                FlushSet(BankSet(b, AccessKind.Store, PrivilegeLevel.Supervisor));
            }
        }
    }

    private static void FlushSet(TlbEntry* set)
    {
        for (int i = 0; i < TlbEntries; i++)
        {
            set[i].Tag = TlbEntry.Invalid;
        }
    }

    /// <summary>
    /// Translates <paramref name="va"/> for <paramref name="kind"/> at <paramref name="priv"/>. Returns -1 and the
    /// physical address, or the exception cause to raise (tval is the faulting va).
    /// </summary>
    private int Translate(ulong va, AccessKind kind, PrivilegeLevel priv, out ulong pa, out ulong leafPte, out int leafLevel)
    {
        ulong mode = _satp >> 60;
        leafPte = 0;
        leafLevel = 0;
        if (priv == PrivilegeLevel.Machine || mode == 0)
        {
            pa = va;
            return -1;
        }

        int levels = mode == 9 ? 4 : 3;
        int vaBits = 12 + (9 * levels);
        int pageFault = kind switch
        {
            AccessKind.Fetch => TrapCause.InstructionPageFault,
            AccessKind.Load => TrapCause.LoadPageFault,
            _ => TrapCause.StorePageFault,
        };
        int accessFault = kind switch
        {
            AccessKind.Fetch => TrapCause.InstructionAccessFault,
            AccessKind.Load => TrapCause.LoadAccessFault,
            _ => TrapCause.StoreAccessFault,
        };
        pa = 0;
        if ((ulong)((long)(va << (64 - vaBits)) >> (64 - vaBits)) != va)
        {
            return pageFault;
        }

        ulong table = (_satp & 0xFFF_FFFF_FFFF) << 12;
        for (int level = levels - 1; level >= 0; level--)
        {
            ulong pteAddr = table + (((va >> (12 + (9 * level))) & 0x1FF) * 8);
            if (!_memory.Contains(pteAddr, 8))
            {
                return accessFault;
            }

            if (_demandPaged)
            {
                _memory.EnsureResident(pteAddr, 8);
            }

            ulong* ptePtr = (ulong*)(_ram + (pteAddr - _ramBase));
        Reload:
            ulong pte = Volatile.Read(ref *ptePtr);
            if ((pte & PteV) == 0 || ((pte & PteR) == 0 && (pte & PteW) != 0) || (pte >> 54) != 0)
            {
                return pageFault;
            }

            if ((pte & (PteR | PteX)) == 0)
            {
                table = ((pte >> 10) & 0xFFF_FFFF_FFFF) << 12;
                continue;
            }

            if (!Permitted(pte, kind, priv))
            {
                return pageFault;
            }

            ulong ppn = (pte >> 10) & 0xFFF_FFFF_FFFF;
            ulong lowMask = (1UL << (9 * level)) - 1;
            if ((ppn & lowMask) != 0)
            {
                return pageFault; // misaligned superpage
            }

            ulong need = PteA | (kind == AccessKind.Store ? PteD : 0);
            if ((pte & need) != need)
            {
                if (Interlocked.CompareExchange(ref *ptePtr, pte | need, pte) != pte)
                {
                    goto Reload;
                }

                _memory.MarkPageDirty((int)((pteAddr - _ramBase) >> 12));
            }

            pa = ((ppn | ((va >> 12) & lowMask)) << 12) | (va & 0xFFF);
            leafPte = pte;
            leafLevel = level;
            return -1;
        }

        return pageFault;
    }

    private bool Permitted(ulong pte, AccessKind kind, PrivilegeLevel priv)
    {
        bool user = (pte & PteU) != 0;
        if (priv == PrivilegeLevel.User)
        {
            if (!user)
            {
                return false;
            }
        }
        else if (user && (kind == AccessKind.Fetch || (Status & MStatus.SUM) == 0))
        {
            return false;
        }

        return kind switch
        {
            AccessKind.Fetch => (pte & PteX) != 0,
            AccessKind.Load => (pte & PteR) != 0 || ((Status & MStatus.MXR) != 0 && (pte & PteX) != 0),
            _ => (pte & PteW) != 0,
        };
    }

    /// <summary>
    /// Translates and, when the page is RAM, fills the TLB and returns the host pointer for <paramref name="va"/>.
    /// Returns -1 with host == null for a non-RAM page (pa is its physical address), or an exception cause.
    /// </summary>
    private int TranslateAndFill(ulong va, AccessKind kind, PrivilegeLevel priv, out ulong pa, out byte* host)
    {
        host = null;
        int cause = Translate(va, kind, priv, out pa, out ulong leafPte, out int leafLevel);
        if (cause >= 0)
        {
            return cause;
        }

        ulong pagePa = pa & ~0xFFFUL;
        if (pagePa - _ramBase < _ramSize && pagePa >= _ramBase)
        {
            if (_demandPaged)
            {
                // The TLB keeps this pointer for later accesses, so the whole page must be filled now.
                _memory.EnsureResident(pagePa, 4096);
            }

            byte* hostPage = _ram + (pagePa - _ramBase);
            host = hostPage + (va & 0xFFF);
            if (kind == AccessKind.Store)
            {
                _memory.MarkPageDirty((int)((pagePa - _ramBase) >> 12));
                if (pagePa == _watchedPage)
                {
                    Interlocked.Or(ref *_attention, AttnExit);
                    return -1;
                }
            }

            TlbEntry* e = TlbFor(kind, priv) + ((va >> 12) & TlbMask);
            e->Tag = va & ~0xFFFUL;
            e->Addend = (long)hostPage - (long)(va & ~0xFFFUL);
            if (priv == PrivilegeLevel.Machine)
            {
                _machineDirty = true;
            }
            else
            {
                _pagedDirty |= _bankBit;
            }
            if (leafPte != 0)
            {
                NoteFill(e, kind, priv, va, leafPte, leafLevel);
            }

            if (priv != PrivilegeLevel.Machine)
            {
                NoteGlobal(e, leafPte != 0 && IsGlobalFill(leafPte, kind), kind, priv, va);
            }
        }

        return -1;
    }

    /// <summary>Maps the page of <paramref name="pc"/> for fetching; false after raising the fault.</summary>
    private bool FetchPage(ulong pc, out byte* hostPage)
    {
        int cause = TranslateAndFill(pc, AccessKind.Fetch, _priv, out _, out byte* host);
        if (cause < 0 && host == null)
        {
            cause = TrapCause.InstructionAccessFault;
        }

        if (cause >= 0)
        {
            hostPage = null;
            RaiseException(cause, pc, pc);
            return false;
        }

        hostPage = host - (pc & 0xFFF);
        return true;
    }

    private static int AccessFault(AccessKind kind) =>
        kind == AccessKind.Load ? TrapCause.LoadAccessFault : TrapCause.StoreAccessFault;

    /// <summary>Slow path of a load of <paramref name="size"/> bytes; false after raising the trap.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LoadSlow(ulong va, int size, ulong pc, out ulong value)
    {
        value = 0;
        PrivilegeLevel priv = DataPrivilege;
        if ((va & 0xFFF) + (ulong)size <= 4096)
        {
            int cause = TranslateAndFill(va, AccessKind.Load, priv, out ulong pa, out byte* host);
            if (cause >= 0)
            {
                RaiseException(cause, va, pc);
                return false;
            }

            if (host != null)
            {
                value = ReadHost(host, size);
                return true;
            }

            if ((va & (ulong)(size - 1)) != 0 || !_bus.Read(pa, size, out value))
            {
                RaiseException(TrapCause.LoadAccessFault, va, pc);
                return false;
            }

            return true;
        }

        if (!SplitPages(va, size, AccessKind.Load, priv, pc, out byte* h1, out byte* h2))
        {
            return false;
        }

        int first = (int)(4096 - (va & 0xFFF));
        for (int i = size - 1; i >= 0; i--)
        {
            value = (value << 8) | (i < first ? h1[i] : h2[i - first]);
        }

        return true;
    }

    /// <summary>Slow path of a store; false after raising the trap.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StoreSlow(ulong va, int size, ulong value, ulong pc)
    {
        PrivilegeLevel priv = DataPrivilege;
        if ((va & 0xFFF) + (ulong)size <= 4096)
        {
            int cause = TranslateAndFill(va, AccessKind.Store, priv, out ulong pa, out byte* host);
            if (cause >= 0)
            {
                RaiseException(cause, va, pc);
                return false;
            }

            if (host != null)
            {
                WriteHost(host, size, value);
                return true;
            }

            if ((va & (ulong)(size - 1)) != 0 || !_bus.Write(pa, size, value))
            {
                RaiseException(TrapCause.StoreAccessFault, va, pc);
                return false;
            }

            return true;
        }

        if (!SplitPages(va, size, AccessKind.Store, priv, pc, out byte* h1, out byte* h2))
        {
            return false;
        }

        int first = (int)(4096 - (va & 0xFFF));
        for (int i = 0; i < size; i++)
        {
            byte b = (byte)(value >> (8 * i));
            if (i < first)
            {
                h1[i] = b;
            }
            else
            {
                h2[i - first] = b;
            }
        }

        return true;
    }

    /// <summary>Translates both pages of a page-crossing access (RAM only) before any byte moves.</summary>
    private bool SplitPages(ulong va, int size, AccessKind kind, PrivilegeLevel priv, ulong pc, out byte* h1, out byte* h2)
    {
        h2 = null;
        ulong va2 = (va + (ulong)size - 1) & ~0xFFFUL;
        int cause = TranslateAndFill(va, kind, priv, out _, out h1);
        ulong tval = va;
        if (cause < 0 && h1 == null)
        {
            cause = AccessFault(kind);
        }

        if (cause < 0)
        {
            tval = va2;
            cause = TranslateAndFill(va2, kind, priv, out _, out h2);
            if (cause < 0 && h2 == null)
            {
                cause = AccessFault(kind);
            }
        }

        if (cause >= 0)
        {
            RaiseException(cause, tval, pc);
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadHost(byte* p, int size) => size switch
    {
        1 => *p,
        2 => Unsafe.ReadUnaligned<ushort>(p),
        4 => Unsafe.ReadUnaligned<uint>(p),
        _ => Unsafe.ReadUnaligned<ulong>(p),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteHost(byte* p, int size, ulong v)
    {
        switch (size)
        {
            case 1: *p = (byte)v; break;
            case 2: Unsafe.WriteUnaligned(p, (ushort)v); break;
            case 4: Unsafe.WriteUnaligned(p, (uint)v); break;
            default: Unsafe.WriteUnaligned(p, v); break;
        }
    }

    /// <summary>
    /// The host pointer for an LR, SC or AMO at <paramref name="va"/>: naturally aligned, RAM only, translated for
    /// reading (LR) or writing. Returns null after raising the trap.
    /// </summary>
    private byte* AtomicAddress(ulong va, int size, bool isLoadReserved, ulong pc)
    {
        if ((va & (ulong)(size - 1)) != 0)
        {
            RaiseException(isLoadReserved ? TrapCause.LoadMisaligned : TrapCause.StoreMisaligned, va, pc);
            return null;
        }

        AccessKind kind = isLoadReserved ? AccessKind.Load : AccessKind.Store;
        PrivilegeLevel priv = DataPrivilege;
        TlbEntry* e = TlbFor(kind, priv) + ((va >> 12) & TlbMask);
        if (e->Tag == (va & ~0xFFFUL))
        {
            return (byte*)(e->Addend + (long)va);
        }

        int cause = TranslateAndFill(va, kind, priv, out _, out byte* host);
        if (cause < 0 && host == null)
        {
            cause = AccessFault(kind);
        }

        if (cause >= 0)
        {
            RaiseException(cause, va, pc);
            return null;
        }

        return host;
    }

    /// <summary>Guest-physical address of a host pointer into RAM (reservations are kept physical for snapshots).</summary>
    private ulong PhysicalOf(byte* host) => _ramBase + (ulong)(host - _ram);
}
