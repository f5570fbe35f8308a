// Global translations across TLB banks. The kernel's pages are global (the G bit: in every address space), but each
// bank filled them again with walks of its own: a short command run through the agent made one new address space
// and three ASID fences, and about 760 of its 2,200 misses were kernel pages another bank already held. A global
// fill now goes into every bank of the same paging mode, and a bank given to a new address space or fenced by ASID
// keeps its global entries, as SFENCE.VMA with an ASID allows (it orders only the non-global mappings of that ASID).
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    private const ulong PteG = 32;

    // One bit per TLB entry, set when a global supervisor page filled it. It lives after the entries in the same
    // pinned array (so a spare array carries it along) and may be stale for empty entries: a bit only ever keeps an
    // entry, and every fill rewrites its own.
    private const int GlobalBitWords = TlbBanks * BankEntries / 64;
    private const int GlobalBitEntries = GlobalBitWords * 8 / 16;
    private const int TlbArrayEntries = (TlbBanks * BankEntries) + GlobalBitEntries;

    private ulong* GlobalBits => (ulong*)(_tlbBase + (TlbBanks * BankEntries));

    // Banks whose every global entry was filled under _globalsMode since the bank was last emptied: only these take
    // global entries from other banks, and only these keep theirs when given to a new address space.
    private int _bankFresh;
    private ulong _globalsMode;

    private static bool IsPaged(ulong key) => key < (1UL << 32);

    /// <summary>A switch to address space <paramref name="key"/>: a new paging mode makes other banks' globals foreign.</summary>
    private void NoteMode(ulong key)
    {
        if (IsPaged(key) && key >> 16 != _globalsMode)
        {
            _globalsMode = key >> 16;
            _bankFresh = EmptyBanks; // only empty banks hold no globals of another mode
        }
    }

    /// <summary>Whether <paramref name="key"/> is a paged address space of the mode the banks' global entries are of.</summary>
    private bool OfGlobalsMode(ulong key) => IsPaged(key) && key >> 16 == _globalsMode;

    /// <summary>Whether <paramref name="bank"/>, given to <paramref name="key"/>, may keep its global entries.</summary>
    private bool KeepsGlobals(int bank, ulong key) => (_bankFresh & (1 << bank)) != 0 && OfGlobalsMode(key);

    /// <summary>
    /// Whether a <paramref name="kind"/> fill from leaf <paramref name="pte"/> counts as global: G set on a page U-mode
    /// cannot use, and not a load granted by MXR (whose entries go when MXR does, from the current bank's list only).
    /// </summary>
    private static bool IsGlobalFill(ulong pte, AccessKind kind) =>
        (pte & (PteG | PteU)) == PteG && (kind != AccessKind.Load || (pte & PteR) != 0);

    /// <summary>Records whether slot <paramref name="e"/> (just filled) is global; a global one goes into the other banks.</summary>
    private void NoteGlobal(TlbEntry* e, bool global, AccessKind kind, PrivilegeLevel priv, ulong va)
    {
        long i = e - _tlbBase;
        ulong* bits = GlobalBits;
        if (!global)
        {
            bits[i >> 6] &= ~(1UL << (int)(i & 63));
            return;
        }

        bits[i >> 6] |= 1UL << (int)(i & 63);
        int current = BankIndex;
        if (!OfGlobalsMode(_bankKeys[current]))
        {
            return;
        }

        int index = (int)((va >> 12) & TlbMask);
        for (int b = 0; b < TlbBanks; b++)
        {
            ulong key = _bankKeys[b];
            bool takes = key == NoAddressSpace || OfGlobalsMode(key);
            if (b == current || (_bankFresh & (1 << b)) == 0 || !takes)
            {
                continue;
            }

            TlbEntry* o = BankSet(b, kind, priv) + index;
            *o = *e;
            long j = o - _tlbBase;
            bits[j >> 6] |= 1UL << (int)(j & 63);
            _pagedDirty |= 1 << b;
        }
    }

    /// <summary>Empties <paramref name="set"/> but for its global entries.</summary>
    private void FlushSetKeepingGlobal(TlbEntry* set)
    {
        ulong* bits = GlobalBits + ((set - _tlbBase) >> 6);
        for (int w = 0; w < TlbEntries / 64; w++)
        {
            ulong keep = bits[w];
            TlbEntry* s = set + (w * 64);
            for (int k = 0; k < 64; k++)
            {
                if ((keep & (1UL << k)) == 0)
                {
                    s[k].Tag = TlbEntry.Invalid;
                }
            }
        }
    }
}
