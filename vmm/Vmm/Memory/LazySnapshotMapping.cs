// Guest RAM restored on first touch: fresh anonymous memory plus a resident bitmap; a missing page is filled by
// decoding the chunk that holds it, writing every not-yet-resident page that chunk supplies.
using System.Buffers;
using Harness.Snapshots.Chains;

namespace Harness.Vmm.Memory;

/// <summary>
/// A lazily restored snapshot. Owns the chain it reads from. Fills are serialized per chunk (striped locks); a page's
/// resident bit is published only after its bytes are written, and a page already resident is never overwritten,
/// so guest writes that raced ahead of a neighbouring fill survive it.
/// </summary>
public sealed unsafe class LazySnapshotMapping : IDemandPagedMapping
{
    private const int LockStripes = 64;

    private readonly AnonymousMapping _memory;
    private readonly SnapshotChain _chain;
    private readonly Lock[] _locks;
    private long _chunksFilled;

    /// <summary>Maps fresh memory for <paramref name="chain"/>, which this mapping then owns.</summary>
    public LazySnapshotMapping(SnapshotChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        _chain = chain;
        _memory = new AnonymousMapping(chain.GuestSize);
        ResidentPages = new ulong[(chain.PageCount + 63) / 64];
        _locks = new Lock[LockStripes];
        for (int i = 0; i < _locks.Length; i++)
        {
            _locks[i] = new Lock();
        }
    }

    /// <inheritdoc />
    public byte* Pointer => _memory.Pointer;

    /// <inheritdoc />
    public ulong Length => _memory.Length;

    /// <inheritdoc />
    public ulong[] ResidentPages { get; }

    /// <summary>Chunks decoded so far.</summary>
    public long ChunksFilled => Interlocked.Read(ref _chunksFilled);

    /// <summary>Pages resident so far.</summary>
    public int ResidentPageCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < ResidentPages.Length; i++)
            {
                n += System.Numerics.BitOperations.PopCount(Volatile.Read(ref ResidentPages[i]));
            }

            return n;
        }
    }

    /// <inheritdoc />
    public void MakeResident(int page)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(page, _chain.PageCount);
        if (IsResident(page))
        {
            return;
        }

        if (!_chain.TryLocate(page, out int layer, out int chunk))
        {
            // A zero page: fresh anonymous memory already reads as zero.
            Publish(page);
            return;
        }

        lock (_locks[(int)((((uint)layer * 0x9E3779B1u) ^ (uint)chunk) % LockStripes)])
        {
            if (IsResident(page))
            {
                return;
            }

            byte[] scratch = ArrayPool<byte>.Shared.Rent(_chain.MaxChunkSize);
            try
            {
                _chain.FillChunk(layer, chunk, _memory.Pointer, scratch, IsResident);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }

            foreach (int filled in _chain.Layers[layer].Memory.ChunkPages(chunk))
            {
                if (_chain.OwnerOf(filled) == layer)
                {
                    Publish(filled);
                }
            }

            Interlocked.Increment(ref _chunksFilled);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _memory.Dispose();
        _chain.Dispose();
    }

    private bool IsResident(int page) => (Volatile.Read(ref ResidentPages[page >> 6]) & (1UL << (page & 63))) != 0;

    private void Publish(int page) => Interlocked.Or(ref ResidentPages[page >> 6], 1UL << (page & 63));
}
