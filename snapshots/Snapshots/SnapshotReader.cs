// Opens a snapshot, validating the header, the section table and the memory image descriptor; reads sections and
// decodes memory chunks on demand, each checked against its checksum before use.
using System.Buffers;
using System.IO.Hashing;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Snapshots.Memory;
using K4os.Compression.LZ4;

namespace Harness.Snapshots;

/// <summary>
/// A validated, open snapshot. Opening reads only the header, the section table and the memory descriptor (a few KiB),
/// so it is cheap; section payloads and chunks are read and checked when asked for. Thread-safe for reads.
/// </summary>
public sealed class SnapshotReader : IDisposable
{
    private readonly ISnapshotSource _source;
    private readonly SnapshotSection[] _sections;

    private SnapshotReader(ISnapshotSource source, SnapshotReadOptions options, SnapshotHeader header, SnapshotSection[] sections, MemoryImageDescriptor memory, string? path)
    {
        _source = source;
        Options = options;
        Header = header;
        _sections = sections;
        Memory = memory;
        Path = path;
    }

    /// <summary>The file this snapshot was opened from, when it was.</summary>
    public string? Path { get; }

    /// <summary>The options it was opened with.</summary>
    public SnapshotReadOptions Options { get; }

    /// <summary>The validated header.</summary>
    public SnapshotHeader Header { get; }

    /// <summary>This snapshot's content hash.</summary>
    public SnapshotHash ContentHash => Header.ContentHash;

    /// <summary>Every section in file order, the memory image descriptor included.</summary>
    public IReadOnlyList<SnapshotSection> Sections => _sections;

    /// <summary>The memory image descriptor.</summary>
    public MemoryImageDescriptor Memory { get; }

    /// <summary>Opens and validates the snapshot file at <paramref name="path"/>.</summary>
    public static SnapshotReader Open(string path, SnapshotReadOptions? options = null)
    {
        var source = new FileSnapshotSource(path);
        try
        {
            return Open(source, options, path);
        }
        catch (SnapshotFormatException e) when (e.Path is null)
        {
            source.Dispose();
            throw new SnapshotFormatException(e.Fault, $"{path}: {e.Message}", e.SectionKind, e.ChunkIndex, e) { Path = path };
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Opens and validates a snapshot held in memory.</summary>
    public static SnapshotReader Open(ReadOnlyMemory<byte> bytes, SnapshotReadOptions? options = null) =>
        Open(new MemorySnapshotSource(bytes), options, null);

    /// <summary>Opens and validates a snapshot from <paramref name="source"/>, which the reader then owns.</summary>
    public static SnapshotReader Open(ISnapshotSource source, SnapshotReadOptions? options = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= SnapshotReadOptions.Default;
        long length = source.Length;
        Span<byte> headerBytes = stackalloc byte[SnapshotFormat.HeaderLength];
        int headerRead = (int)Math.Min(length, SnapshotFormat.HeaderLength);
        source.ReadExactly(headerBytes[..headerRead], 0);
        SnapshotHeader header = SnapshotHeader.Parse(headerBytes[..headerRead], length, options.Limits, options.ExpectedArchitecture);

        long tableLength = (long)header.SectionCount * SnapshotFormat.SectionEntryLength;
        if (tableLength > length - SnapshotFormat.HeaderLength)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"the section table of {header.SectionCount} entries runs past the end of the file");
        }

        var table = new byte[tableLength];
        source.ReadExactly(table, SnapshotFormat.HeaderLength);
        if (XxHash3.HashToUInt64(table) != header.TableChecksum)
        {
            throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, "the section table does not match its checksum");
        }

        if (SnapshotHeader.ComputeContentHash(headerBytes, table) != header.ContentHash)
        {
            throw new SnapshotFormatException(SnapshotFault.ContentHashMismatch, "the content hash in the header does not match the header and section table");
        }

        SnapshotSection[] sections = SnapshotSection.ParseTable(table, length, options.Limits);
        SnapshotSection memorySection = Array.Find(sections, s => s.Kind == SnapshotSectionKinds.MemoryImage)!;
        byte[] descriptorBytes = ReadChecked(source, memorySection);
        long dataOffset = sections[^1].Offset + sections[^1].Length;
        MemoryImageDescriptor memory = MemoryImageDescriptor.Parse(descriptorBytes, header.IsDiff, dataOffset, length, options.Limits);
        return new SnapshotReader(source, options, header, sections, memory, path);
    }

    /// <summary>The section (<paramref name="kind"/>, <paramref name="instance"/>), if present.</summary>
    public SnapshotSection? FindSection(uint kind, uint instance = 0) =>
        Array.Find(_sections, s => s.Kind == kind && s.Instance == instance);

    /// <summary>Every section of <paramref name="kind"/> (all vCPUs, all devices), ordered by instance.</summary>
    public IReadOnlyList<SnapshotSection> FindSections(uint kind) =>
        [.. _sections.Where(s => s.Kind == kind).OrderBy(s => s.Instance)];

    /// <summary>Reads and checks a section's payload; <see cref="SnapshotFault.SectionMissing"/> when absent.</summary>
    public byte[] ReadSection(uint kind, uint instance = 0)
    {
        SnapshotSection section = FindSection(kind, instance)
            ?? throw new SnapshotFormatException(SnapshotFault.SectionMissing, $"snapshot has no section of kind 0x{kind:x} instance {instance}", kind);
        return ReadSection(section);
    }

    /// <summary>Reads and checks the payload of <paramref name="section"/>, one of <see cref="Sections"/>.</summary>
    public byte[] ReadSection(SnapshotSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (Array.IndexOf(_sections, section) < 0)
        {
            throw new ArgumentException("the section is not one of this snapshot's", nameof(section));
        }

        try
        {
            return ReadChecked(_source, section);
        }
        catch (SnapshotFormatException e) when (e.Path is null && Path is not null)
        {
            throw new SnapshotFormatException(e.Fault, $"{Path}: {e.Message}", e.SectionKind, e.ChunkIndex, e) { Path = Path };
        }
    }

    /// <summary>
    /// Reads chunk <paramref name="chunk"/>, checks its checksum and decompresses it into <paramref name="destination"/>,
    /// which must be exactly <see cref="MemoryImageDescriptor.RawLength"/> bytes.
    /// </summary>
    public void DecodeChunk(int chunk, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunk);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chunk, Memory.ChunkCount);
        int rawLength = Memory.RawLength(chunk);
        if (destination.Length != rawLength)
        {
            throw new ArgumentException($"chunk {chunk} decodes to {rawLength} bytes; the destination holds {destination.Length}", nameof(destination));
        }

        int compressedLength = Memory.CompressedLength(chunk);
        byte[] compressed = ArrayPool<byte>.Shared.Rent(compressedLength);
        try
        {
            Span<byte> stored = compressed.AsSpan(0, compressedLength);
            _source.ReadExactly(stored, Memory.ChunkOffset(chunk));
            if (XxHash3.HashToUInt64(stored) != Memory.Checksum(chunk))
            {
                throw new SnapshotFormatException(SnapshotFault.ChecksumMismatch, $"memory chunk {chunk} does not match its checksum", SnapshotSectionKinds.MemoryImage, chunk) { Path = Path };
            }

            if (Memory.IsStoredRaw(chunk))
            {
                stored.CopyTo(destination);
                return;
            }

            int decoded;
            try
            {
                decoded = LZ4Codec.Decode(stored, destination);
            }
            catch (Exception e) when (e is not SnapshotFormatException)
            {
                throw new SnapshotFormatException(SnapshotFault.ChunkCorrupt, $"memory chunk {chunk} is not valid LZ4", SnapshotSectionKinds.MemoryImage, chunk, e) { Path = Path };
            }

            if (decoded != rawLength)
            {
                throw new SnapshotFormatException(SnapshotFault.ChunkCorrupt, $"memory chunk {chunk} decodes to {decoded} bytes, not {rawLength}", SnapshotSectionKinds.MemoryImage, chunk) { Path = Path };
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>
    /// Checks every section's and every chunk's checksum and decodes every chunk, in parallel. Throws the
    /// <see cref="SnapshotFormatException"/> of the first fault in file order; returns when the file is sound.
    /// </summary>
    public void Verify()
    {
        foreach (SnapshotSection section in _sections)
        {
            _ = ReadChecked(_source, section);
        }

        var faults = new SnapshotFormatException?[Memory.ChunkCount];
        Parallel.For(0, Memory.ChunkCount, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism },
            () => new byte[Memory.ChunkSize], (chunk, _, scratch) =>
            {
                try
                {
                    DecodeChunk(chunk, scratch.AsSpan(0, Memory.RawLength(chunk)));
                }
                catch (SnapshotFormatException e)
                {
                    faults[chunk] = e;
                }

                return scratch;
            }, _ => { });
        SnapshotFormatException? first = Array.Find(faults, f => f is not null);
        if (first is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
    }

    /// <summary>Summarizes sections, sizes and compression.</summary>
    public SnapshotInspection Inspect() => new()
    {
        FormatVersion = $"{Header.Major}.{Header.Minor}",
        Architecture = Header.Architecture,
        IsDiff = Header.IsDiff,
        ContentHash = Header.ContentHash,
        BaseHash = Header.BaseHash,
        FileLength = Header.FileLength,
        Sections = _sections,
        GuestSize = Memory.GuestSize,
        PresentPages = Memory.PresentPageCount,
        ZeroPages = Memory.ZeroPageCount,
        StoredPages = Memory.StoredPageCount,
        ChunkSize = Memory.ChunkSize,
        ChunkCount = Memory.ChunkCount,
        CompressedBytes = Memory.DataLength,
    };

    /// <summary>
    /// Restores guest memory into <paramref name="destination"/> (<paramref name="length"/> must be the guest size),
    /// resolving a diff's bases through <paramref name="bases"/>. With <paramref name="destinationIsZeroed"/> (fresh
    /// anonymous memory, a new sparse file) zero pages are skipped instead of cleared.
    /// </summary>
    public unsafe void RestoreMemory(byte* destination, ulong length, ISnapshotResolver? bases = null, bool destinationIsZeroed = false)
    {
        using SnapshotChain chain = SnapshotChain.Open(this, bases);
        chain.RestoreInto(destination, length, destinationIsZeroed);
    }

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    private static byte[] ReadChecked(ISnapshotSource source, SnapshotSection section)
    {
        var payload = new byte[section.Length];
        source.ReadExactly(payload, section.Offset);
        if (XxHash3.HashToUInt64(payload) != section.Checksum)
        {
            throw new SnapshotFormatException(SnapshotFault.ChecksumMismatch,
                $"section kind 0x{section.Kind:x} instance {section.Instance} does not match its checksum", section.Kind);
        }

        return payload;
    }
}
