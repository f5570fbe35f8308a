// Writes a paused microVM to a snapshot file (full, or a diff of the pages dirtied since its base) and restores
// one into a new microVM with the chosen memory restore mode.
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Vmm.Boot;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Persist;

/// <summary>Snapshot files of whole machines.</summary>
public static class MachineSnapshot
{
    /// <summary>The architecture every machine snapshot is written for and read as.</summary>
    public const string Architecture = "riscv64";

    /// <summary>
    /// Writes the paused <paramref name="vm"/> to <paramref name="path"/>. With <paramref name="diff"/>, only the pages
    /// written since the VM's base snapshot (the one it was restored from or last written to) are stored. Afterwards
    /// the written snapshot is the VM's base and its dirty log starts afresh.
    /// </summary>
    /// <exception cref="InvalidOperationException">The VM is not paused, or a diff is asked for without a base.</exception>
    public static SnapshotWriteResult Write(MicroVm vm, string path, bool diff = false, SnapshotWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vm);
        MicroVmState state = vm.SaveState();
        var writer = new SnapshotWriter(Architecture, options);
        MachineSnapshotSections.AddTo(writer, state);
        writer.SetMemory(vm.Memory.AsSnapshotSource());
        if (diff)
        {
            SnapshotHash baseHash = vm.SnapshotBase
                ?? throw new InvalidOperationException("a diff snapshot needs a base: restore the VM from a snapshot or write a full one first");
            writer.SetDiff(baseHash, vm.Memory.SnapshotDirtyBitmap());
        }

        SnapshotWriteResult result = writer.WriteToFile(path);
        vm.Memory.ClearDirtyLog();
        vm.SnapshotBase = result.ContentHash;
        return result;
    }

    private static readonly SnapshotReadOptions ReadOptions = new() { ExpectedArchitecture = Architecture };

    /// <summary>Opens a machine snapshot, checking its architecture.</summary>
    public static SnapshotReader Open(string path) => SnapshotReader.Open(path, ReadOptions);

    /// <summary>Opens a machine snapshot held in memory, checking its architecture. Lazy restores need a file.</summary>
    public static SnapshotReader Open(ReadOnlyMemory<byte> bytes) => SnapshotReader.Open(bytes, ReadOptions);

    /// <summary>
    /// Restores a machine from <paramref name="snapshot"/>: its memory by <paramref name="mode"/> (diffs resolve
    /// their bases through <paramref name="memoryOptions"/>), then every vCPU and device. The VM is not started.
    /// </summary>
    /// <exception cref="MachineStateException">The machine state does not restore.</exception>
    /// <exception cref="SnapshotFormatException">The file is corrupt, or a diff's base is missing or different.</exception>
    public static MicroVm Restore(SnapshotReader snapshot, RestoreMode mode, SnapshotRestoreOptions? memoryOptions = null,
        string? vsockUdsPath = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        MicroVmState state = MachineSnapshotSections.ReadFrom(snapshot);
        if ((ulong)state.MemoryMiB << 20 != snapshot.Memory.GuestSize)
        {
            throw new MachineStateException(
                $"the machine config says {state.MemoryMiB} MiB but the memory image holds {snapshot.Memory.GuestSize} bytes");
        }

        GuestMemory memory = SnapshotMemory.Restore(snapshot, VirtMemoryMap.RamBase, mode, memoryOptions);
        try
        {
            MicroVm vm = MicroVm.Restore(state, memory, vsockUdsPath);
            vm.SnapshotBase = snapshot.ContentHash;
            return vm;
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }
}
