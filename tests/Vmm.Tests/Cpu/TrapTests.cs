// Exceptions, delegation, privilege transitions, interrupts and their priority, WFI, counters and CSR access rules.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class TrapTests
{
    private const string Exit = InstructionTests.Exit;

    // Common prologue: M-mode trap handler that records mcause/mtval/mepc in s9/s10/s11 and exits.
    private const string RecordingHandler = """
        la t0, mhandler
        csrw mtvec, t0
        j start
        .balign 4
        mhandler:
        csrr s9, mcause
        csrr s10, mtval
        csrr s11, mepc
        li a7, 93
        ecall
        start:
        """;

    private static TestMachine Run(string asm, long max = 1_000_000)
    {
        var m = new TestMachine();
        m.Load(asm + Exit);
        m.RunToExit(max);
        return m;
    }

    [Test]
    public void Illegal_instruction_reports_its_bits_in_mtval()
    {
        using TestMachine m = Run(RecordingHandler + """
            la s8, bad
            bad: .word 0xffffffff
            """);
        m.X(25).Should().Be(2);
        m.X(26).Should().Be(0xFFFF_FFFF);
        m.X(27).Should().Be(m.X(24), "mepc points at the illegal instruction");
    }

    [Test]
    public void Compressed_illegal_instruction_reports_sixteen_bits()
    {
        using TestMachine m = Run(RecordingHandler + """
            .half 0x0000
            """);
        m.X(25).Should().Be(2);
        m.X(26).Should().Be(0);
    }

    [Test]
    public void Jumping_to_unmapped_memory_raises_an_instruction_access_fault()
    {
        using TestMachine m = Run(RecordingHandler + """
            li t1, 0x40000000
            jr t1
            """);
        m.X(25).Should().Be(1);
        m.X(26).Should().Be(0x4000_0000);
        m.X(27).Should().Be(0x4000_0000);
    }

    [Test]
    public void Fetching_from_a_device_window_raises_an_instruction_access_fault()
    {
        using TestMachine m = Run(RecordingHandler + """
            li t1, 0x10000000
            jr t1
            """);
        m.X(25).Should().Be(1);
    }

    [Test]
    public void Loads_and_stores_reach_mmio_devices_and_unmapped_ones_fault()
    {
        using TestMachine m = Run(RecordingHandler + """
            li t1, 0x10000000
            li t2, 0x55aa
            sw t2, 0(t1)
            lw a0, 0(t1)
            li t3, 0x30000000
            ld a1, 8(t3)
            """);
        m.Device.Value.Should().Be(0x55aa);
        m.X(10).Should().Be(0x55aa);
        m.X(25).Should().Be(5);
        m.X(26).Should().Be(0x3000_0008);
    }

    [Test]
    public void Ecall_causes_depend_on_the_privilege_it_comes_from()
    {
        using TestMachine m = Run(RecordingHandler + """
            la t0, user
            csrw mepc, t0
            li t1, 0x1800
            csrc mstatus, t1
            mret
            user:
            li a7, 1
            ecall
            """);
        m.X(25).Should().Be(8);
        m.Hart.Privilege.Should().Be(PrivilegeLevel.Machine);
        (m.Hart.ReadCsr(Csr.Mstatus) >> 11 & 3).Should().Be(0, "MPP records U");
    }

    [Test]
    public void Delegated_exceptions_go_to_s_mode_and_sret_returns()
    {
        using TestMachine m = Run("""
            la t0, shandler
            csrw stvec, t0
            li t0, 0x100
            csrw medeleg, t0
            la t0, user
            csrw mepc, t0
            li t1, 0x1800
            csrc mstatus, t1
            mret
            .balign 4
            shandler:
            csrr s2, scause
            csrr s3, sepc
            csrr s4, sstatus
            addi s3, s3, 4
            csrw sepc, s3
            sret
            user:
            li a7, 1
            ecall
            li s5, 77
            """ + Exit);
        m.X(18).Should().Be(8);
        (m.X(20) & MStatus.SPP).Should().Be(0, "SPP records U");
        m.X(21).Should().Be(77);
        m.Platform.EcallCount.Should().Be(2, "the user ecall and the exit ecall");
    }

    [Test]
    public void Interrupts_are_taken_in_priority_order()
    {
        using var m = new TestMachine();
        m.Load("""
            la t0, handler
            csrw mtvec, t0
            li t0, 0xaaa
            csrw mie, t0
            li s2, 0
            li s4, 0
            csrsi mstatus, 8
            1: j 1b
            .balign 4
            handler:
            csrr t1, mcause
            slli s2, s2, 4
            andi t2, t1, 15
            or s2, s2, t2
            srli s3, t1, 63
            li a6, 0x10000000
            sw t1, 0(a6)
            addi s4, s4, 1
            li t5, 6
            beq s4, t5, done
            mret
            done:
            li a7, 93
            ecall
            """);
        RiscVHart hart = m.Hart;
        m.Device.OnWrite = cause => hart.SetPendingInterrupt((int)(cause & 15), false); // the "device" acks the line
        foreach (int bit in new[] { 1, 5, 9, 3, 7, 11 })
        {
            hart.SetPendingInterrupt(bit, true);
        }

        m.RunToExit();
        m.X(18).Should().Be(0xb37915, "MEI, MSI, MTI, SEI, SSI, STI");
        m.X(19).Should().Be(1, "mcause has the interrupt bit");
    }

    // Delegates the supervisor interrupts to S-mode with mie set to `mie`, then runs `body` in S-mode; the S-mode
    // handler records scause in s4 and sstatus in s5 and exits.
    private static string InSupervisorWithDelegatedInterrupts(int mie, string body) => $"""
        la t0, shandler
        csrw stvec, t0
        li t0, 0x222
        csrw mideleg, t0
        li t0, 0x{mie:x}
        csrw mie, t0
        la t0, smode
        csrw mepc, t0
        {InstructionTests.MretToSupervisor}
        smode:
        {body}
        .balign 4
        shandler:
        csrr s4, scause
        csrr s5, sstatus
        li a7, 93
        ecall
        """;

    [Test]
    public void Supervisor_interrupts_delegated_to_s_mode_are_masked_by_sie_in_s_mode()
    {
        using var m = new TestMachine();
        m.Load(InSupervisorWithDelegatedInterrupts(0x222, """
            li s2, 1
            li s3, 0
            1: addi s3, s3, 1
            li t2, 1000
            blt s3, t2, 1b
            csrsi sstatus, 2
            2: j 2b
            """));
        m.Hart.SetPendingInterrupt(Interrupt.SupervisorTimer, true);
        m.RunToExit();
        m.X(19).Should().Be(1000, "the interrupt waited for SIE");
        m.X(20).Should().Be((1UL << 63) | 5);
        (m.X(21) & MStatus.SPP).Should().NotBe(0);
        (m.X(21) & MStatus.SPIE).Should().NotBe(0);
        m.Hart.Privilege.Should().Be(PrivilegeLevel.Supervisor);
    }

    [TestCase("csrsi sstatus, 2", "li t0, 0x20\ncsrw sie, t0")]
    [TestCase("li t0, 0x20\ncsrs sie, t0", "csrsi sstatus, 2")]
    public void A_csr_write_that_makes_a_pending_interrupt_takeable_traps_before_the_next_instruction(string first, string enabling)
    {
        using var m = new TestMachine();
        m.Load(InSupervisorWithDelegatedInterrupts(0x200, $"""
            li s6, 0
            {first}
            csrw sscratch, t0
            csrrw t1, sepc, t1
            li t2, 0x40000
            csrc sstatus, t2
            li s6, 1
            {enabling}
            li s6, 2
            1: j 1b
            """));
        m.Hart.SetPendingInterrupt(Interrupt.SupervisorTimer, true);
        m.RunToExit();
        m.X(22).Should().Be(1, "the interrupt is taken right after the write that enabled it, not before or later");
        m.X(20).Should().Be((1UL << 63) | 5);
    }

    [Test]
    public void Wfi_parks_the_hart_until_the_timer_fires()
    {
        using var m = new TestMachine();
        m.Load("""
            la t0, handler
            csrw mtvec, t0
            li t0, 0x80
            csrw mie, t0
            wfi
            li s2, 5
            csrsi mstatus, 8
            1: j 1b
            .balign 4
            handler:
            csrr s3, mcause
            li a7, 93
            ecall
            """);
        m.Hart.TimerInterruptBit = Interrupt.MachineTimer;
        m.Hart.TimerDeadline = 1000;
        m.Hart.Run(1000).Should().Be(HartExit.WaitForInterrupt);
        m.Hart.IsWaitingForInterrupt.Should().BeTrue();
        m.Hart.WaitForInterrupt(TimeSpan.Zero).Should().BeFalse("time has not reached the deadline");
        m.Platform.Time = 1000;
        m.Hart.WaitForInterrupt(TimeSpan.FromSeconds(10)).Should().BeTrue();
        m.RunToExit();
        m.X(18).Should().Be(5);
        m.X(19).Should().Be((1UL << 63) | 7);
    }

    [Test]
    public void Wait_for_interrupt_returns_on_request_exit_from_another_thread()
    {
        using var m = new TestMachine();
        var t = new Thread(() =>
        {
            Thread.Sleep(20);
            m.Hart.RequestExit();
        });
        t.Start();
        m.Hart.WaitForInterrupt(TimeSpan.FromSeconds(30)).Should().BeFalse();
        t.Join();
    }

    [Test]
    public void Request_exit_stops_a_spinning_hart()
    {
        using var m = new TestMachine();
        m.Load("1: j 1b");
        var t = new Thread(() =>
        {
            Thread.Sleep(20);
            m.Hart.RequestExit();
        });
        t.Start();
        m.Hart.Run(long.MaxValue).Should().Be(HartExit.ExitRequested);
        t.Join();
    }

    [Test]
    public void Budget_is_exact()
    {
        using var m = new TestMachine();
        m.Load("""
            li a0, 0
            1: addi a0, a0, 1
            j 1b
            """);
        m.Hart.Run(21).Should().Be(HartExit.BudgetExhausted);
        m.Hart.InstructionsRetired.Should().Be(21);
        m.X(10).Should().Be(10);
    }

    [Test]
    public void Counters_are_gated_by_mcounteren_and_scounteren()
    {
        using TestMachine m = Run(RecordingHandler + """
            li t0, 1
            csrw mcounteren, t0
            csrw scounteren, zero
            la t0, user
            csrw mepc, t0
            li t1, 0x1800
            csrc mstatus, t1
            mret
            user:
            rdcycle a0
            """);
        m.X(25).Should().Be(2, "U-mode cycle needs scounteren.CY too");
        m.X(26).Should().Be(0xC0002573);
    }

    [Test]
    public void Instret_and_cycle_count_retired_instructions()
    {
        using TestMachine m = Run("""
            csrr a0, minstret
            nop
            nop
            csrr a1, minstret
            csrw minstret, zero
            csrr a2, minstret
            rdtime a3
            """);
        (m.X(11) - m.X(10)).Should().Be(3);
        m.X(12).Should().Be(0);
    }

    [Test]
    public void Supervisor_cannot_touch_machine_csrs_or_satp_under_tvm()
    {
        using TestMachine m = Run(RecordingHandler + """
            la t0, smode
            csrw mepc, t0
            li t1, 0x1800
            csrc mstatus, t1
            li t1, 0x800
            csrs mstatus, t1
            li t1, 0x100000
            csrs mstatus, t1
            mret
            smode:
            csrr a0, satp
            """);
        m.X(25).Should().Be(2);
        m.X(26).Should().Be(0x18002573);
    }

    [Test]
    public void Unsupported_satp_modes_leave_satp_unchanged()
    {
        using TestMachine m = Run("""
            li t0, 0x8000000000080000
            csrw satp, t0
            csrr a0, satp
            li t1, 0xa000000000080000
            csrw satp, t1
            csrr a1, satp
            li t1, 0x9000000000080000
            csrw satp, t1
            csrr a2, satp
            csrw satp, zero
            csrr a3, misa
            csrr a4, mstatus
            """);
        m.X(10).Should().Be(0x8000_0000_0008_0000);
        m.X(11).Should().Be(0x8000_0000_0008_0000, "Sv57 is not supported");
        m.X(12).Should().Be(0x9000_0000_0008_0000);
        m.X(13).Should().Be((2UL << 62) | 0x14112D);
        (m.X(14) >> 32 & 0xF).Should().Be(0xA, "UXL and SXL read 2");
    }

    [Test]
    public void Fp_instructions_trap_while_fs_is_off()
    {
        using TestMachine m = Run(RecordingHandler + """
            fld f1, 0(sp)
            """);
        m.X(25).Should().Be(2);
    }

    [Test]
    public void Mret_to_u_clears_mprv_and_restores_mie()
    {
        using TestMachine m = Run(RecordingHandler + """
            li t0, 0x20080
            csrs mstatus, t0
            la t0, user
            csrw mepc, t0
            li t1, 0x1800
            csrc mstatus, t1
            mret
            user:
            ecall
            """);
        m.X(25).Should().Be(8);
        ulong mstatus = m.Hart.ReadCsr(Csr.Mstatus);
        (mstatus & MStatus.MPRV).Should().Be(0);
        (mstatus & MStatus.MPIE).Should().NotBe(0, "MIE was 1 in U-mode (restored from MPIE) and is stacked again");
    }

    [TestCase("li t0, 0x40000000", 2)]
    [TestCase("la t0, bad", 3)]
    public void A_guest_trapping_in_a_loop_still_returns_when_its_budget_is_used(string vector, long setupInstructions)
    {
        // The trap vector is unmapped (fetch faults forever) or holds an illegal instruction (traps forever).
        using var m = new TestMachine();
        m.Load(vector + """

            csrw mtvec, t0
            .word 0
            .balign 4
            bad: .word 0
            """);
        m.Hart.Run(10_000).Should().Be(HartExit.BudgetExhausted);
        m.Hart.InstructionsRetired.Should().Be(setupInstructions, "trapping instructions do not retire");
        m.Hart.Privilege.Should().Be(PrivilegeLevel.Machine);
    }
}
