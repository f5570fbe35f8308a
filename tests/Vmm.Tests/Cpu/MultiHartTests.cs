// Atomicity of AMOs and LR/SC when several harts run on several host threads over shared RAM.
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Cpu;

public class MultiHartTests
{
    [Test]
    public void Amoadd_and_lr_sc_counters_lose_no_updates_across_threads()
    {
        const int Harts = 2;
        const int Iterations = 20_000;
        using var mem = GuestMemory.CreateAnonymous(TestMachine.RamBase, 1 << 20);
        mem.WriteBytes(TestMachine.RamBase, RiscVAssembler.Assemble($"""
            li t0, 0x80080000
            li t1, {Iterations}
            li t2, 1
            1: amoadd.d zero, t2, (t0)
            2: lr.w t3, 8(t0)
            addi t3, t3, 1
            sc.w t4, t3, 8(t0)
            bnez t4, 2b
            addi t1, t1, -1
            bnez t1, 1b
            li a7, 93
            ecall
            """.Replace("8(t0)", "(t5)").Replace("li t2, 1\n", "li t2, 1\naddi t5, t0, 8\n")));
        var bus = new MmioBus();
        var harts = new RiscVHart[Harts];
        var threads = new Thread[Harts];
        for (int i = 0; i < Harts; i++)
        {
            var platform = new TestMachine.TestPlatform();
            harts[i] = new RiscVHart(i, mem, bus, platform);
            harts[i].Reset(TestMachine.RamBase, PrivilegeLevel.Machine);
            RiscVHart h = harts[i];
            threads[i] = new Thread(() =>
            {
                // Small slices interleave the harts even on a busy host.
                while (h.Run(997) != HartExit.ExitRequested)
                {
                    Thread.Yield();
                }
            });
        }

        foreach (Thread t in threads)
        {
            t.Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        mem.Read<ulong>(0x8008_0000).Should().Be((ulong)(Harts * Iterations));
        mem.Read<uint>(0x8008_0008).Should().Be((uint)(Harts * Iterations));
    }
}
