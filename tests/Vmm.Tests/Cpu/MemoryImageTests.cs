// Compiled blocks and memory images (RiscVHart.MemoryImage.cs): a block compiled from a clean page of the hart's
// image trusts the image while the page stays clean, and compares its bytes whenever that is not known: a written
// page, another image, a cleared dirty log, a hart with no image. A hart with an image replaces the blocks of one
// without. A guest never changes code behind the dirty log; the tests do (a raw write), so that which instruction
// runs shows whether the bytes were compared.
using Harness.Snapshots.Format;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Cpu.RiscV.Translation;

namespace Harness.Vmm.Tests.Cpu;

public unsafe class MemoryImageTests
{
    private const ulong Target = TestMachine.RamBase + 0x1000;

    // Calls `target` 10 times; it adds 1 to s1 (100 once patched).
    private const string Program = """
        .option norvc
        li s1, 0
        li s2, 10
        loop:
        jal ra, target
        addi s2, s2, -1
        bnez s2, loop
        li a7, 93
        ecall
        .org 0x1000
        target:
        addi s1, s1, 1
        ret
        """;

    private static readonly uint AddHundred = BitConverter.ToUInt32(RiscVAssembler.Assemble(".option norvc\naddi s1, s1, 100"));

    private static int NewImage() =>
        BlockCache.ImageOf(new SnapshotHash((ulong)Random.Shared.NextInt64(), (ulong)Random.Shared.NextInt64()));

    private static TestMachine Machine()
    {
        Assume.That(BlockCompiler.Supported, "blocks are compiled on x86-64 hosts only");
        var m = new TestMachine();
        m.Hart.UsesCompiledBlocks = true; // also in the interpreter-only run (HARNESS_TRANSLATE=0)
        m.Load(Program);
        return m;
    }

    // Runs the program from the start; s1 is 10 with the original target, 1000 with the patched one.
    private static ulong RunOnce(TestMachine m)
    {
        m.Hart.Reset(TestMachine.RamBase, PrivilegeLevel.Machine);
        m.Hart.Run(100_000).Should().Be(HartExit.ExitRequested);
        return m.X(9);
    }

    // A fresh image for the machine's memory as it is now (loading the program marked its pages dirty).
    private static void DeclareImage(TestMachine m)
    {
        m.Memory.ClearDirtyLog();
        m.Hart.SetMemoryImage(NewImage());
    }

    // Changes the target behind the dirty log's back.
    private static void PatchRaw(TestMachine m) => *(uint*)(m.Memory.Pointer + (Target - TestMachine.RamBase)) = AddHundred;

    [Test]
    public void A_block_of_a_clean_page_of_the_harts_image_trusts_the_image()
    {
        using TestMachine m = Machine();
        DeclareImage(m);
        RunOnce(m).Should().Be(10);
        PatchRaw(m);
        RunOnce(m).Should().Be(10, "the page is clean, so the block did not compare its bytes");
    }

    [Test]
    public void A_written_page_makes_the_block_compare_its_bytes()
    {
        using TestMachine m = Machine();
        DeclareImage(m);
        RunOnce(m).Should().Be(10);
        m.Memory.Write(Target, AddHundred);
        RunOnce(m).Should().Be(1000);
    }

    [Test]
    public void Clearing_the_dirty_log_withdraws_the_image()
    {
        using TestMachine m = Machine();
        DeclareImage(m);
        RunOnce(m).Should().Be(10);
        m.Memory.ClearDirtyLog();
        PatchRaw(m);
        RunOnce(m).Should().Be(1000, "clean pages no longer say anything about the image");
    }

    [Test]
    public void A_hart_of_another_image_compares_the_bytes()
    {
        using TestMachine first = Machine();
        DeclareImage(first);
        RunOnce(first).Should().Be(10);

        using TestMachine second = Machine();
        DeclareImage(second);
        PatchRaw(second);
        RunOnce(second).Should().Be(1000, "the first machine's blocks are for its image, not this one's");
    }

    [Test]
    public void A_hart_without_an_image_compares_the_bytes_of_a_block_compiled_for_one()
    {
        using TestMachine first = Machine();
        DeclareImage(first);
        RunOnce(first).Should().Be(10);

        using TestMachine second = Machine();
        PatchRaw(second);
        RunOnce(second).Should().Be(1000);
    }

    [Test]
    public void A_hart_with_an_image_replaces_blocks_compiled_without_one()
    {
        using TestMachine m = Machine();
        RunOnce(m).Should().Be(10);
        DeclareImage(m);
        RunOnce(m).Should().Be(10);
        PatchRaw(m);
        RunOnce(m).Should().Be(10, "the blocks were compiled again for the image, which the clean page still holds");
    }

    [Test]
    public void Blocks_replaced_for_a_written_page_compare_their_bytes()
    {
        using TestMachine m = Machine();
        RunOnce(m).Should().Be(10);
        m.Hart.SetMemoryImage(NewImage()); // loading the program left the target's page written
        RunOnce(m).Should().Be(10);
        PatchRaw(m);
        RunOnce(m).Should().Be(1000);
    }
}
