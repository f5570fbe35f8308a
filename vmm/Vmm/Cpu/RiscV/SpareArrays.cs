// The pinned arrays a hart owns (its TLBs), kept when a machine stops and handed to the next hart created, as its
// decode cache is (DecodeCacheMemory). A restored clone then allocates none of them: their garbage would set how
// often a gen0 collection pauses the restores in flight. Each array belongs to one hart at a time.
using System.Collections.Concurrent;

namespace Harness.Vmm.Cpu.RiscV;

internal static class SpareArrays<T>
    where T : struct
{
    private const int MaxSpares = 16;
    private static readonly ConcurrentStack<T[]> Spares = new();

    /// <summary>A spare of <paramref name="length"/> elements with whatever it last held, or a new zeroed one.</summary>
    public static T[] TakeOrAllocate(int length) =>
        Spares.TryPop(out T[]? spare) && spare.Length == length ? spare : GC.AllocateArray<T>(length, pinned: true);

    /// <summary>Keeps <paramref name="array"/> for the next hart; its owner must never touch it again.</summary>
    public static void Give(T[] array)
    {
        if (Spares.Count < MaxSpares)
        {
            Spares.Push(array);
        }
    }
}
