// TLB banks: the U and S sets of a few address spaces at once, found by satp's mode and ASID. satp keeps the 16 ASID
// bits, so Linux runs its ASID allocator and switches address spaces by writing satp alone, fencing only when it
// reuses an ASID. One set of entries for all address spaces had to be flushed at every such switch (nine per exec of
// a short command), and the code after each switch refilled it one page walk at a time; with a bank per address
// space, a switch back finds its translations where it left them.
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // Banks of 12 sets (3 kinds x 4 privilege slots, as TlbFor lays them out); only the U and S sets of banks other
    // than 0 are used (M-mode always uses bank 0's), so their other pages are never touched. A command run through
    // the agent needs two address spaces (the agent's, the program's), and a third or fourth serves pipes and shells.
    internal const int TlbBanks = 4;
    private const int BankEntries = 3 * 4 * TlbEntries;

    // A bank given no address space since the last full flush.
    private const ulong NoAddressSpace = ulong.MaxValue;

    private readonly ulong[] _bankKeys = [NoAddressSpace, NoAddressSpace, NoAddressSpace, NoAddressSpace];
    private readonly long[] _bankUsed = new long[TlbBanks];
    private TlbEntry* _bankBase;
    private int _bankBit = 1; // 1 << the index of the bank _bankBase is (UseBank sets both)
    private long _bankClock;

    private int BankIndex => System.Numerics.BitOperations.TrailingZeroCount(_bankBit);

    // Which banks' U and S sets, and whether bank 0's M sets, may hold entries: a flush of clean sets is skipped.
    // A bank given to a new address space, and a restore's flush of a hart made from a spare (flushed when given
    // back), then cost nothing: each would write 6 or 9 sets of 1,024 entries.
    private int _pagedDirty;
    private bool _machineDirty;

    /// <summary>The bank key of an address space: satp's mode and ASID (bare mode is one space of its own).</summary>
    private static ulong AddressSpaceKey(ulong satp) => satp >> 60 == 0 ? 1UL << 32 : ((satp >> 60) << 16) | ((satp >> 44) & 0xFFFF);

    /// <summary>Whether the U or S sets of <paramref name="bank"/> may hold entries (filled since their last flush).</summary>
    private bool BankHolds(int bank) => (_pagedDirty & (1 << bank)) != 0;

    private TlbEntry* BankSet(int bank, AccessKind kind, PrivilegeLevel priv) => _tlbBase + (bank * BankEntries) + SetOffset(kind, priv);

    /// <summary>Empties the U and S sets of <paramref name="bank"/>, or all but their global entries (RiscVHart.TlbGlobal.cs).</summary>
    private void FlushPagedSets(int bank, bool keepGlobal = false)
    {
        if (!keepGlobal)
        {
            _bankFresh |= 1 << bank;
        }

        if (!BankHolds(bank))
        {
            return;
        }

        if (!keepGlobal)
        {
            _pagedDirty &= ~(1 << bank);
        }

        for (int kind = 0; kind < 3; kind++)
        {
            for (int priv = 0; priv < 2; priv++)
            {
                TlbEntry* set = BankSet(bank, (AccessKind)kind, (PrivilegeLevel)priv);
                if (keepGlobal)
                {
                    FlushSetKeepingGlobal(set);
                }
                else
                {
                    FlushSet(set);
                }
            }
        }
    }

    /// <summary>The banks whose U and S sets hold nothing, as a mask.</summary>
    private int EmptyBanks => ~_pagedDirty & ((1 << TlbBanks) - 1);

    /// <summary>After a flush of bank 0: every other bank counts as empty, and bank 0 serves the current satp.</summary>
    private void ForgetBanks()
    {
        Array.Fill(_bankKeys, NoAddressSpace);
        _bankKeys[0] = AddressSpaceKey(_satp);
        _bankFresh = EmptyBanks; // bank 0 was just flushed
        NoteMode(_bankKeys[0]);
        Array.Clear(_bankUsed);
        UseBank(0);
    }

    private void UseBank(int bank)
    {
        _bankBase = _tlbBase + (bank * BankEntries);
        _bankBit = 1 << bank;
        _bankUsed[bank] = ++_bankClock;
    }

    /// <summary>
    /// Makes the bank of the current satp's address space the one U and S accesses use, giving the least recently
    /// used bank (flushed, but for its global entries where it may keep them) to an address space it has not seen.
    /// Callers refresh the TLB pointers they cache.
    /// </summary>
    private void SelectBank()
    {
        ulong key = AddressSpaceKey(_satp);
        for (int b = 0; b < TlbBanks; b++)
        {
            if (_bankKeys[b] == key)
            {
                NoteMode(key);
                UseBank(b);
                return;
            }
        }

        int victim = 0;
        for (int b = 1; b < TlbBanks; b++)
        {
            if (_bankUsed[b] < _bankUsed[victim])
            {
                victim = b;
            }
        }

        NoteMode(key);
        FlushPagedSets(victim, keepGlobal: KeepsGlobals(victim, key));

        _bankKeys[victim] = key;
        UseBank(victim);
    }

    /// <summary>SFENCE.VMA of one address space (rs1 = x0, rs2 = ASID): that ASID's banks, in any paging mode, but for their global entries.</summary>
    private void FlushAddressSpace(ulong asid)
    {
        for (int b = 0; b < TlbBanks; b++)
        {
            ulong k = _bankKeys[b];
            if (IsPaged(k) && (k & 0xFFFF) == (asid & 0xFFFF))
            {
                FlushPagedSets(b, keepGlobal: true);
            }
        }

        // Other banks may still hold superpage pieces and granted entries: what was noted about them stays.
    }
}
