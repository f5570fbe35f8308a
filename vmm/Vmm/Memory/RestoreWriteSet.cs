// The pages a clone writes on its way to ready, learned from the previous restore of the same snapshot and written
// into place before the next clone's vCPU starts. A clone of a shared (MAP_PRIVATE) image otherwise breaks
// copy-on-write one page at a time from the vCPU thread: each of those ~200 faults traps into the host kernel, and a
// page the guest read before writing also costs a TLB shootdown of every core running another thread of this process.
// One MADV_POPULATE_WRITE over the learned pages does the same copies without either. The guest's path to ready is
// deterministic, so the pages one clone wrote are the pages the next will write: nothing shared is copied for nothing.
using System.Collections.Concurrent;
using Harness.Snapshots.Format;

namespace Harness.Vmm.Memory;

/// <summary>Per-snapshot sets of pages that restored clones wrote before they were ready. Thread-safe.</summary>
public static class RestoreWriteSet
{
    private const int MaxSnapshots = 256;
    private static readonly ConcurrentDictionary<SnapshotHash, ulong[]> Learned = new();

    /// <summary>Remembers the pages <paramref name="memory"/> has written since its restore from <paramref name="snapshot"/>.</summary>
    public static void Learn(SnapshotHash snapshot, GuestMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (Learned.Count >= MaxSnapshots && !Learned.ContainsKey(snapshot))
        {
            Learned.Clear(); // a process cycling through hundreds of snapshots relearns; it never grows without bound
        }

        Learned[snapshot] = memory.SnapshotDirtyBitmap();
    }

    /// <summary>The pages to write ahead for a restore of <paramref name="snapshot"/>, or null when none were learned.</summary>
    public static ulong[]? For(SnapshotHash snapshot) => Learned.TryGetValue(snapshot, out ulong[]? bits) ? bits : null;

    /// <summary>Forgets everything learned (tests).</summary>
    public static void Clear() => Learned.Clear();
}
