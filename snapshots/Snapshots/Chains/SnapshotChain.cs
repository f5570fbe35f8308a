// A snapshot and the bases under it, resolved and checked, with a per-page map of which layer supplies each page.
// Eager restores and lazy fills both work from it, one (layer, chunk) at a time.
using System.Buffers;
using System.Numerics;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Chains;

/// <summary>
/// Layer 0 is the snapshot asked for; each next layer is the base of the one before; the last is a full snapshot.
/// Every page belongs to exactly one (layer, chunk), or is zero.
/// </summary>
public sealed class SnapshotChain : IDisposable
{
    /// <summary>The owner of a page that is zero in the newest layer describing it.</summary>
    public const int ZeroPage = -1;

    private const byte ZeroOwner = 0xFF;

    private readonly SnapshotReader[] _layers;
    private readonly bool _ownsTop;
    private readonly byte[] _owner;

    private SnapshotChain(SnapshotReader[] layers, bool ownsTop)
    {
        _layers = layers;
        _ownsTop = ownsTop;
        _owner = BuildOwnerMap(layers);
        MaxChunkSize = layers.Max(l => l.Memory.ChunkSize);
    }

    /// <summary>The snapshots from newest (0) to the full base (last).</summary>
    public IReadOnlyList<SnapshotReader> Layers => _layers;

    /// <summary>Content hash of the newest snapshot, which names the whole chain.</summary>
    public SnapshotHash ContentHash => _layers[0].ContentHash;

    /// <summary>Guest memory size in bytes.</summary>
    public ulong GuestSize => _layers[0].Memory.GuestSize;

    /// <summary>Guest pages.</summary>
    public int PageCount => _layers[0].Memory.PageCount;

    /// <summary>The largest chunk of any layer: scratch buffers of this size fit every chunk.</summary>
    public int MaxChunkSize { get; }

    /// <summary>
    /// Resolves the bases of <paramref name="top"/> through <paramref name="resolver"/> and checks that each is the
    /// snapshot named and fits (same architecture and guest size). The chain disposes the bases it opened; it disposes
    /// <paramref name="top"/> only when <paramref name="ownsTop"/>.
    /// </summary>
    public static SnapshotChain Open(SnapshotReader top, ISnapshotResolver? resolver, bool ownsTop = false)
    {
        ArgumentNullException.ThrowIfNull(top);
        var layers = new List<SnapshotReader> { top };
        var seen = new HashSet<SnapshotHash> { top.ContentHash };
        try
        {
            SnapshotReader current = top;
            while (current.Header.IsDiff)
            {
                SnapshotHash wanted = current.Header.BaseHash;
                if (layers.Count >= Math.Min(top.Options.Limits.MaxChainDepth, ZeroOwner - 1) || !seen.Add(wanted))
                {
                    throw new SnapshotFormatException(SnapshotFault.ChainTooDeep,
                        $"diff chain of {top.ContentHash} is deeper than {top.Options.Limits.MaxChainDepth} or loops at {wanted}");
                }

                SnapshotReader? next = resolver?.TryOpenSnapshot(wanted, top.Options)
                    ?? throw new SnapshotFormatException(SnapshotFault.BaseMissing, $"base snapshot {wanted} of {current.ContentHash} was not found");
                layers.Add(next);
                if (next.ContentHash != wanted)
                {
                    throw new SnapshotFormatException(SnapshotFault.BaseMismatch, $"base of {current.ContentHash} should be {wanted} but the file found is {next.ContentHash}");
                }

                if (next.Memory.GuestSize != current.Memory.GuestSize || next.Header.Architecture != current.Header.Architecture)
                {
                    throw new SnapshotFormatException(SnapshotFault.BaseMismatch,
                        $"base {wanted} ({next.Header.Architecture}, {next.Memory.GuestSize} bytes) does not fit its diff ({current.Header.Architecture}, {current.Memory.GuestSize} bytes)");
                }

                current = next;
            }

            return new SnapshotChain([.. layers], ownsTop);
        }
        catch
        {
            foreach (SnapshotReader opened in layers.Skip(1))
            {
                opened.Dispose();
            }

            throw;
        }
    }

    /// <summary>The layer supplying page <paramref name="page"/>, or <see cref="ZeroPage"/>.</summary>
    public int OwnerOf(int page) => _owner[page] == ZeroOwner ? ZeroPage : _owner[page];

    /// <summary>Finds the (layer, chunk) holding page <paramref name="page"/>; false when the page is zero.</summary>
    public bool TryLocate(int page, out int layer, out int chunk)
    {
        layer = OwnerOf(page);
        chunk = layer == ZeroPage ? -1 : _layers[layer].Memory.ChunkOf(page);
        return layer != ZeroPage;
    }

    /// <summary>
    /// Restores the whole guest memory into <paramref name="destination"/>: every (layer, chunk) that supplies a page
    /// is decoded in parallel and its pages copied in place (decoded straight into place when they are contiguous).
    /// </summary>
    public unsafe void RestoreInto(byte* destination, ulong length, bool destinationIsZeroed, int? maxDegreeOfParallelism = null)
    {
        if (destination == null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (length != GuestSize)
        {
            throw new ArgumentException($"destination holds {length} bytes; the snapshot's guest memory is {GuestSize}", nameof(length));
        }

        var work = new List<(int Layer, int Chunk)>();
        for (int layer = 0; layer < _layers.Length; layer++)
        {
            for (int chunk = 0; chunk < _layers[layer].Memory.ChunkCount; chunk++)
            {
                if (_layers.Length == 1 || SuppliesAnyPage(layer, chunk))
                {
                    work.Add((layer, chunk));
                }
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? _layers[0].Options.MaxDegreeOfParallelism };
        // Faults are collected per work item rather than thrown through Parallel.For, which would wrap them in an
        // AggregateException; the first one in chain order is rethrown as is.
        var faults = new SnapshotFormatException?[work.Count];
        Parallel.For(0, work.Count, options, () => ArrayPool<byte>.Shared.Rent(MaxChunkSize), (i, state, scratch) =>
        {
            (int layer, int chunk) = work[i];
            try
            {
                FillChunk(layer, chunk, destination, scratch, null);
            }
            catch (SnapshotFormatException e)
            {
                faults[i] = e;
                state.Stop();
            }

            return scratch;
        }, scratch => ArrayPool<byte>.Shared.Return(scratch));
        SnapshotFormatException? first = Array.Find(faults, f => f is not null);
        if (first is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        if (!destinationIsZeroed)
        {
            ClearZeroPages(destination);
        }
    }

    /// <summary>
    /// Decodes (<paramref name="layer"/>, <paramref name="chunk"/>) and writes the pages it supplies into guest memory
    /// at <paramref name="destination"/>, skipping any page for which <paramref name="skipPage"/> says true (a lazy
    /// restore's already-resident pages). <paramref name="scratch"/> must hold <see cref="MaxChunkSize"/> bytes.
    /// Returns the pages written. Callers serialize fills of the same chunk.
    /// </summary>
    public unsafe int FillChunk(int layer, int chunk, byte* destination, byte[] scratch, Func<int, bool>? skipPage)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        SnapshotReader reader = _layers[layer];
        ReadOnlySpan<int> pages = reader.Memory.ChunkPages(chunk);
        int rawLength = reader.Memory.RawLength(chunk);
        bool contiguous = pages[^1] - pages[0] == pages.Length - 1;
        if (skipPage is null && contiguous && (_layers.Length == 1 || AllSupplied(layer, pages)))
        {
            reader.DecodeChunk(chunk, new Span<byte>(destination + ((long)pages[0] << SnapshotFormat.PageShift), rawLength));
            return pages.Length;
        }

        reader.DecodeChunk(chunk, scratch.AsSpan(0, rawLength));
        int written = 0;
        for (int i = 0; i < pages.Length; i++)
        {
            int page = pages[i];
            if (_owner[page] == layer && (skipPage is null || !skipPage(page)))
            {
                scratch.AsSpan(i << SnapshotFormat.PageShift, SnapshotFormat.PageSize)
                    .CopyTo(new Span<byte>(destination + ((long)page << SnapshotFormat.PageShift), SnapshotFormat.PageSize));
                written++;
            }
        }

        return written;
    }

    /// <summary>Verifies every layer (<see cref="SnapshotReader.Verify"/>).</summary>
    public void Verify()
    {
        foreach (SnapshotReader layer in _layers)
        {
            layer.Verify();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        for (int i = _ownsTop ? 0 : 1; i < _layers.Length; i++)
        {
            _layers[i].Dispose();
        }
    }

    private bool SuppliesAnyPage(int layer, int chunk)
    {
        foreach (int page in _layers[layer].Memory.ChunkPages(chunk))
        {
            if (_owner[page] == layer)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllSupplied(int layer, ReadOnlySpan<int> pages)
    {
        foreach (int page in pages)
        {
            if (_owner[page] != layer)
            {
                return false;
            }
        }

        return true;
    }

    private unsafe void ClearZeroPages(byte* destination)
    {
        int page = 0;
        while (page < _owner.Length)
        {
            if (_owner[page] != ZeroOwner)
            {
                page++;
                continue;
            }

            int end = page + 1;
            while (end < _owner.Length && _owner[end] == ZeroOwner)
            {
                end++;
            }

            NativeClear(destination + ((long)page << SnapshotFormat.PageShift), (ulong)(end - page) << SnapshotFormat.PageShift);
            page = end;
        }
    }

    private static unsafe void NativeClear(byte* start, ulong length) => System.Runtime.InteropServices.NativeMemory.Clear(start, (nuint)length);

    private static byte[] BuildOwnerMap(SnapshotReader[] layers)
    {
        int pageCount = layers[0].Memory.PageCount;
        var owner = new byte[pageCount];
        owner.AsSpan().Fill(ZeroOwner);
        int words = (pageCount + 63) >> 6;
        for (int w = 0; w < words; w++)
        {
            ulong remaining = layers[0].Memory.PresentWord(w) | layers[^1].Memory.PresentWord(w);
            for (int layer = 0; layer < layers.Length && remaining != 0; layer++)
            {
                ulong present = layers[layer].Memory.PresentWord(w) & remaining;
                ulong stored = present & ~layers[layer].Memory.ZeroWord(w);
                while (stored != 0)
                {
                    owner[(w << 6) + BitOperations.TrailingZeroCount(stored)] = (byte)layer;
                    stored &= stored - 1;
                }

                remaining &= ~present;
            }
        }

        return owner;
    }
}
