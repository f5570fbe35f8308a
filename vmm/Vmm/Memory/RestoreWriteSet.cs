// The pages a clone writes on its way to ready, learned from the previous restore of the same snapshot and written
// into place before the next clone's vCPU starts. A clone of a shared (MAP_PRIVATE) image otherwise breaks
// copy-on-write one page at a time from the vCPU thread: each of those ~200 faults traps into the host kernel, and a
// page the guest read before writing also costs a TLB shootdown of every core running another thread of this process.
// One MADV_POPULATE_WRITE over the learned pages does the same copies without either. The guest's path to ready is
// deterministic, so the pages one clone wrote are the pages the next will write: nothing shared is copied for nothing.
// The set is learned again once the clone's first request (the first exec, usually) has been answered: that request
// is as repeatable as the path to ready, and its ~90 copy-on-write faults were a tenth of restore-to-first-exec.
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
        Keep(snapshot, memory.SnapshotDirtyBitmap());
    }

    /// <summary>
    /// Learns the pages written so far again, if there are at most <paramref name="maxPages"/>: after a clone's first
    /// request, which may have written far more than the next clone will (a large file copied in), and pages learned
    /// here are written into place, and held, by every later clone of the snapshot.
    /// </summary>
    /// <returns>Whether the set was learned.</returns>
    public static bool LearnIfAtMost(SnapshotHash snapshot, GuestMemory memory, int maxPages)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ulong[] bits = memory.SnapshotDirtyBitmap();
        long count = 0;
        foreach (ulong word in bits)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        if (count > maxPages)
        {
            return false;
        }

        Keep(snapshot, bits);
        return true;
    }

    /// <summary>The pages to write ahead for a restore of <paramref name="snapshot"/>, or null when none were learned.</summary>
    public static ulong[]? For(SnapshotHash snapshot) => Learned.TryGetValue(snapshot, out ulong[]? bits) ? bits : null;

    private static void Keep(SnapshotHash snapshot, ulong[] bits)
    {
        if (Learned.Count >= MaxSnapshots && !Learned.ContainsKey(snapshot))
        {
            Learned.Clear(); // a process cycling through hundreds of snapshots relearns; it never grows without bound
        }

        Learned[snapshot] = bits;
    }

    /// <summary>Forgets everything learned (tests).</summary>
    public static void Clear() => Learned.Clear();
}
