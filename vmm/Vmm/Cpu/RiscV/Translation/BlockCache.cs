// Compiled blocks, shared by every hart in the process and found by guest-physical address (frame and offset), like
// the decode cache: clones of a snapshot keep their code at the same frames, so what one clone compiled the next runs
// at once. A block checks its instruction bits against the memory it runs from, so sharing it across clones and VMs
// can never run stale code; a mismatch only costs a recompile. Code lives in one executable mapping, allocated by bump
// and never freed: when it is full, no more blocks are compiled and the interpreter runs the rest.
using System.Runtime.InteropServices;
using Harness.Snapshots.Format;
using Tmds.Linux;

namespace Harness.Vmm.Cpu.RiscV.Translation;

internal static unsafe class BlockCache
{
    /// <summary>Frames of guest RAM whose code can be compiled: the first GiB.</summary>
    public const int MaxFrames = 1 << 18;

    private const long ArenaBytes = 256L << 20;
    private const long HugePage = 2L << 20;
    private const int MadvHugePage = 14;

    // Per frame, null or a table of 2,048 code pointers, one per halfword of the page. A block is only ever stored
    // under the frame and offset it was compiled from, and checks its own bytes before running, so an entry needs no
    // key: a reader sees null, an older block or a newer one, each correct for what it finds in memory.
    private static readonly long** FrameBlocks = (long**)LibC.mmap(null, (size_t)((ulong)MaxFrames * 8),
        LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0);

    private static readonly object Gate = new();
    private static readonly X64 Buffer = new();
    private static byte* _arena;
    private static byte* _dispatch;
    private static long _used;
    private static long _compiled, _stale, _chained;

    static BlockCache()
    {
        if (Environment.GetEnvironmentVariable("HARNESS_JITSTATS") == "1")
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine($"blocks: {Statistics}");
        }
    }

    /// <summary>Whether harts created from now on run compiled blocks (HARNESS_TRANSLATE=0 turns it off).</summary>
    public static bool Enabled { get; set; } =
        BlockCompiler.Supported && Environment.GetEnvironmentVariable("HARNESS_TRANSLATE") != "0";

    public static (long Compiled, long Stale, long Chained, long CodeBytes) Statistics =>
        (Interlocked.Read(ref _compiled), Interlocked.Read(ref _stale), Interlocked.Read(ref _chained), Interlocked.Read(ref _used));

    /// <summary>The code of the block at <paramref name="off"/> in <paramref name="frame"/>, or null.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void* Find(ulong frame, int off)
    {
        long* blocks = FrameBlocks[frame];
        return blocks == null ? null : (void*)Volatile.Read(ref blocks[off >> 1]);
    }

    /// <summary>The code-pointer table of <paramref name="frame"/> (made on first use; under the lock).</summary>
    internal static long* BlocksOf(ulong frame)
    {
        long* blocks = FrameBlocks[frame];
        if (blocks == null)
        {
            // 2,048 code pointers, then 2,048 sighting counts.
            long* made = (long*)NativeMemory.AllocZeroed(2048 * 8 + 2048);
            long* won = (long*)Interlocked.CompareExchange(ref *(long*)&FrameBlocks[frame], (long)made, 0);
            if (won != null)
            {
                NativeMemory.Free(made);
                return won;
            }

            blocks = made;
        }

        return blocks;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SnapshotHash, int> Images = new();

    // Blocks compiled for harts without a memory image (under the lock): harts with one replace them on entry.
    private static readonly HashSet<long> Upgradable = [];
    private static int _lastImage;

    /// <summary>A small number, the same for the whole process, naming the memory image of snapshot <paramref name="hash"/>.</summary>
    public static int ImageOf(SnapshotHash hash) =>
        Images.GetOrAdd(hash, static _ => Interlocked.Increment(ref _lastImage));

    /// <summary>
    /// Counts one arrival at <paramref name="off"/> in <paramref name="frame"/> with no block there; true once it is
    /// worth compiling. Places reached once (an interrupt's return into the middle of a block, say) stay with the
    /// interpreter instead of each costing a compile.
    /// </summary>
    public static bool Sighted(ulong frame, int off)
    {
        byte* seen = (byte*)(BlocksOf(frame) + 2048) + (off >> 1);
        int n = *seen;
        if (n < SightingsToCompile)
        {
            *seen = (byte)(n + 1);
        }

        return n + 1 >= SightingsToCompile;
    }

    private const int SightingsToCompile = 3;

    /// <summary>
    /// Compiles the block at <paramref name="off"/> of <paramref name="page"/> (frame <paramref name="frame"/>), as
    /// what image <paramref name="image"/> holds there when not 0 (RiscVHart.MemoryImage.cs), for a hart without an
    /// image when <paramref name="upgradable"/>, in place of the one there when <paramref name="replace"/>.
    /// </summary>
    public static void* Compile(ulong frame, int off, byte* page, int image = 0, bool upgradable = false, bool replace = false)
    {
        lock (Gate)
        {
            void* found = Find(frame, off);
            if (found != null && !replace)
            {
                return found;
            }

            if (_arena == null)
            {
                void* p = LibC.mmap(null, (size_t)(ulong)ArenaBytes, LibC.PROT_READ | LibC.PROT_WRITE | LibC.PROT_EXEC,
                    LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0);
                if (p == (void*)-1)
                {
                    Enabled = false;
                    return null;
                }

                // Huge pages where the host grants them: blocks are small and spread over megabytes, and with 4 KiB
                // pages nearly every jump between blocks would miss the instruction TLB.
                _arena = (byte*)(((long)p + HugePage - 1) & ~(HugePage - 1));
                _ = LibC.madvise(_arena, (size_t)(ulong)(ArenaBytes - HugePage), MadvHugePage);
                Buffer.Reset();
                BlockCompiler.EmitDispatch(Buffer, FrameBlocks);
                Buffer.Code.CopyTo(new Span<byte>(_arena, Buffer.Length));
                _dispatch = _arena;
                _used = (Buffer.Length + 15) & ~15L;
            }

            Buffer.Reset();
            try
            {
                if (!BlockCompiler.Compile(new ReadOnlySpan<byte>(page, 4096), off, Buffer, image, frame, upgradable))
                {
                    return null;
                }
            }
            catch (Exception e) when (e is OverflowException or InvalidOperationException or ArgumentException)
            {
                // A block the compiler cannot express is left to the interpreter, never a failure of the guest.
                return null;
            }

            long size = (Buffer.Length + 15) & ~15L;

            if (_used + size > ArenaBytes - HugePage)
            {
                return null;
            }

            byte* code = _arena + _used;
            Buffer.Code.CopyTo(new Span<byte>(code, Buffer.Length));
            foreach (int at in Buffer.DispatchJumps)
            {
                *(int*)(code + at) = checked((int)(_dispatch - (code + at + 4)));
            }

            Interlocked.Add(ref _used, size);
            if (upgradable)
            {
                Upgradable.Add((long)code);
            }

            Volatile.Write(ref BlocksOf(frame)[off >> 1], (long)code);
            _compiled++;
            return code;
        }
    }

    /// <summary>
    /// Points the jump at <paramref name="site"/> (a 4-byte aligned rel32 in a block of <paramref name="frame"/>) at
    /// the block at <paramref name="off"/> of the same frame, compiling it if needed. One aligned store, so a hart
    /// running that code meanwhile sees the old target or the new one.
    /// </summary>
    public static void Chain(byte* site, ulong frame, int off, byte* page, int image = 0, bool upgradable = false)
    {
        void* target = Find(frame, off);
        if (target == null && (target = Compile(frame, off, page, image, upgradable)) == null)
        {
            return;
        }

        lock (Gate)
        {
            if (!upgradable && Upgradable.Contains((long)target))
            {
                // A hart with an image replaces this block when it enters it; a jump left pointing at the old one
                // would bring it back to the dispatcher on every pass.
                return;
            }

            int rel = checked((int)((byte*)target + BlockCompiler.PrologueBytes - (site + 4)));
            Volatile.Write(ref *(int*)site, rel);
            _chained++;
        }
    }

    /// <summary>
    /// Drops the block at <paramref name="off"/> in <paramref name="frame"/> (its memory changed). Jumps already
    /// chained to it keep reaching it, and it keeps handing control back as stale: correct, if slower, until the
    /// process ends; guests rewrite code rarely, and never the kernel text this is for.
    /// </summary>
    public static void Forget(ulong frame, int off)
    {
        lock (Gate)
        {
            long* blocks = FrameBlocks[frame];
            if (blocks != null && blocks[off >> 1] != 0)
            {
                Volatile.Write(ref blocks[off >> 1], 0);
                _stale++;
            }
        }
    }
}
