// Address spaces (satp mode and ASID) and their TLB banks: switching satp keeps each space's translations apart, a fence
// by ASID or by address drops what it names in every bank, and a bank given to a new space keeps none of the old
// space's own pages (global ones: TlbGlobalTests).
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class TlbBankTests
{
    private const ulong Ram = TestMachine.RamBase;
    private const ulong DataVa = 0x4000_0000;
    private const ulong Rwad = PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.A | PageTableBuilder.D;

    // Address space n: its own tables (RAM identity-mapped by a gigapage, so S-mode code and stores to page tables
    // work in all of them) mapping DataVa to a page that holds 100 * n.
    private sealed record Space(ulong Satp, ulong DataPte, ulong PageA, ulong PageB);

    private static Space[] Spaces(TestMachine m, int count)
    {
        var spaces = new Space[count];
        for (int n = 1; n <= count; n++)
        {
            var pt = new PageTableBuilder(m.Memory, Ram + 0x20_0000 + ((ulong)n * 0x1_0000), 3);
            pt.Map(Ram, Ram, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.D, 2);
            ulong pageA = Ram + 0x40_0000 + ((ulong)n * 0x2000);
            ulong pageB = pageA + 0x1000;
            m.Memory.Write(pageA, 100UL * (ulong)n);
            m.Memory.Write(pageB, (100UL * (ulong)n) + 1);
            pt.Map(DataVa, pageA, Rwad);
            spaces[n - 1] = new Space(pt.Satp | ((ulong)n << 44), pt.PteAddress(DataVa), pageA, pageB);
        }

        return spaces;
    }

    // The PTE that points DataVa at the space's second page.
    private static ulong Remapped(Space s) => ((s.PageB >> 12) << 10) | Rwad | PageTableBuilder.V;

    // Both spaces read DataVa (a0 and a1: 100 and 200 unless a test wrote other values); ASID 2 is current, t0 = DataVa, s1 and s2 the two satp values.
    private static string BothCached(Space[] s) => $"""
            li t0, {DataVa}
            li s1, {s[0].Satp}
            li s2, {s[1].Satp}
            csrw satp, s1
            ld a0, 0(t0)
            csrw satp, s2
            ld a1, 0(t0)

            """;

    // The space's PTE of DataVa points at its second page (no fence).
    private static string Remap(Space space) => $"""
            li t1, {space.DataPte}
            li t2, {Remapped(space)}
            sd t2, 0(t1)

            """;

    // BothCached, then both PTEs point at the second pages, unfenced.
    private static string BothCachedThenRemapped(Space[] s) => BothCached(s) + Remap(s[0]) + Remap(s[1]);

    private static void Run(TestMachine m, string body)
    {
        m.Load(PagingTests.Prologue + body + InstructionTests.Exit);
        m.RunToExit();
        m.X(25).Should().Be(0, "no trap was expected");
    }

    [Test]
    public void Switching_satp_between_address_spaces_keeps_their_translations_apart()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, BothCached(s) + """
            csrw satp, s1
            ld a2, 0(t0)
            sd a2, 8(t0)
            csrw satp, s2
            ld a3, 0(t0)
            ld a4, 8(t0)
            """);
        m.X(10).Should().Be(100);
        m.X(11).Should().Be(200, "the second space's own page, not the first's cached translation");
        m.X(12).Should().Be(100);
        m.X(13).Should().Be(200);
        m.X(14).Should().Be(0, "the store went to the first space's page");
        m.Memory.Read<ulong>(s[0].PageA + 8).Should().Be(100);
    }

    [Test]
    public void Returning_to_an_address_space_finds_its_translations_without_a_walk()
    {
        // Without a fence, a changed PTE may or may not be seen (the privileged spec allows both); a bank per space
        // means the old translation is still there after a switch away and back. A TLB flushed at each satp write
        // would walk the tables again and see the new one.
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, BothCached(s) + Remap(s[0]) + """
            csrw satp, s1
            ld a2, 0(t0)
            """);
        m.X(10).Should().Be(100);
        m.X(11).Should().Be(200);
        m.X(12).Should().Be(100, "the first space's translation survived the switch to the second and back");
    }

    [Test]
    public void A_fence_of_one_asid_drops_that_space_and_leaves_the_others()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, BothCachedThenRemapped(s) + """
            li t3, 1
            sfence.vma x0, t3
            ld a2, 0(t0)
            csrw satp, s1
            ld a3, 0(t0)
            sfence.vma x0, x0
            csrw satp, s2
            ld a4, 0(t0)
            """);
        m.X(10).Should().Be(100);
        m.X(11).Should().Be(200);
        m.X(12).Should().Be(200, "a fence of ASID 1 keeps ASID 2's translations (banks exist to keep them)");
        m.X(13).Should().Be(101, "ASID 1 walks its tables again after its fence");
        m.X(14).Should().Be(201, "a fence of every space reaches ASID 2 too");
    }

    [Test]
    public void A_fence_by_address_drops_the_page_in_every_space()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 2);
        Run(m, BothCachedThenRemapped(s) + """
            sfence.vma t0, x0
            csrw satp, s1
            ld a2, 0(t0)
            csrw satp, s2
            ld a3, 0(t0)
            """);
        m.X(10).Should().Be(100);
        m.X(11).Should().Be(200);
        m.X(12).Should().Be(101);
        m.X(13).Should().Be(201);
    }

    [Test]
    public void More_spaces_than_banks_each_see_only_their_own_pages()
    {
        // Six spaces over four banks, twice round and then in reverse: banks are taken from spaces that still have
        // translations, and a bank's new space must not see them.
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 6);
        var body = new System.Text.StringBuilder($"li t0, {DataVa}\nli s3, 0\n");
        int[] order = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 0];
        foreach (int n in order)
        {
            body.Append($"li t1, {s[n].Satp}\ncsrw satp, t1\nld t2, 0(t0)\nslli s3, s3, 3\nadd s3, s3, t2\n");
        }

        Run(m, body.ToString());
        ulong expected = 0;
        foreach (int n in order)
        {
            expected = (expected << 3) + (100UL * (ulong)(n + 1));
        }

        m.X(19).Should().Be(expected);
        RiscVHart.TlbBanks.Should().BeLessThan(6, "the test must cycle through more spaces than there are banks");
    }

    [Test]
    public void A_hart_made_from_a_released_harts_tlb_sees_none_of_its_translations()
    {
        // The TLB arrays go to the next hart made (flushed by the one that gives them): same addresses and tables in
        // every machine, different data, two address spaces each so that a second bank is used as well. Each machine
        // stays alive through the next one's run, so a stale entry would read its memory rather than fault.
        TestMachine? previous = null;
        for (int round = 0; round < 4; round++)
        {
            var m = new TestMachine(8 << 20);
            Space[] s = Spaces(m, 2);
            m.Memory.Write(s[0].PageA, 1000UL + (ulong)round);
            m.Memory.Write(s[1].PageA, 2000UL + (ulong)round);
            Run(m, BothCached(s));
            m.X(10).Should().Be(1000UL + (ulong)round, $"round {round} reads its own first space, not a released hart's entry");
            m.X(11).Should().Be(2000UL + (ulong)round);
            m.Hart.ReleaseDecodeCache();
            previous?.Dispose();
            previous = m;
        }

        previous?.Dispose();
    }

    [Test]
    public void Bare_mode_and_paged_spaces_do_not_share_translations()
    {
        using var m = new TestMachine(8 << 20);
        Space[] s = Spaces(m, 1);
        ulong bareAddress = s[0].PageB; // identity in bare mode; holds 101
        Run(m, $"""
            li t0, {DataVa}
            li t4, {bareAddress}
            li s1, {s[0].Satp}
            csrw satp, s1
            ld a0, 0(t0)
            csrw satp, x0
            ld a1, 0(t4)
            csrw satp, s1
            ld a2, 0(t0)
            """);
        m.X(10).Should().Be(100);
        m.X(11).Should().Be(101);
        m.X(12).Should().Be(100);
    }
}
