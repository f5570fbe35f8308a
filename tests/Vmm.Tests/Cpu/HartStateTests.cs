// HartState round trip (save, copy, restore into a new hart, continue, same result) and validation of bad states.
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Cpu;

public class HartStateTests
{
    private const string Program = """
        la t0, handler
        csrw mtvec, t0
        li t0, 0x2000
        csrs mstatus, t0
        li a0, 0
        li a1, 1
        li s2, 0
        1: add a2, a0, a1
        mv a0, a1
        mv a1, a2
        fcvt.d.l f1, a2
        fadd.d f2, f2, f1
        la t1, buffer
        andi t2, s2, 63
        slli t2, t2, 3
        add t1, t1, t2
        sd a2, 0(t1)
        lr.d t3, (t1)
        addi s2, s2, 1
        li t4, 3000
        blt s2, t4, 1b
        fmv.x.d a3, f2
        csrr a4, minstret
        li a7, 93
        ecall
        .balign 4
        handler: j handler
        .balign 8
        buffer: .space 512
        """;

    [Test]
    public void Save_copy_restore_into_a_new_hart_continues_to_the_same_result()
    {
        using var reference = new TestMachine();
        reference.Load(Program);
        reference.RunToExit();

        using var first = new TestMachine();
        first.Load(Program);
        first.Hart.Run(7_777).Should().Be(HartExit.BudgetExhausted);
        HartState saved = first.Hart.Save().Clone();
        saved.ReservationValid.Should().BeTrue("the loop leaves an LR reservation behind");

        // A second machine gets a copy of RAM and the state; the first is discarded.
        using var second = new TestMachine();
        second.Memory.WriteBytes(TestMachine.RamBase, first.Memory.GetReadSpan(TestMachine.RamBase, (int)first.Memory.Size));
        second.Hart.Restore(saved);
        second.Hart.Save().Should().BeEquivalentTo(saved);
        second.RunToExit();

        for (int i = 1; i < 32; i++)
        {
            second.X(i).Should().Be(reference.X(i), $"x{i}");
        }

        second.Hart.InstructionsRetired.Should().Be(reference.Hart.InstructionsRetired);
        second.Hart.GetFloatRegister(2).Should().Be(reference.Hart.GetFloatRegister(2));
        second.Hart.Pc.Should().Be(reference.Hart.Pc);
    }

    [Test]
    public void Restore_rejects_malformed_states_and_changes_nothing()
    {
        using var m = new TestMachine();
        HartState good = m.Hart.Save();
        Action<HartState>[] corruptions =
        [
            s => s.X = new ulong[31],
            s => s.F = new ulong[33],
            s => s.X[0] = 1,
            s => s.Privilege = 2,
            s => s.Satp = 10UL << 60,
            s => s.Satp = 5,
            s => s.Mstatus = 2UL << 11,
            s => s.TimerInterruptBit = 3,
            s => s.Mip = 1UL << 20,
            s => s.Medeleg = 1UL << 11,
            s => s.Fcsr = 0x100,
            s => s.HartId = 4,
            s => { s.ReservationValid = true; s.ReservationSize = 3; },
        ];
        foreach (Action<HartState> corrupt in corruptions)
        {
            HartState bad = good.Clone();
            corrupt(bad);
            m.Invoking(x => x.Hart.Restore(bad)).Should().Throw<HartStateException>();
        }

        m.Hart.Save().Should().BeEquivalentTo(good);
    }

    [Test]
    public void Reset_and_register_accessors_keep_x0_zero()
    {
        using var mem = GuestMemory.CreateAnonymous(TestMachine.RamBase, 1 << 20);
        var hart = new RiscVHart(3, mem, new MmioBus(), new TestMachine.TestPlatform());
        hart.SetRegister(0, 5);
        hart.SetRegister(5, 6);
        hart.GetRegister(0).Should().Be(0);
        hart.GetRegister(5).Should().Be(6);
        hart.ReadCsr(Csr.Mhartid).Should().Be(3);
        hart.Reset(0x8000_0000, PrivilegeLevel.Supervisor);
        hart.GetRegister(5).Should().Be(0);
        hart.Privilege.Should().Be(PrivilegeLevel.Supervisor);
        hart.Invoking(h => h.GetRegister(32)).Should().Throw<ArgumentOutOfRangeException>();
        hart.Invoking(h => h.Reset(0, (PrivilegeLevel)2)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
