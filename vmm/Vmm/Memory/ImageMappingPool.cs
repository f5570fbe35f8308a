// Mappings of shared memory images whose clones have gone, reset to the image and kept for the next clone of the same
// image. A fresh MAP_PRIVATE mapping costs a restore its page tables, a host fault for each page the guest reads first
// (each also maps its fault-around neighbours) and a copy for each page it writes: about 0.4 ms of a 1.1 ms restore
// to ready. A kept mapping has all of that done: the pages the last clone read are still mapped to the page cache, and
// those it wrote are still private, with the image's bytes copied back (CopyOnWriteMapping.Recycle.cs).
namespace Harness.Vmm.Memory;

/// <summary>A small, bounded pool of reset copy-on-write mappings per image file. Thread-safe.</summary>
public static class ImageMappingPool
{
    /// <summary>Kept per image: enough for a pool refilling one by one; a burst of restores maps afresh.</summary>
    private const int MaxPerImage = 4;

    /// <summary>Kept in all: each holds its private pages (the write set, about 0.4 MiB for the default guest).</summary>
    private const int MaxTotal = 16;

    private static readonly Dictionary<string, Stack<CopyOnWriteMapping>> Kept = new(StringComparer.Ordinal);

    /// <summary>A kept mapping of <paramref name="imagePath"/> of <paramref name="length"/> bytes, or null.</summary>
    internal static CopyOnWriteMapping? TryTake(string imagePath, ulong length)
    {
        lock (Kept)
        {
            if (Kept.TryGetValue(imagePath, out Stack<CopyOnWriteMapping>? stack) && stack.TryPeek(out CopyOnWriteMapping? top)
                && top.Length == length)
            {
                return stack.Pop();
            }
        }

        return null;
    }

    /// <summary>Whether a mapping of <paramref name="imagePath"/> would be kept now (the answer may change before it is offered).</summary>
    internal static bool HasRoom(string imagePath, ulong length)
    {
        lock (Kept)
        {
            return RoomFor(Kept.GetValueOrDefault(imagePath), length);
        }
    }

    /// <summary>Keeps the (already reset) pages of <paramref name="mapping"/>; false when the pool is full.</summary>
    internal static bool TryKeep(CopyOnWriteMapping mapping)
    {
        lock (Kept)
        {
            string path = mapping.ImagePath!;
            if (!Kept.TryGetValue(path, out Stack<CopyOnWriteMapping>? stack))
            {
                stack = new Stack<CopyOnWriteMapping>();
                Kept[path] = stack;
            }

            if (!RoomFor(stack, mapping.Length))
            {
                return false;
            }

            stack.Push(mapping.Detach());
            return true;
        }
    }

    /// <summary>Mappings kept now of the image at <paramref name="imagePath"/>.</summary>
    public static int CountFor(string imagePath)
    {
        lock (Kept)
        {
            return Kept.TryGetValue(imagePath, out Stack<CopyOnWriteMapping>? stack) ? stack.Count : 0;
        }
    }

    // Under the lock: whether one more mapping of `length` bytes fits beside `stack` (an image's, or null for an image
    // with none kept) and the pool's bound. There are a handful of images at most.
    private static bool RoomFor(Stack<CopyOnWriteMapping>? stack, ulong length) =>
        Kept.Values.Sum(s => s.Count) < MaxTotal && (stack == null
            || (stack.Count < MaxPerImage && (!stack.TryPeek(out CopyOnWriteMapping? top) || top.Length == length)));

    /// <summary>Unmaps every kept mapping (tests, and a host reclaiming memory).</summary>
    public static void Clear()
    {
        lock (Kept)
        {
            foreach (Stack<CopyOnWriteMapping> stack in Kept.Values)
            {
                while (stack.TryPop(out CopyOnWriteMapping? mapping))
                {
                    mapping.Unmap();
                }
            }

            Kept.Clear();
        }
    }
}
