// A hart's decoded-instruction cache handed on to a new hart (what a machine's disposal does for the next clone):
// the entries left by other code at the same addresses must never decide what the new hart executes.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Tests.Cpu;

public class DecodeCacheReuseTests
{
    [Test]
    public void A_hart_that_inherits_a_decode_cache_runs_other_code_at_the_same_addresses_correctly()
    {
        const string exit = "\n li a7, 93\n ecall\n";
        for (int round = 0; round < 4; round++)
        {
            // Same layout, different instructions at the same pcs, and the identical exit sequence.
            using TestMachine first = new TestMachine().Load("li a0, 1\n li a1, 2\n add a2, a0, a1\n c.addi a2, 1" + exit);
            first.RunToExit();
            first.X(12).Should().Be(4);
            first.Hart.ReleaseDecodeCache();
            FluentActions.Invoking(() => first.Hart.Run(10)).Should().Throw<InvalidOperationException>().WithMessage("*decode cache*");

            using TestMachine second = new TestMachine().Load("li a0, 5\n li a1, 7\n sub a2, a0, a1\n c.addi a2, 3" + exit);
            second.RunToExit();
            second.X(12).Should().Be(1);
            second.Hart.ReleaseDecodeCache();
        }
    }

    [Test]
    public unsafe void A_new_decode_cache_is_zero_and_takes_host_memory_only_where_written()
    {
        const int entries = 1 << 16; // 1 MiB: a size no hart uses, so no spare of it exists
        using DecodeCacheMemory cache = DecodeCacheMemory.TakeOrMap(entries);
        cache.Count.Should().Be(entries);
        ResidentPages(cache).Should().Be(0, "mapped, not allocated: nothing is committed until written");

        for (int page = 0; page < 3; page++)
        {
            cache.Entries[page * 256].Should().Be(default(Decoded), "a zero entry is a valid, undecoded one");
            cache.Entries[page * 256].Check = 1;
        }

        ResidentPages(cache).Should().Be(3);
        cache.Dispose();
        cache.IsClosed.Should().BeTrue();
    }

    private static unsafe int ResidentPages(DecodeCacheMemory cache)
    {
        int pages = cache.Count * sizeof(Decoded) / 4096;
        byte* vec = stackalloc byte[pages];
        Tmds.Linux.LibC.mincore(cache.Entries, (Tmds.Linux.size_t)(ulong)(pages * 4096), vec).Should().Be(0);
        int resident = 0;
        for (int i = 0; i < pages; i++)
        {
            resident += vec[i] & 1;
        }

        return resident;
    }

    [Test]
    public void A_running_hart_keeps_its_decode_cache()
    {
        using var memory = Harness.Vmm.Memory.GuestMemory.CreateAnonymous(TestMachine.RamBase, 1 << 20);
        memory.WriteBytes(TestMachine.RamBase, RiscVAssembler.Assemble("ecall\n 1: j 1b"));
        var platform = new ReleasingPlatform();
        var hart = new Harness.Vmm.Cpu.RiscV.RiscVHart(0, memory, new Harness.Vmm.Bus.MmioBus(), platform);
        hart.Reset(TestMachine.RamBase, Harness.Vmm.Cpu.RiscV.PrivilegeLevel.Machine);
        hart.Run(100);
        platform.Refusal.Should().BeOfType<InvalidOperationException>("the ecall handler ran inside Run");
        hart.ReleaseDecodeCache();
    }

    private sealed class ReleasingPlatform : Harness.Vmm.Cpu.RiscV.IHartPlatform
    {
        public Exception? Refusal { get; private set; }

        public ulong ReadTime() => 0;

        public bool TryHandleEnvironmentCall(Harness.Vmm.Cpu.RiscV.RiscVHart hart, Harness.Vmm.Cpu.RiscV.PrivilegeLevel from)
        {
            Refusal = FluentActions.Invoking(hart.ReleaseDecodeCache).Should().Throw<InvalidOperationException>().Which;
            hart.RequestExit();
            return true;
        }
    }
}
