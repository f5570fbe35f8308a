// What a hart owns beyond its registers (its TLB arrays, its decode cache), kept when a machine stops and handed to
// the next hart created. A restored clone then allocates none of it: pinned garbage would set how often a gen0
// collection pauses the restores in flight, and the decode cache comes warm. Each item belongs to one hart at a time.
using System.Collections.Concurrent;

namespace Harness.Vmm.Cpu.RiscV;

internal static class HartSpares<T>
    where T : class
{
    private const int MaxSpares = 16;
    private static readonly ConcurrentStack<T> Spares = new();

    /// <summary>A spare with whatever it last held, or null.</summary>
    public static T? TryTake() => Spares.TryPop(out T? spare) ? spare : null;

    /// <summary>Keeps <paramref name="item"/> for the next hart; false when enough are kept already.</summary>
    public static bool TryGive(T item)
    {
        if (Spares.Count >= MaxSpares)
        {
            return false;
        }

        Spares.Push(item);
        return true;
    }
}
