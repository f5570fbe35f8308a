// Instruction fetch through the decoded-instruction cache: page edges (the fast check reads a whole word, so the last
// halfword of a page is fetched separately), single steps across them, and code patched under cached entries.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class FetchTests
{
    private const ushort CAddiA0One = 0x0505; // c.addi a0, 1
    private const ushort CAddiA0Two = 0x0509; // c.addi a0, 2

    [Test]
    public void Compressed_instructions_at_the_end_of_ram_run_and_the_next_fetch_faults()
    {
        using var m = new TestMachine();
        ulong end = TestMachine.RamBase + m.Memory.Size;
        m.Load($"""
            la t0, handler
            csrw mtvec, t0
            li a0, 0
            li t0, 0x{end - 4:x}
            jr t0
            .balign 4
            handler:
            csrr s9, mcause
            csrr s10, mepc
            li a7, 93
            ecall
            """);
        m.Memory.Write(end - 4, CAddiA0One);
        m.Memory.Write(end - 2, CAddiA0Two); // reached sequentially, on the last halfword of RAM
        m.RunToExit();
        m.X(10).Should().Be(3);
        m.X(25).Should().Be(1, "fetching past RAM is an instruction access fault");
        m.X(26).Should().Be(end);
    }

    [Test]
    public void A_compressed_instruction_on_a_pages_last_halfword_leads_into_the_next_page()
    {
        using var m = new TestMachine();
        m.Load("""
            li a0, 0
            li t0, 0x80000ffc
            jr t0
            """);
        m.Memory.Write<ushort>(0x8000_0ffc, CAddiA0One);
        m.Memory.Write<ushort>(0x8000_0ffe, CAddiA0Two);
        m.Memory.Write<uint>(0x8000_1000, 0x00A50513); // addi a0, a0, 10
        m.Memory.Write<uint>(0x8000_1004, 0x05D00893); // li a7, 93
        m.Memory.Write<uint>(0x8000_1008, 0x00000073); // ecall
        m.RunToExit();
        m.X(10).Should().Be(13);
    }

    [Test]
    public void Single_steps_across_a_page_edge_retire_one_instruction_each()
    {
        using var m = new TestMachine();
        m.Memory.Write<ushort>(0x8000_0ffc, CAddiA0One);
        m.Memory.Write<ushort>(0x8000_0ffe, CAddiA0Two);
        m.Memory.Write<uint>(0x8000_1000, 0x00A50513); // addi a0, a0, 10
        m.Hart.Reset(0x8000_0ffc, PrivilegeLevel.Machine);
        ulong[] pcs = [0x8000_0ffe, 0x8000_1000, 0x8000_1004];
        ulong[] a0 = [1, 3, 13];
        for (int i = 0; i < pcs.Length; i++)
        {
            m.Hart.Run(1).Should().Be(HartExit.BudgetExhausted);
            m.Hart.Pc.Should().Be(pcs[i]);
            m.X(10).Should().Be(a0[i]);
            m.Hart.InstructionsRetired.Should().Be(i + 1);
        }
    }

    [Test]
    public void Patching_only_the_upper_half_of_a_cached_32_bit_instruction_takes_effect()
    {
        using TestMachine m = RunPatched(0x00150513, 0x06450513); // addi a0, a0, 1 -> addi a0, a0, 100
        m.X(10).Should().Be(101);
    }

    [Test]
    public void A_cached_compressed_instruction_replaced_by_a_32_bit_one_runs_the_new_one()
    {
        // c.addi a0, 1 followed by c.nop, then addi a0, a0, 100 in the same four bytes.
        using TestMachine m = RunPatched(0x0001_0505, 0x06450513);
        m.X(10).Should().Be(101);
    }

    [Test]
    public void A_cached_32_bit_instruction_replaced_by_compressed_ones_runs_the_new_ones()
    {
        // addi a0, a0, 100, then c.addi a0, 2 and c.addi a0, 1 in the same four bytes.
        using TestMachine m = RunPatched(0x06450513, 0x0505_0509);
        m.X(10).Should().Be(103);
    }

    [Test]
    public void Changing_the_halfword_after_a_cached_compressed_instruction_leaves_it_valid()
    {
        // Only the c.nop after c.addi a0, 1 changes (to c.addi a0, 2): both passes run c.addi a0, 1 first.
        using TestMachine m = RunPatched(0x0001_0505, 0x0509_0505);
        m.X(10).Should().Be(4);
    }

    /// <summary>
    /// Runs the word <paramref name="first"/> at a fixed slot, overwrites the slot with <paramref name="second"/>
    /// (then FENCE.I), and runs it again; a0 sums what both passes did.
    /// </summary>
    private static TestMachine RunPatched(uint first, uint second)
    {
        var m = new TestMachine();
        m.Load($"""
            .option norvc
            li a0, 0
            li s1, 2
            la t0, slot
            li t1, 0x{second:x}
            loop:
            slot:
            .word 0x{first:x}
            sw t1, 0(t0)
            fence.i
            addi s1, s1, -1
            bnez s1, loop
            """ + InstructionTests.Exit);
        m.RunToExit();
        return m;
    }
}
