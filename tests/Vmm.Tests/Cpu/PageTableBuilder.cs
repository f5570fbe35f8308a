// Builds Sv39/Sv48 page tables directly in guest RAM for paging tests.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Cpu;

/// <summary>Allocates page-table pages from a bump region and installs leaf PTEs at any level.</summary>
internal sealed class PageTableBuilder
{
    public const ulong V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;

    private readonly GuestMemory _memory;
    private readonly int _levels;
    private ulong _next;

    public PageTableBuilder(GuestMemory memory, ulong tableRegion, int levels)
    {
        _memory = memory;
        _levels = levels;
        _next = tableRegion;
        Root = Allocate();
    }

    public ulong Root { get; }

    /// <summary>The satp value selecting these tables.</summary>
    public ulong Satp => ((_levels == 4 ? 9UL : 8UL) << 60) | (Root >> 12);

    /// <summary>Maps <paramref name="va"/> to <paramref name="pa"/> with a leaf at <paramref name="leafLevel"/> (0 = 4 KiB).</summary>
    public void Map(ulong va, ulong pa, ulong flags, int leafLevel = 0)
    {
        ulong table = Root;
        for (int level = _levels - 1; level > leafLevel; level--)
        {
            ulong pteAddr = table + (((va >> (12 + (9 * level))) & 0x1FF) * 8);
            ulong pte = _memory.Read<ulong>(pteAddr);
            if ((pte & V) == 0)
            {
                ulong next = Allocate();
                pte = ((next >> 12) << 10) | V;
                _memory.Write(pteAddr, pte);
            }

            table = (pte >> 10) << 12;
        }

        _memory.Write(PteAddress(va, leafLevel), ((pa >> 12) << 10) | flags | V);
    }

    /// <summary>Guest-physical address of the PTE that maps <paramref name="va"/> at <paramref name="leafLevel"/>.</summary>
    public ulong PteAddress(ulong va, int leafLevel = 0)
    {
        ulong table = Root;
        for (int level = _levels - 1; level > leafLevel; level--)
        {
            ulong pte = _memory.Read<ulong>(table + (((va >> (12 + (9 * level))) & 0x1FF) * 8));
            table = (pte >> 10) << 12;
        }

        return table + (((va >> (12 + (9 * leafLevel))) & 0x1FF) * 8);
    }

    private ulong Allocate()
    {
        ulong p = _next;
        _next += 4096;
        _memory.GetWriteSpan(p, 4096).Clear();
        return p;
    }
}
