// Reading machine state from snapshot sections: decoded sections are kept by their exact bytes, so a snapshot read
// again gets the same state objects, a snapshot with different bytes never does, and a restore leaves them as they were.
using Harness.Snapshots;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;
using Harness.Vmm.Tests.Machine.Programs;

namespace Harness.Vmm.Tests.Machine;

public class MachineSnapshotSectionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("sections-test").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static MicroVmState Read(string path)
    {
        using SnapshotReader reader = MachineSnapshot.Open(path);
        return MachineSnapshotSections.ReadFrom(reader);
    }

    [Test]
    public async Task Equal_sections_decode_once_and_different_ones_decode_as_written()
    {
        string image = Path.Combine(_dir, "Image");
        await File.WriteAllBytesAsync(image, GuestPrograms.Build(GuestPrograms.Spin));
        await using MicroVm vm = new MicroVmBuilder().WithKernel(image).WithMemoryMiB(32).Build();
        await vm.StartAsync();
        SpinWait.SpinUntil(() => vm.InstructionsRetired > 100_000, Timeout).Should().BeTrue();
        await vm.PauseAsync();
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
