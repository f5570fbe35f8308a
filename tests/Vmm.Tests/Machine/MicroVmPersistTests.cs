// Machine save and restore: a paused VM's state, encoded and decoded, restored over a copy of its RAM into a new
// VM that carries on exactly where the original stopped; malformed or mismatched state is refused with a typed error;
// state sections read from a snapshot file are decoded once per distinct content.
using Harness.Snapshots;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;
using Harness.Vmm.Tests.Machine.Programs;

namespace Harness.Vmm.Tests.Machine;

public class MicroVmPersistTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly string Expected = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("persist-test").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private MicroVm Build(string source, int vcpus = 1)
    {
        string path = Path.Combine(_dir, "Image");
        File.WriteAllBytes(path, GuestPrograms.Build(source));
        return new MicroVmBuilder().WithKernel(path).WithVcpus(vcpus).WithMemoryMiB(32).Build();
    }

    private static unsafe GuestMemory CopyOf(GuestMemory source)
    {
        var copy = GuestMemory.CreateAnonymous(source.BaseAddress, source.Size);
        Buffer.MemoryCopy(source.Pointer, copy.Pointer, (long)copy.Size, (long)source.Size);
        return copy;
    }

    private static async Task<(MicroVmState State, GuestMemory Memory, string ConsoleSoFar)> PauseAndCaptureAsync(MicroVm vm)
    {
        SpinWait.SpinUntil(() => vm.Console.TotalBytes >= 10, Timeout).Should().BeTrue();
        await vm.PauseAsync();
        MicroVmState state = MicroVmStateCodec.Decode(MicroVmStateCodec.Encode(vm.SaveState()));
        return (state, CopyOf(vm.Memory), vm.Console.ToString());
    }

    [Test]
    public async Task A_restored_copy_carries_on_exactly_where_the_original_was_paused()
    {
        await using MicroVm original = Build(GuestPrograms.Alphabet);
        await original.StartAsync();
        (MicroVmState state, GuestMemory memory, string before) = await PauseAndCaptureAsync(original);
        before.Length.Should().BeInRange(10, 51);

        await using MicroVm clone = MicroVm.Restore(state, memory);
        clone.Generation.Should().Be(1);
        await clone.StartAsync();
        (await clone.Exited.WaitAsync(Timeout)).Should().Be(VmExitReason.PoweredOff);
        (before + clone.Console).Should().Be(Expected);

        // The original is untouched by the clone and finishes too.
        await original.ResumeAsync();
        (await original.Exited.WaitAsync(Timeout)).Should().Be(VmExitReason.PoweredOff);
        original.Console.ToString().Should().Be(Expected);
    }

    [Test]
    public async Task Save_restore_save_gives_the_same_state_and_counts_generations()
    {
        await using MicroVm original = Build(GuestPrograms.Spin, vcpus: 2);
        await original.StartAsync();
        SpinWait.SpinUntil(() => original.InstructionsRetired > 1_000_000, Timeout).Should().BeTrue();
        await original.PauseAsync();
        MicroVmState state = original.SaveState();

        await using MicroVm clone = MicroVm.Restore(MicroVmStateCodec.Decode(MicroVmStateCodec.Encode(state)), CopyOf(original.Memory));
        MicroVmState again = clone.SaveState();
        // No vsock connection was open, so the restore owes the guest no transport reset: everything comes back as saved.
        again.Should().BeEquivalentTo(state, o => o.Excluding(s => s.Generation));
        again.Virtio.Single(v => v.Vsock != null).Vsock!.TransportResetPending.Should().BeFalse();
        again.Generation.Should().Be(state.Generation + 1);
        MicroVm.Restore(again, CopyOf(original.Memory)).Generation.Should().Be(2);
    }

    [Test]
    public async Task A_running_vm_refuses_to_save()
    {
        await using MicroVm vm = Build(GuestPrograms.Spin);
        await vm.StartAsync();
        FluentActions.Invoking(() => vm.SaveState()).Should().Throw<InvalidOperationException>().WithMessage("*paused*");
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("null")]
    [TestCase("[1,2,3]")]
    [TestCase("{\"Version\": 99}")]
    [TestCase("{\"Version\": 1, \"Harts\": \"nope\"}")]
    public void Malformed_state_is_a_typed_error(string json)
    {
        FluentActions.Invoking(() => MicroVmStateCodec.Decode(System.Text.Encoding.UTF8.GetBytes(json)))
            .Should().Throw<MachineStateException>();
    }

    [Test]
    public async Task State_that_does_not_fit_is_refused_before_anything_runs()
    {
        await using MicroVm vm = Build(GuestPrograms.Spin, vcpus: 2);
        MicroVmState good = vm.SaveState();
        byte[] encoded = MicroVmStateCodec.Encode(good);
        using GuestMemory memory = CopyOf(vm.Memory);
        using GuestMemory small = GuestMemory.CreateAnonymous(vm.Memory.BaseAddress, 16 << 20);

        MicroVmState Mutate(Action<System.Text.Json.Nodes.JsonObject> change)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(encoded)!.AsObject();
            change(node);
            return MicroVmStateCodec.Decode(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));
        }

        FluentActions.Invoking(() => MicroVm.Restore(good, small)).Should().Throw<MachineStateException>().WithMessage("*RAM*");
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["Vcpus"] = 3), memory))
            .Should().Throw<MachineStateException>().WithMessage("*3 hart states*");
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["Vcpus"] = 9), memory))
            .Should().Throw<MachineStateException>().WithMessage("*9 vCPUs*");
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["HartPower"]![0]!["State"] = 42), memory))
            .Should().Throw<MachineStateException>().WithMessage("*HSM state 42*");
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["Harts"]![1]!["Satp"] = 7UL << 60), memory))
            .Should().Throw<MachineStateException>().WithMessage("*satp*");
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["Plic"]!["Priority"] = new System.Text.Json.Nodes.JsonArray()), memory))
            .Should().Throw<MachineStateException>();
        FluentActions.Invoking(() => MicroVm.Restore(Mutate(n => n["Harts"] = null), memory))
            .Should().Throw<MachineStateException>();
    }

    // A VM running the spin program, paused after 100,000 instructions.
    private async Task<MicroVm> PausedSpinnerAsync()
    {
        MicroVm vm = Build(GuestPrograms.Spin);
        await vm.StartAsync();
        SpinWait.SpinUntil(() => vm.InstructionsRetired > 100_000, Timeout).Should().BeTrue();
        await vm.PauseAsync();
        return vm;
    }

    private static MicroVmState Read(string path)
    {
        using SnapshotReader reader = MachineSnapshot.Open(path);
        return MachineSnapshotSections.ReadFrom(reader);
    }

    [Test]
    public async Task A_written_or_restored_vm_tells_its_vcpus_which_memory_image_its_clean_pages_hold()
    {
        await using MicroVm vm = await PausedSpinnerAsync();
        Harness.Vmm.Cpu.RiscV.RiscVHart hart = ((Harness.Vmm.Machine.Sbi.ISbiHost)vm).GetHart(0);
        hart.MemoryImage.Should().Be(0, "a booted VM's memory is no snapshot's");
        string path = Path.Combine(_dir, "image.hsnap");
        SnapshotWriteResult written = MachineSnapshot.Write(vm, path);
        int image = Harness.Vmm.Cpu.RiscV.Translation.BlockCache.ImageOf(written.ContentHash);
        image.Should().NotBe(0);
        hart.MemoryImage.Should().Be(image, "the written snapshot holds what every page holds now");

        using SnapshotReader reader = MachineSnapshot.Open(path);
        await using MicroVm clone = MachineSnapshot.Restore(reader, RestoreMode.SharedCopyOnWrite);
        ((Harness.Vmm.Machine.Sbi.ISbiHost)clone).GetHart(0).MemoryImage.Should().Be(image);
    }

    // Decoded sections are kept by their exact bytes: a snapshot read again gets the same state objects, one with
    // different bytes never does, and a restore leaves them as they were.
    [Test]
    public async Task Equal_sections_decode_once_and_different_ones_decode_as_written()
    {
        await using MicroVm vm = await PausedSpinnerAsync();
        string first = Path.Combine(_dir, "first.hsnap");
        MachineSnapshot.Write(vm, first);
        HartState firstHart = vm.SaveState().Harts[0];
        await vm.ResumeAsync();
        SpinWait.SpinUntil(() => vm.InstructionsRetired > firstHart.InstructionsRetired + 100_000, Timeout).Should().BeTrue();
        await vm.PauseAsync();
        string second = Path.Combine(_dir, "second.hsnap");
        MachineSnapshot.Write(vm, second);
        HartState secondHart = vm.SaveState().Harts[0];

        MicroVmState a = Read(first);
        MicroVmState b = Read(second);
        Read(first).Harts[0].Should().BeSameAs(a.Harts[0], "the same bytes are decoded once");
        a.Harts[0].Should().BeEquivalentTo(firstHart);
        b.Harts[0].Should().NotBeSameAs(a.Harts[0]);
        b.Harts[0].Should().BeEquivalentTo(secondHart, "a section with other bytes is decoded from them");

        // A restore copies out of the state: what is kept stays what the file holds.
        using (SnapshotReader reader = MachineSnapshot.Open(first))
        {
            await using MicroVm clone = MachineSnapshot.Restore(reader, RestoreMode.Eager);
            await clone.StartAsync();
            SpinWait.SpinUntil(() => clone.InstructionsRetired > firstHart.InstructionsRetired + 100_000, Timeout).Should().BeTrue();
            await clone.PauseAsync();
        }

        Read(first).Harts[0].Should().BeEquivalentTo(firstHart);
    }
}
