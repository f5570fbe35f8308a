// Semantics of integer, multiply/divide, compressed, load/store, misaligned and atomic instructions.
namespace Harness.Vmm.Tests.Cpu;

public class InstructionTests
{
    internal const string Exit = "\n li a7, 93\n ecall\n";

    // From M-mode, continues at mepc in S-mode (MPP = S).
    internal const string MretToSupervisor = "\n li t1, 0x1800\n csrc mstatus, t1\n li t1, 0x800\n csrs mstatus, t1\n mret\n";

    private static TestMachine Run(string asm)
    {
        var m = new TestMachine();
        m.Load(asm + Exit);
        m.RunToExit();
        return m;
    }

    [Test]
    public void Integer_arithmetic_and_shifts_match_the_spec()
    {
        using TestMachine m = Run("""
            li t0, -5
            li t1, 3
            add a0, t0, t1
            sub a1, t0, t1
            slt a2, t0, t1
            sltu a3, t0, t1
            sra a4, t0, t1
            srl a5, t0, t1
            li t2, 0x7fffffff
            addiw a6, t2, 1
            sraiw a7, t0, 1
            li s2, 1
            slli s2, s2, 63
            srai s3, s2, 63
            lui s4, 0xfffff
            here: auipc s5, 0
            la s11, here
            sllw s6, t2, t1
            li t3, 65
            sll s7, t1, t3
            """);
        m.X(10).Should().Be(unchecked((ulong)-2L));
        m.X(11).Should().Be(unchecked((ulong)-8L));
        m.X(12).Should().Be(1);
        m.X(13).Should().Be(0);
        m.X(14).Should().Be(unchecked((ulong)-1L));
        m.X(15).Should().Be(unchecked((ulong)-5L) >> 3);
        m.X(16).Should().Be(0xFFFF_FFFF_8000_0000);
        m.X(17).Should().Be(93, "a7 is overwritten by the exit sequence");
        m.X(18).Should().Be(0x8000_0000_0000_0000);
        m.X(19).Should().Be(ulong.MaxValue);
        m.X(20).Should().Be(0xFFFF_FFFF_FFFF_F000);
        m.X(21).Should().Be(m.X(27), "auipc yields its own address");
        m.X(22).Should().Be(0xFFFF_FFFF_FFFF_FFF8);
        m.X(23).Should().Be(6, "shift amounts use the low six bits");
    }

    [Test]
    public void Writes_to_x0_are_discarded()
    {
        using TestMachine m = Run("""
            li x0, 5
            addi x0, x0, 7
            add a0, x0, x0
            c.li x0, 3
            """.Replace("c.li x0, 3", "nop"));
        m.X(0).Should().Be(0);
        m.X(10).Should().Be(0);
    }

    [Test]
    public void Division_corner_cases_follow_the_spec_not_the_host()
    {
        using TestMachine m = Run("""
            li t0, 7
            li t1, 0
            div a0, t0, t1
            divu a1, t0, t1
            rem a2, t0, t1
            remu a3, t0, t1
            li t2, 1
            slli t2, t2, 63
            li t3, -1
            div a4, t2, t3
            rem a5, t2, t3
            li t4, 0x80000000
            divw a6, t4, t3
            remw s2, t4, t3
            divw s3, t0, t1
            remuw s4, t0, t1
            li t5, -7
            li t6, 2
            div s5, t5, t6
            rem s6, t5, t6
            mulh s7, t3, t3
            mulhu s8, t3, t3
            mulhsu s9, t3, t3
            mulw s10, t4, t6
            """);
        m.X(10).Should().Be(ulong.MaxValue);
        m.X(11).Should().Be(ulong.MaxValue);
        m.X(12).Should().Be(7);
        m.X(13).Should().Be(7);
        m.X(14).Should().Be(0x8000_0000_0000_0000);
        m.X(15).Should().Be(0);
        m.X(16).Should().Be(0xFFFF_FFFF_8000_0000);
        m.X(18).Should().Be(0);
        m.X(19).Should().Be(ulong.MaxValue);
        m.X(20).Should().Be(7);
        m.X(21).Should().Be(unchecked((ulong)-3L));
        m.X(22).Should().Be(unchecked((ulong)-1L));
        m.X(23).Should().Be(0);
        m.X(24).Should().Be(0xFFFF_FFFF_FFFF_FFFE);
        m.X(25).Should().Be(ulong.MaxValue);
        m.X(26).Should().Be(0);
    }

    [Test]
    public void Compressed_instructions_execute_like_their_expansions()
    {
        using TestMachine m = Run("""
            .option rvc
            la sp, stack_top
            c.li a0, -3
            c.addi a0, 10
            c.lui a1, 0x1
            c.addiw a0, 1
            c.mv a2, a0
            c.add a2, a0
            c.slli a2, 2
            c.srli a1, 4
            c.addi16sp sp, -64
            c.addi4spn a3, sp, 16
            c.sdsp a2, 8(sp)
            c.ldsp a4, 8(sp)
            c.swsp a0, 0(sp)
            c.lwsp a5, 0(sp)
            c.sd a2, 0(a3)
            c.ld s0, 0(a3)
            c.sw a0, 8(a3)
            c.lw s1, 8(a3)
            c.andi s1, 6
            c.sub s1, a0
            c.subw a5, a0
            c.j 1f
            c.li a0, 0
            1:
            c.beqz a5, 2f
            c.li a0, 0
            2:
            la t0, 3f
            c.jalr t0
            3:
            c.mv a6, ra
            j 4f
            .balign 16
            .space 64
            stack_top:
            4:
            """);
        m.X(10).Should().Be(8);
        m.X(11).Should().Be(0x100);
        m.X(12).Should().Be(64);
        m.X(14).Should().Be(64);
        m.X(15).Should().Be(0);
        m.X(8).Should().Be(64);
        m.X(9).Should().Be(unchecked((ulong)-8L));
        m.X(16).Should().Be(m.X(5));
    }

    [Test]
    public void Loads_sign_and_zero_extend_and_stores_truncate()
    {
        using TestMachine m = Run("""
            la t0, data
            li t1, -1
            sd t1, 0(t0)
            li t2, 0x1234
            sh t2, 0(t0)
            lb a0, 1(t0)
            lbu a1, 1(t0)
            lh a2, 2(t0)
            lhu a3, 2(t0)
            lw a4, 4(t0)
            lwu a5, 4(t0)
            ld a6, 0(t0)
            j 1f
            .balign 8
            data: .dword 0
            1:
            """);
        m.X(10).Should().Be(0x12);
        m.X(11).Should().Be(0x12);
        m.X(12).Should().Be(ulong.MaxValue);
        m.X(13).Should().Be(0xFFFF);
        m.X(14).Should().Be(ulong.MaxValue);
        m.X(15).Should().Be(0xFFFF_FFFF);
        m.X(16).Should().Be(0xFFFF_FFFF_FFFF_1234);
    }

    [Test]
    public void Misaligned_loads_and_stores_succeed_even_across_pages()
    {
        using TestMachine m = Run("""
            li t0, 0x80100ffd
            li t1, 0x1122334455667788
            sd t1, 0(t0)
            ld a0, 0(t0)
            lw a1, 1(t0)
            lhu a2, 2(t0)
            li t2, 0x80101001
            lw a3, 0(t2)
            """);
        m.X(10).Should().Be(0x1122334455667788);
        m.X(11).Should().Be(0x44556677UL);
        m.X(12).Should().Be(0x5566);
        m.Memory.Read<ulong>(0x8010_0ffd).Should().Be(0x1122334455667788);
        m.X(13).Should().Be(0x11223344UL);
    }

    [Test]
    public void Lr_sc_succeeds_once_and_fails_without_a_reservation()
    {
        using TestMachine m = Run("""
            la t0, data
            li t1, 42
            lr.d a0, (t0)
            sc.d a1, t1, (t0)
            sc.d a2, t1, (t0)
            lr.w a3, (t0)
            li t2, 7
            sw t2, 0(t0)
            sc.w a4, t1, (t0)
            lw a5, 0(t0)
            j 1f
            .balign 8
            data: .dword 5
            1:
            """);
        m.X(10).Should().Be(5);
        m.X(11).Should().Be(0, "the first SC holds the reservation");
        m.X(12).Should().Be(1, "an SC consumes the reservation");
        m.X(13).Should().Be(42);
        m.X(14).Should().Be(1, "the reserved word changed between LR and SC");
        m.X(15).Should().Be(7);
    }

    // The word and doubleword the AMO tests work on, at label `data`.
    private const string AmoData = "\n j 1f\n .balign 8\n data: .word 10, 0\n .dword 99\n 1:\n";

    [Test]
    public void Amos_return_the_old_value_and_update_memory()
    {
        using TestMachine m = Run(("""
            la t0, data
            li t1, -3
            amoadd.w a0, t1, (t0)
            amomax.w a1, t1, (t0)
            amominu.w a2, t1, (t0)
            amoswap.d a3, t1, 8(t0)
            amoor.d a4, x0, 8(t0)
            amoxor.d a5, t1, 8(t0)
            ld a6, 8(t0)
            lw s2, 0(t0)
            """ + AmoData).Replace("8(t0)", "(t3)").Replace("la t0, data\n", "la t0, data\naddi t3, t0, 8\n"));
        m.X(10).Should().Be(10);
        m.X(11).Should().Be(7);
        m.X(12).Should().Be(7);
        m.X(13).Should().Be(99);
        m.X(14).Should().Be(unchecked((ulong)-3L));
        m.X(15).Should().Be(unchecked((ulong)-3L));
        m.X(16).Should().Be(0);
        m.X(18).Should().Be(7);
    }

    [Test]
    public void Amos_on_a_page_already_written_return_the_old_value_in_both_widths()
    {
        // The store before them puts the page in the store TLB, so add, swap, or and and run on the interpreter's
        // fast path; max runs on the slow path after them.
        using TestMachine m = Run("""
            la t0, data
            addi t3, t0, 8
            sw zero, 4(t0)
            li t1, -3
            amoadd.w a0, t1, (t0)
            amoswap.w a1, t1, (t0)
            li t2, 0x70
            amoor.w a2, t2, (t0)
            amoand.w a3, t2, (t0)
            amoadd.d a4, t1, (t3)
            amoswap.d a5, t2, (t3)
            amoor.d a6, t1, (t3)
            amoand.d s5, t2, (t3)
            amoadd.w x0, t1, (t0)
            amomax.d s2, t2, (t3)
            lw s3, 0(t0)
            ld s4, 0(t3)
            """ + AmoData);
        m.X(10).Should().Be(10);
        m.X(11).Should().Be(7);
        m.X(12).Should().Be(unchecked((ulong)-3L));
        m.X(13).Should().Be(unchecked((ulong)-3L));
        m.X(14).Should().Be(99);
        m.X(15).Should().Be(96);
        m.X(16).Should().Be(0x70);
        m.X(21).Should().Be(unchecked((ulong)-3L));
        m.X(0).Should().Be(0);
        m.X(18).Should().Be(0x70);
        m.X(19).Should().Be(0x70 - 3);
        m.X(20).Should().Be(0x70);
    }

    // Once with the page new to the TLB (the slow path), once after a store put it in the store TLB (the fast path).
    [TestCase("", "amoadd.w", 0x8010_0001UL)]
    [TestCase("li t2, 0x80100000\n sd zero, 0(t2)", "amoadd.d", 0x8010_0004UL)]
    public void Misaligned_amo_raises_a_store_misaligned_exception(string before, string amo, ulong address)
    {
        var m = new TestMachine();
        using (m)
        {
            m.Load($"""
                la t0, handler
                csrw mtvec, t0
                {before}
                li t1, 0x{address:x}
                {amo} a0, t1, (t1)
                .balign 4
                handler:
                csrr a0, mcause
                csrr a1, mtval
                """ + Exit);
            m.RunToExit();
            m.X(10).Should().Be(6);
            m.X(11).Should().Be(address);
        }
    }

    [Test]
    public void Floating_point_loads_nan_box_singles_and_stores_round_trip()
    {
        using TestMachine m = Run("""
            li t0, 0x2000
            csrs mstatus, t0
            la t1, data
            flw f1, 0(t1)
            fld f2, 8(t1)
            fsd f1, 16(t1)
            fsw f2, 24(t1)
            ld a0, 16(t1)
            lwu a1, 24(t1)
            fmv.x.d a2, f2
            fadd.d f3, f2, f2
            fmv.x.d a3, f3
            csrr a4, mstatus
            j 1f
            .balign 8
            data: .word 0x3f800000, 0
            .dword 0x4000000000000000
            .dword 0, 0
            1:
            """);
        m.X(10).Should().Be(0xFFFF_FFFF_3F80_0000);
        m.X(11).Should().Be(0);
        m.X(12).Should().Be(0x4000_0000_0000_0000);
        m.X(13).Should().Be(0x4010_0000_0000_0000);
        (m.X(14) >> 13 & 3).Should().Be(3, "FP writes make FS dirty");
        (m.X(14) >> 63).Should().Be(1, "SD summarises a dirty FS");
    }

    [Test]
    public void Self_modifying_code_runs_the_new_instruction_after_fence_i()
    {
        using TestMachine m = Run("""
            .option norvc
            li a0, 0
            li s1, 2
            loop:
            la t0, target
            target:
            addi a0, a0, 1
            lw t1, patch
            sw t1, 0(t0)
            fence.i
            addi s1, s1, -1
            bnez s1, loop
            j 1f
            patch: addi a0, a0, 100
            1:
            """);
        m.X(10).Should().Be(101, "the second pass runs the patched addi");
    }

    [Test]
    public void A_32_bit_instruction_straddling_two_pages_executes()
    {
        using var m = new TestMachine();
        m.Load("""
            li a0, 1
            li t0, 0x80000ffe
            jr t0
            """);
        m.Memory.Write<uint>(0x8000_0ffe, 0x00550513); // addi a0, a0, 5 across the page boundary
        m.Memory.Write<uint>(0x8000_1002, 0x05D00893); // li a7, 93
        m.Memory.Write<uint>(0x8000_1006, 0x00000073); // ecall
        m.RunToExit();
        m.X(10).Should().Be(6);
        m.Hart.Run(1);
        m.Memory.Write<uint>(0x8000_0ffe, 0x00A50513); // patched: addi a0, a0, 10
        m.Hart.Reset(TestMachine.RamBase, Harness.Vmm.Cpu.RiscV.PrivilegeLevel.Machine);
        m.Hart.Run(100);
        m.X(10).Should().Be(11, "the straddling instruction is re-fetched, never cached whole");
    }

    [Test]
    public void A_straddling_instruction_whose_second_half_is_outside_ram_faults_at_that_half()
    {
        using var m = new TestMachine();
        ulong last = TestMachine.RamBase + m.Memory.Size - 2;
        m.Load($"""
            la t0, handler
            csrw mtvec, t0
            li t0, 0x{last:x}
            jr t0
            .balign 4
            handler:
            csrr s9, mcause
            csrr s10, mtval
            csrr s11, mepc
            li a7, 93
            ecall
            """);
        m.Memory.Write<ushort>(last, 0x0513);
        m.RunToExit();
        m.X(25).Should().Be(1);
        m.X(26).Should().Be(last + 2);
        m.X(27).Should().Be(last);
    }
}
