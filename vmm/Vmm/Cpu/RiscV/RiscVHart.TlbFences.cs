// Narrow TLB invalidation: what an addressed SFENCE.VMA and a withdrawn SUM or MXR must drop, without flushing every
// paged set. Linux fences one address after each page fault and clears SUM after every user copy, so whole-set
// flushes there cost more than the faults themselves and empty the TLB for the code that follows.
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // Entries filled through a grant of mstatus (SUM for S-mode access to U pages, MXR for loads from execute-only
    // pages) that must go when the grant is withdrawn. One user copy touches a page or two; more than the block
    // context's capacity between withdrawals falls back to flushing the sets. The list lives in the block context:
    // compiled code that withdraws SUM drops the entries itself.
    private const int GrantedCapacity = Translation.BlockContext.GrantedCapacity;

    // Whether a superpage filled any entry in the lower or upper half of the address space since the last paged
    // flush: the TLB holds 4 KiB pieces of a superpage, and an addressed fence must drop all of them.
    private bool _superpagesLow;
    private bool _superpagesHigh;

    /// <summary>Records what a paged fill of slot <paramref name="e"/> depends on beyond its page.</summary>
    private void NoteFill(TlbEntry* e, AccessKind kind, PrivilegeLevel priv, ulong va, ulong pte, int level)
    {
        if (level > 0)
        {
            if ((long)va < 0)
            {
                _superpagesHigh = true;
            }
            else
            {
                _superpagesLow = true;
            }
        }

        bool viaSum = priv != PrivilegeLevel.User && (pte & PteU) != 0;
        bool viaMxr = kind == AccessKind.Load && (pte & PteR) == 0;
        Translation.BlockContext* c = _blockContext;
        if ((viaSum || viaMxr) && c->GrantedCount <= GrantedCapacity)
        {
            if (c->GrantedCount < GrantedCapacity)
            {
                c->GrantedSlots[c->GrantedCount] = (long)e;
            }

            c->GrantedCount++;
        }
    }

    /// <summary>Every paged entry is gone: nothing recorded about them still applies.</summary>
    private void ForgetPagedFills()
    {
        _blockContext->GrantedCount = 0;
        _superpagesLow = false;
        _superpagesHigh = false;
    }

    /// <summary>SFENCE.VMA with an address: drops the translations of that page, or of every page when a superpage
    /// in its half of the address space may have filled entries elsewhere.</summary>
    private void FlushPagedTlbPage(ulong va)
    {
        if ((long)va < 0 ? _superpagesHigh : _superpagesLow)
        {
            FlushPagedTlbs();
            return;
        }

        // In every bank: the fence may name another address space, and a global page's entries sit in each.
        ulong tag = va & ~0xFFFUL;
        int index = (int)((va >> 12) & TlbMask);
        for (int b = 0; b < TlbBanks; b++)
        {
            if (!BankHolds(b))
            {
                continue;
            }

            for (int kind = 0; kind < 3; kind++)
            {
                DropIfTagged(BankSet(b, (AccessKind)kind, PrivilegeLevel.User) + index, tag);
                DropIfTagged(BankSet(b, (AccessKind)kind, PrivilegeLevel.Supervisor) + index, tag);
            }
        }
    }

    private static void DropIfTagged(TlbEntry* e, ulong tag)
    {
        if (e->Tag == tag)
        {
            e->Tag = TlbEntry.Invalid;
        }
    }

    /// <summary>SUM or MXR was withdrawn: drops the entries filled through either.</summary>
    private void DropGrantedEntries()
    {
        Translation.BlockContext* c = _blockContext;
        if (c->GrantedCount > GrantedCapacity)
        {
            for (int b = 0; b < TlbBanks; b++)
            {
                if (!BankHolds(b))
                {
                    continue;
                }

                for (int p = 0; p < 2; p++)
                {
                    FlushSet(BankSet(b, AccessKind.Load, (PrivilegeLevel)p));
                    FlushSet(BankSet(b, AccessKind.Store, (PrivilegeLevel)p));
                }
            }
        }
        else
        {
            for (int i = 0; i < c->GrantedCount; i++)
            {
                ((TlbEntry*)c->GrantedSlots[i])->Tag = TlbEntry.Invalid;
            }
        }

        c->GrantedCount = 0;
    }
}
