// Global translations (the G bit) across TLB banks: one address space's fill serves the others, a fence of one ASID
// or a bank's reuse keeps them, and a fence of every space, another paging mode or bare mode never sees them.
// Each test changes PTEs without a fence, so which translation a load sees shows what the TLB held.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class TlbGlobalTests
{
    private const ulong Ram = TestMachine.RamBase;
    private const ulong GlobalVa = 0xFFFF_FFFF_8000_0000; // where Linux keeps its kernel image
    private const ulong ExecOnlyVa = GlobalVa + 0x2000;
    private const ulong DataVa = 0x4000_1000; // not in GlobalVa's TLB set
    private const ulong Rwad = PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.A | PageTableBuilder.D;

    // Address space n (ASID n): RAM identity-mapped by a gigapage, GlobalVa global in all of them (to PageA, which
    // holds 7) and ExecOnlyVa to the same page execute-only, DataVa private to each (to a page holding 100 * n).
    private sealed record Space(ulong Satp, ulong GlobalPte);

    private static readonly ulong PageA = Ram + 0x30_0000, PageB = Ram + 0x30_1000;

    // Three more than asked for, last: Run switches through them first, so that every bank has been emptied once (a
    // new hart's banks other than the first are emptied on first use, and only then take global entries).
    private static Space[] Spaces(TestMachine m, int count, int levels = 3)
    {
        m.Memory.Write(PageA, 7UL);
        m.Memory.Write(PageB, 8UL);
        var spaces = new Space[count + 3];
        for (int n = 1; n <= count + 3; n++)
        {
            var pt = new PageTableBuilder(m.Memory, Ram + 0x20_0000 + ((ulong)n * 0x1_0000), levels);
            pt.Map(Ram, Ram, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.D, 2);
            pt.Map(GlobalVa, PageA, Rwad | PageTableBuilder.G);
            pt.Map(ExecOnlyVa, PageA, PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.G);
            ulong data = Ram + 0x40_0000 + ((ulong)n * 0x1000);
            m.Memory.Write(data, 100UL * (ulong)n);
            pt.Map(DataVa, data, Rwad);
            spaces[n - 1] = new Space(pt.Satp | ((ulong)n << 44), pt.PteAddress(GlobalVa));
        }

        return spaces;
    }

    // Every space's GlobalVa now points at PageB (which holds 8), unfenced: a load that still reads 7 was served by a
    // TLB entry filled before.
    private static string RemapGlobal(Space[] spaces) => string.Concat(spaces.Select(s =>
        $"li t1, {s.GlobalPte}\nli t2, {((PageB >> 12) << 10) | Rwad | PageTableBuilder.G | PageTableBuilder.V}\nsd t2, 0(t1)\n"));

    private static string Satp(Space s) => $"li t1, {s.Satp}\ncsrw satp, t1\n";

    // t0 = GlobalVa, t3 = DataVa; a trap stops the program with its cause in s9.
    private static TestMachine Run(TestMachine m, Space[] spaces, string body)
    {
        string warmUp = string.Concat(spaces[^3..].Select(Satp));
        m.Load(PagingTests.Prologue + warmUp + $"li t0, {GlobalVa}\nli t3, {DataVa}\n" + body + InstructionTests.Exit);
        m.RunToExit();
        return m;
    }

    private static void NoTrap(TestMachine m) => m.X(25).Should().Be(0, "no trap was expected");

    [Test]
    public void A_global_page_filled_in_one_address_space_serves_another_without_a_walk()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, s, Satp(s[0]) + "ld a0, 0(t0)\n" + RemapGlobal(s) + Satp(s[1]) + "ld a1, 0(t0)\nld a2, 0(t3)\n");
        NoTrap(m);
        m.X(10).Should().Be(7);
        m.X(11).Should().Be(7, "ASID 2 never walked GlobalVa: the global entry ASID 1 filled serves it");
        m.X(12).Should().Be(200, "non-global pages stay per address space");
    }

    [Test]
    public void A_fence_of_one_asid_keeps_global_entries_and_a_fence_of_all_drops_them()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 1);
        Run(m, s, Satp(s[0]) + "ld a0, 0(t0)\n" + RemapGlobal(s) + """
            li t4, 1
            sfence.vma x0, t4
            ld a1, 0(t0)
            sfence.vma x0, x0
            ld a2, 0(t0)
            """);
        NoTrap(m);
        m.X(10).Should().Be(7);
        m.X(11).Should().Be(7, "a fence naming an ASID orders only that ASID's non-global mappings");
        m.X(12).Should().Be(8, "a fence of every address space drops global entries too");
    }

    [Test]
    public void A_bank_given_to_a_new_address_space_keeps_global_entries_but_not_the_old_spaces_pages()
    {
        // Six spaces over four banks: the fifth and sixth take banks from earlier spaces.
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 6);
        var body = new System.Text.StringBuilder(Satp(s[0]) + "ld a0, 0(t0)\n");
        for (int n = 0; n < 4; n++)
        {
            body.Append(Satp(s[n]) + "ld t5, 0(t3)\n");
        }

        body.Append(RemapGlobal(s) + Satp(s[4]) + "ld a1, 0(t0)\nld a2, 0(t3)\n" + Satp(s[5]) + "ld a3, 0(t0)\nld a4, 0(t3)\n");
        Run(m, s, body.ToString());
        NoTrap(m);
        m.X(11).Should().Be(7, "the global entry survived the bank's change of address space");
        m.X(12).Should().Be(500);
        m.X(13).Should().Be(7);
        m.X(14).Should().Be(600, "the bank's previous space's DataVa did not survive");
        RiscVHart.TlbBanks.Should().BeLessThan(6);
    }

    [Test]
    public void Bare_mode_never_sees_a_global_translation()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 1);
        Run(m, s, Satp(s[0]) + "ld a0, 0(t0)\ncsrw satp, x0\nld a1, 0(t0)\n");
        m.X(10).Should().Be(7);
        m.X(25).Should().Be(TrapCause.LoadAccessFault, "in bare mode GlobalVa is a physical address outside RAM");
    }

    [Test]
    public void Address_spaces_of_another_paging_mode_do_not_share_global_entries()
    {
        using var m = new TestMachine(8 << 20);
        Space[] sv39 = Spaces(m, 1);
        var sv48 = new PageTableBuilder(m.Memory, Ram + 0x28_0000, 4);
        sv48.Map(Ram, Ram, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.D, 2);
        sv48.Map(GlobalVa, PageB, Rwad | PageTableBuilder.G);
        Run(m, sv39, Satp(sv39[0]) + "ld a0, 0(t0)\n" + $"li t1, {sv48.Satp | (2UL << 44)}\ncsrw satp, t1\n" + "ld a1, 0(t0)\n");
        NoTrap(m);
        m.X(10).Should().Be(7);
        m.X(11).Should().Be(8, "Sv48's own tables, not Sv39's global entry");
    }

    [Test]
    public void An_addressed_fence_drops_a_global_page_from_every_bank()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 3);
        Run(m, s, Satp(s[0]) + "ld a0, 0(t0)\n" + Satp(s[1]) + "ld t5, 0(t3)\n" + RemapGlobal(s) +
            "sfence.vma t0, x0\n" + "ld a1, 0(t0)\n" + Satp(s[0]) + "ld a2, 0(t0)\n" + Satp(s[2]) + "ld a3, 0(t0)\n");
        NoTrap(m);
        m.X(10).Should().Be(7);
        m.X(11).Should().Be(8);
        m.X(12).Should().Be(8);
        m.X(13).Should().Be(8);
    }

    [Test]
    public void A_load_granted_by_mxr_is_not_shared_with_other_address_spaces()
    {
        // An execute-only global page: readable only while MXR is set, and the withdrawal of MXR must reach every
        // entry it granted, so no other bank may hold one.
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, s, Satp(s[0]) + $"""
            li t4, {ExecOnlyVa}
            li t5, {1UL << 19}
            csrs sstatus, t5
            ld a0, 0(t4)
            csrc sstatus, t5

            """ + Satp(s[1]) + "ld a1, 0(t4)\n");
        m.X(10).Should().Be(7);
        m.X(25).Should().Be(TrapCause.LoadPageFault, "without MXR the page is not readable, in any address space");
    }
}
