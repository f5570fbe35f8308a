// Writes one snapshot file: the VMM's state sections, then the memory image (full, or a diff against a base).
using System.IO.Hashing;
using Harness.Snapshots.Format;
using Harness.Snapshots.Memory;

namespace Harness.Snapshots;

/// <summary>What a write produced.</summary>
/// <param name="ContentHash">The new snapshot's content hash (its name in a store, and what a diff of it names).</param>
/// <param name="FileLength">Bytes written.</param>
/// <param name="StoredPages">Pages whose bytes were stored.</param>
/// <param name="ZeroPages">Pages recorded as zero.</param>
/// <param name="ChunkCount">Memory chunks written.</param>
public sealed record SnapshotWriteResult(SnapshotHash ContentHash, long FileLength, int StoredPages, int ZeroPages, int ChunkCount);

/// <summary>
/// Collects state sections and a memory source, then writes a snapshot. Not thread-safe; one writer per snapshot.
/// The memory must not change while <see cref="WriteTo"/> runs: pause every vCPU first.
/// </summary>
public sealed class SnapshotWriter
{
    private readonly string _architecture;
    private readonly SnapshotWriterOptions _options;
    private readonly List<(uint Kind, uint Instance, uint Version, byte[] Payload)> _sections = [];
    private MemorySource? _memory;
    private SnapshotHash _baseHash;
    private ulong[]? _dirty;

    /// <summary>Starts a snapshot of a guest of <paramref name="architecture"/> (e.g. "riscv64").</summary>
    public SnapshotWriter(string architecture, SnapshotWriterOptions? options = null)
    {
        SnapshotHeader.ValidateArchitecture(architecture);
        _options = options ?? SnapshotWriterOptions.Default;
        _options.Validate();
        _architecture = architecture;
    }

    /// <summary>Adds a state section; (<paramref name="kind"/>, <paramref name="instance"/>) must be unique.</summary>
    public SnapshotWriter AddSection(uint kind, uint version, ReadOnlySpan<byte> payload, uint instance = 0)
    {
        if (kind >= SnapshotSectionKinds.FirstReserved)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), $"section kind 0x{kind:x} is reserved for the snapshot library");
        }

        if (_sections.Exists(s => s.Kind == kind && s.Instance == instance))
        {
            throw new ArgumentException($"section kind 0x{kind:x} instance {instance} was already added", nameof(kind));
        }

        _sections.Add((kind, instance, version, payload.ToArray()));
        return this;
    }

    /// <summary>Sets the guest memory to capture.</summary>
    public SnapshotWriter SetMemory(MemorySource memory)
    {
        _memory = memory;
        return this;
    }

    /// <summary>
    /// Makes this a diff against the snapshot <paramref name="baseHash"/>: only pages whose bit is set in
    /// <paramref name="dirtyPages"/> (one bit per page, least significant first, as GuestMemory's dirty log) are
    /// captured; the others are taken from the base on restore.
    /// </summary>
    public SnapshotWriter SetDiff(SnapshotHash baseHash, ReadOnlySpan<ulong> dirtyPages)
    {
        if (baseHash.IsNone)
        {
            throw new ArgumentException("a diff must name its base", nameof(baseHash));
        }

        _baseHash = baseHash;
        _dirty = dirtyPages.ToArray();
        return this;
    }

    /// <summary>Writes the snapshot to <paramref name="destination"/> (which need not be seekable).</summary>
    public SnapshotWriteResult WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (_memory is not MemorySource memory)
        {
            throw new InvalidOperationException("SetMemory must be called before writing a snapshot");
        }

        if (_dirty is not null && (_dirty.Length != PageBitmap.WordCount(memory.PageCount) || !PageBitmap.TailIsClear(_dirty, memory.PageCount)))
        {
            throw new ArgumentException($"the dirty bitmap must have {PageBitmap.WordCount(memory.PageCount)} words and no bits past page {memory.PageCount - 1}");
        }

        using EncodedMemoryImage image = MemoryImageEncoder.Encode(memory, _dirty, _options.ChunkSize, _options.Level, _options.MaxDegreeOfParallelism);

        int sectionCount = _sections.Count + 1;
        long at = SnapshotFormat.HeaderLength + ((long)sectionCount * SnapshotFormat.SectionEntryLength);
        var entries = new List<SnapshotSection>(sectionCount);
        foreach ((uint kind, uint instance, uint version, byte[] payload) in _sections)
        {
            entries.Add(new SnapshotSection(kind, instance, version, at, payload.Length, XxHash3.HashToUInt64(payload)));
            at += payload.Length;
        }

        long descriptorLength = MemoryImageDescriptor.SerializedLength(memory.PageCount, image.Present is not null, image.Chunks.Length);
        long dataOffset = at + descriptorLength;
        byte[] descriptor = image.Describe(dataOffset).Serialize();
        entries.Add(new SnapshotSection(SnapshotSectionKinds.MemoryImage, 0, 1, at, descriptor.Length, XxHash3.HashToUInt64(descriptor)));
        long fileLength = dataOffset + image.Chunks.Sum(c => (long)c.Length);

        var table = new byte[sectionCount * SnapshotFormat.SectionEntryLength];
        for (int i = 0; i < entries.Count; i++)
        {
            entries[i].Write(table.AsSpan(i * SnapshotFormat.SectionEntryLength));
        }

        var header = new SnapshotHeader
        {
            Major = SnapshotFormat.Major,
            Minor = SnapshotFormat.Minor,
            Architecture = _architecture,
            IsDiff = _dirty is not null,
            SectionCount = sectionCount,
            FileLength = fileLength,
            BaseHash = _dirty is not null ? _baseHash : SnapshotHash.None,
            ContentHash = SnapshotHash.None,
            TableChecksum = XxHash3.HashToUInt64(table),
        };
        var headerBytes = new byte[SnapshotFormat.HeaderLength];
        header.Write(headerBytes);
        SnapshotHash contentHash = SnapshotHeader.ComputeContentHash(headerBytes, table);
        (header with { ContentHash = contentHash }).Write(headerBytes);

        destination.Write(headerBytes);
        destination.Write(table);
        foreach ((_, _, _, byte[] payload) in _sections)
        {
            destination.Write(payload);
        }

        destination.Write(descriptor);
        foreach (EncodedChunk chunk in image.Chunks)
        {
            destination.Write(chunk.Buffer, 0, chunk.Length);
        }

        int zeroPages = PageBitmap.PopCount(image.Zero);
        return new SnapshotWriteResult(contentHash, fileLength, image.StoredCount, zeroPages, image.Chunks.Length);
    }

    /// <summary>
    /// Writes the snapshot to <paramref name="path"/> atomically: into a temporary file beside it, flushed to disk,
    /// then renamed over <paramref name="path"/>, so a reader never sees a half-written snapshot.
    /// </summary>
    public SnapshotWriteResult WriteToFile(string path)
    {
        string full = Path.GetFullPath(path);
        string temp = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            SnapshotWriteResult result;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                result = WriteTo(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
