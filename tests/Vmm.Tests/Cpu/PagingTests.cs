// Sv39/Sv48 translation: A/D updates, permissions, SUM/MXR, superpages, faults with cause and tval, dirty logging.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class PagingTests
{
    private const ulong Ram = TestMachine.RamBase;
    private const ulong Tables = Ram + 0x20_0000;
    private const ulong DataPa = Ram + 0x30_0000;
    private const ulong DataVa = 0x4000_0000;

    // M-mode: installs a trap handler that records mcause/mtval/mepc in s9/s10/s11 and exits, then enters S-mode
    // at `smode`; tests that need U-mode drop there from S with SRET.
    internal const string Prologue = """
        la t0, mhandler
        csrw mtvec, t0
        la t0, smode
        csrw mepc, t0
        """ + InstructionTests.MretToSupervisor + """
        .balign 4
        mhandler:
        csrr s9, mcause
        csrr s10, mtval
        csrr s11, mepc
        li a7, 93
        ecall
        smode:
        """;

    private static (TestMachine M, PageTableBuilder Pt) Setup(int levels = 3)
    {
        var m = new TestMachine(8 << 20);
        var pt = new PageTableBuilder(m.Memory, Tables, levels);

        // RAM identity-mapped for S-mode code by one gigapage (a level-2 leaf under both Sv39 and Sv48).
        pt.Map(Ram, Ram, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.D, 2);
        m.Hart.WriteCsr(Csr.Satp, pt.Satp);
        return (m, pt);
    }

    private static void RunProgram(TestMachine m, string body)
    {
        m.Load(Prologue + body + InstructionTests.Exit);
        m.RunToExit();
    }

    [Test]
    public void Loads_and_stores_translate_and_set_accessed_and_dirty_bits()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(DataVa, DataPa, PageTableBuilder.R | PageTableBuilder.W);
            pt.Map(DataVa + 0x1000, DataPa + 0x1000, PageTableBuilder.R | PageTableBuilder.W);
            RunProgram(m, """
                li t0, 0x40000000
                li t1, 0x1234
                sd t1, 8(t0)
                ld a0, 8(t0)
                ld a1, 0x1000(t0)
                """.Replace("ld a1, 0x1000(t0)", "li t2, 0x40001000\nld a1, 0(t2)"));
            m.X(10).Should().Be(0x1234);
            m.Memory.Read<ulong>(DataPa + 8).Should().Be(0x1234);
            ulong pte0 = m.Memory.Read<ulong>(pt.PteAddress(DataVa));
            ulong pte1 = m.Memory.Read<ulong>(pt.PteAddress(DataVa + 0x1000));
            (pte0 & (PageTableBuilder.A | PageTableBuilder.D)).Should().Be(PageTableBuilder.A | PageTableBuilder.D);
            (pte1 & (PageTableBuilder.A | PageTableBuilder.D)).Should().Be(PageTableBuilder.A);
            m.Hart.Privilege.Should().Be(PrivilegeLevel.Supervisor, "the platform handled the exit ecall without a trap");
        }
    }

    [Test]
    public void Store_to_a_read_only_page_raises_a_store_page_fault_with_the_address()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(DataVa, DataPa, PageTableBuilder.R | PageTableBuilder.A);
            RunProgram(m, """
                li t0, 0x40000010
                ld a0, 0(t0)
                sd a0, 0(t0)
                """);
            m.X(25).Should().Be(15);
            m.X(26).Should().Be(0x4000_0010);
        }
    }

    [Test]
    public void Unmapped_and_non_canonical_addresses_raise_load_page_faults()
    {
        var (m, _) = Setup();
        using (m)
        {
            RunProgram(m, """
                li t0, 0x0000400000000000
                ld a0, 0(t0)
                """);
            m.X(25).Should().Be(13);
            m.X(26).Should().Be(0x0000_4000_0000_0000);
        }
    }

    [Test]
    public void Supervisor_access_to_user_pages_needs_sum()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(DataVa, DataPa, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.U);
            m.Memory.Write<ulong>(DataPa, 99);
            RunProgram(m, """
                li t0, 0x40000000
                li t1, 0x40000
                csrs sstatus, t1
                ld a0, 0(t0)
                csrc sstatus, t1
                ld a1, 0(t0)
                """);
            m.X(10).Should().Be(99);
            m.X(25).Should().Be(13, "the same load faults once SUM is cleared again");
        }
    }

    [Test]
    public void Mxr_makes_execute_only_pages_readable()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(DataVa, DataPa, PageTableBuilder.X);
            m.Memory.Write<ulong>(DataPa, 7);
            RunProgram(m, """
                li t0, 0x40000000
                li t1, 0x80000
                csrs sstatus, t1
                ld a0, 0(t0)
                csrc sstatus, t1
                ld a1, 0(t0)
                """);
            m.X(10).Should().Be(7);
            m.X(25).Should().Be(13);
        }
    }

    [Test]
    public void User_mode_cannot_execute_supervisor_pages()
    {
        var (m, pt) = Setup();
        using (m)
        {
            RunProgram(m, """
                la t0, ucode
                csrw sepc, t0
                li t1, 0x100
                csrc sstatus, t1
                sret
                ucode:
                nop
                """);
            m.X(25).Should().Be(12);
            m.X(26).Should().Be(m.X(27));
        }
    }

    [Test]
    public void User_code_runs_from_user_pages_and_its_ecall_reaches_m_mode()
    {
        var (m, pt) = Setup();
        using (m)
        {
            // A second view of RAM at 0xC000_0000 for U-mode (R|X|U).
            pt.Map(0xC000_0000, Ram, PageTableBuilder.R | PageTableBuilder.X | PageTableBuilder.U, 2);
            RunProgram(m, """
                la t0, ucode
                li t2, 0x40000000
                add t0, t0, t2
                csrw sepc, t0
                li t1, 0x100
                csrc sstatus, t1
                sret
                ucode:
                li a0, 5
                li a7, 1
                ecall
                """);
            m.X(25).Should().Be(8);
            m.X(10).Should().Be(5);
            (m.X(27) >> 28).Should().Be(0xC);
        }
    }

    [Test]
    public void Sv48_translates_through_four_levels()
    {
        var (m, pt) = Setup(levels: 4);
        using (m)
        {
            pt.Map(0x7F_0000_0000, DataPa, PageTableBuilder.R | PageTableBuilder.W);
            m.Memory.Write<ulong>(DataPa + 0x18, 0xABCD);
            RunProgram(m, """
                li t0, 0x7f00000000
                ld a0, 0x18(t0)
                csrr a1, satp
                """);
            m.X(10).Should().Be(0xABCD);
            (m.X(11) >> 60).Should().Be(9);
        }
    }

    [Test]
    public void Megapages_translate_and_misaligned_superpages_fault()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(0x4020_0000, Ram + 0x40_0000, PageTableBuilder.R | PageTableBuilder.W, 1);
            pt.Map(0x4040_0000, Ram + 0x40_1000, PageTableBuilder.R | PageTableBuilder.W, 1);
            m.Memory.Write<ulong>(Ram + 0x41_2340, 0x55);
            RunProgram(m, """
                li t0, 0x40212340
                ld a0, 0(t0)
                li t1, 0x40400000
                ld a1, 0(t1)
                """);
            m.X(10).Should().Be(0x55);
            m.X(25).Should().Be(13);
            m.X(26).Should().Be(0x4040_0000);
        }
    }

    [Test]
    public void Sfence_vma_makes_a_changed_mapping_visible()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(DataVa, DataPa, PageTableBuilder.R | PageTableBuilder.W);
            m.Memory.Write<ulong>(DataPa, 1);
            m.Memory.Write<ulong>(DataPa + 0x1000, 2);
            ulong pteAddr = pt.PteAddress(DataVa);
            ulong newPte = (((DataPa + 0x1000) >> 12) << 10) | PageTableBuilder.V | PageTableBuilder.R | PageTableBuilder.W;
            RunProgram(m, $"""
                li t0, 0x40000000
                ld a0, 0(t0)
                li t1, 0x{pteAddr:x}
                li t2, 0x{newPte:x}
                sd t2, 0(t1)
                sfence.vma
                ld a1, 0(t0)
                """);
            m.X(10).Should().Be(1);
            m.X(11).Should().Be(2);
        }
    }

    // The upper half of the Sv39 space holds no superpage in these tests (code runs from a gigapage in the lower
    // half), so a fence by address there drops single pages.
    private const ulong HighVa = 0xFFFF_FFC0_0010_0000;

    [Test]
    public void Sfence_vma_with_an_address_makes_that_pages_changed_mapping_visible()
    {
        var (m, pt) = Setup();
        using (m)
        {
            pt.Map(HighVa, DataPa, PageTableBuilder.R | PageTableBuilder.W);
            m.Memory.Write<ulong>(DataPa, 1);
            m.Memory.Write<ulong>(DataPa + 0x1000, 2);
            ulong newPte = (((DataPa + 0x1000) >> 12) << 10) | PageTableBuilder.V | PageTableBuilder.R | PageTableBuilder.W;
            RunProgram(m, $"""
                li t0, 0x{HighVa:x}
                ld a0, 0(t0)
                li t1, 0x{pt.PteAddress(HighVa):x}
                li t2, 0x{newPte:x}
                sd t2, 0(t1)
                sfence.vma t0
                ld a1, 0(t0)
                """);
            m.X(10).Should().Be(1);
            m.X(11).Should().Be(2, "the fence by address must drop the cached translation of its page");
        }
    }

    [Test]
    public void Sfence_vma_with_an_address_in_a_superpage_drops_every_cached_piece_of_it()
    {
        var (m, pt) = Setup();
        using (m)
        {
            const ulong mega = 0xFFFF_FFC0_4020_0000;
            pt.Map(mega, Ram + 0x40_0000, PageTableBuilder.R | PageTableBuilder.W, 1);
            m.Memory.Write<ulong>(Ram + 0x40_0000, 1);
            m.Memory.Write<ulong>(Ram + 0x40_5000, 2);
            m.Memory.Write<ulong>(Ram + 0x60_0000, 3);
            m.Memory.Write<ulong>(Ram + 0x60_5000, 4);
            ulong newPte = ((Ram + 0x60_0000) >> 12 << 10) | PageTableBuilder.V | PageTableBuilder.R | PageTableBuilder.W;
            RunProgram(m, $"""
                li t0, 0x{mega:x}
                li t3, 0x{mega + 0x5000:x}
                ld a0, 0(t0)
                ld a1, 0(t3)
                li t1, 0x{pt.PteAddress(mega, 1):x}
                li t2, 0x{newPte:x}
                sd t2, 0(t1)
                sfence.vma t0
                ld a2, 0(t0)
                ld a3, 0(t3)
                """);
            m.X(10).Should().Be(1);
            m.X(11).Should().Be(2);
            m.X(12).Should().Be(3);
            m.X(13).Should().Be(4, "a fence at one address of a superpage covers all of it");
        }
    }

    [Test]
    public void Withdrawing_sum_drops_supervisor_translations_of_every_user_page_it_reached()
    {
        // More user pages than the hart tracks one by one, loaded and stored, so both the narrow drop and its fallback run.
        foreach (int pages in new[] { 3, 40 })
        {
            var (m, pt) = Setup();
            using (m)
            {
                for (int i = 0; i < pages; i++)
                {
                    pt.Map(DataVa + ((ulong)i << 12), DataPa + ((ulong)i << 12), PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.U);
                }

                RunProgram(m, $"""
                    li t0, 0x40000000
                    li t1, 0x40000
                    li t2, {pages}
                    csrs sstatus, t1
                    1: sd t2, 0(t0)
                    ld a0, 0(t0)
                    li t3, 0x1000
                    add t0, t0, t3
                    addi t2, t2, -1
                    bnez t2, 1b
                    csrc sstatus, t1
                    sub t0, t0, t3
                    sd zero, 0(t0)
                    """);
                m.X(10).Should().Be(1);
                m.X(25).Should().Be(15, $"a store to a user page faults once SUM is withdrawn ({pages} pages reached)");
                m.X(26).Should().Be(0x4000_0000 + ((ulong)(pages - 1) << 12));
            }
        }
    }

    [Test]
    public void Stores_through_a_cached_translation_mark_pages_dirty_again_after_the_log_is_cleared()
    {
        using var m = new TestMachine();
        m.Load("""
            li t0, 0x80300000
            li t1, 0
            1: sd t1, 0(t0)
            addi t1, t1, 1
            li t2, 0x40
            li a7, 93
            beq t1, t2, 2f
            j 1b
            2: ecall
            """);
        m.Hart.Run(20);
        int page = (int)((0x8030_0000 - Ram) >> 12);
        m.Memory.IsPageDirty(page).Should().BeTrue();
        m.Memory.ClearDirtyLog();
        m.Memory.IsPageDirty(page).Should().BeFalse();
        m.Hart.Run(20);
        m.Memory.IsPageDirty(page).Should().BeTrue("a store after ClearDirtyLog must re-mark its page");
    }
}
