// A parsed ELF64 RISC-V executable: entry point, PT_LOAD segments and the symbol table, checked against the file size.
using System.Buffers.Binary;
using System.Text;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>One PT_LOAD segment.</summary>
public readonly record struct ElfSegment(ulong PhysicalAddress, ulong FileOffset, ulong FileSize, ulong MemorySize);

/// <summary>A RISC-V ELF64 little-endian executable, validated on construction.</summary>
public sealed class ElfImage
{
    /// <summary>The largest file the loader accepts.</summary>
    public const long MaxFileSize = 1L << 30;

    private const int EmRiscV = 243;
    private const uint PtLoad = 1;
    private const uint ShtSymtab = 2;

    private readonly byte[] _data;
    private readonly Dictionary<string, ulong> _symbols = new(StringComparer.Ordinal);

    private ElfImage(byte[] data)
    {
        _data = data;
        ReadOnlySpan<byte> d = data;
        if (d.Length < 4 || d[0] != 0x7F || d[1] != (byte)'E' || d[2] != (byte)'L' || d[3] != (byte)'F')
        {
            throw new ElfLoadException(ElfLoadError.NotElf, "not an ELF file (bad magic)");
        }

        if (d.Length < 64)
        {
            throw new ElfLoadException(ElfLoadError.Truncated, "ELF header is truncated");
        }

        if (d[4] != 2)
        {
            throw new ElfLoadException(ElfLoadError.NotElf64, "not an ELFCLASS64 file");
        }

        if (d[5] != 1)
        {
            throw new ElfLoadException(ElfLoadError.NotLittleEndian, "not a little-endian ELF file");
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(d[18..]) != EmRiscV)
        {
            throw new ElfLoadException(ElfLoadError.NotRiscV, "not a RISC-V ELF file");
        }

        Entry = BinaryPrimitives.ReadUInt64LittleEndian(d[24..]);
        ulong phoff = BinaryPrimitives.ReadUInt64LittleEndian(d[32..]);
        ulong shoff = BinaryPrimitives.ReadUInt64LittleEndian(d[40..]);
        int phentsize = BinaryPrimitives.ReadUInt16LittleEndian(d[54..]);
        int phnum = BinaryPrimitives.ReadUInt16LittleEndian(d[56..]);
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(d[58..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(d[60..]);

        var segments = new List<ElfSegment>();
        if (phnum > 0)
        {
            if (phentsize < 56)
            {
                throw new ElfLoadException(ElfLoadError.Truncated, "program header entries are too small");
            }

            for (int i = 0; i < phnum; i++)
            {
                ReadOnlySpan<byte> ph = Slice(phoff + ((ulong)i * (ulong)phentsize), 56, "program header");
                if (BinaryPrimitives.ReadUInt32LittleEndian(ph) != PtLoad)
                {
                    continue;
                }

                var seg = new ElfSegment(
                    BinaryPrimitives.ReadUInt64LittleEndian(ph[24..]),
                    BinaryPrimitives.ReadUInt64LittleEndian(ph[8..]),
                    BinaryPrimitives.ReadUInt64LittleEndian(ph[32..]),
                    BinaryPrimitives.ReadUInt64LittleEndian(ph[40..]));
                if (seg.FileSize > seg.MemorySize)
                {
                    throw new ElfLoadException(ElfLoadError.Truncated, "a segment's file size exceeds its memory size");
                }

                if (seg.MemorySize > (ulong)MaxFileSize * 4)
                {
                    throw new ElfLoadException(ElfLoadError.TooLarge, $"segment of 0x{seg.MemorySize:x} bytes is too large");
                }

                Slice(seg.FileOffset, seg.FileSize, "segment contents");
                if (seg.MemorySize > 0)
                {
                    segments.Add(seg);
                }
            }
        }

        if (segments.Count == 0)
        {
            throw new ElfLoadException(ElfLoadError.NoLoadableSegments, "ELF file has no loadable segments");
        }

        Segments = segments;
        if (shnum > 0 && shoff != 0)
        {
            ReadSymbols(shoff, shentsize, shnum);
        }
    }

    /// <summary>The entry point.</summary>
    public ulong Entry { get; }

    /// <summary>The PT_LOAD segments with a non-zero memory size.</summary>
    public IReadOnlyList<ElfSegment> Segments { get; }

    /// <summary>Symbols by name (functions and objects with a value).</summary>
    public IReadOnlyDictionary<string, ulong> Symbols => _symbols;

    /// <summary>Parses <paramref name="path"/>.</summary>
    /// <exception cref="ElfLoadException">The file is not a loadable RISC-V ELF64 image.</exception>
    public static ElfImage Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"ELF file '{path}' does not exist", path);
        }

        if (info.Length > MaxFileSize)
        {
            throw new ElfLoadException(ElfLoadError.TooLarge, $"ELF file is {info.Length} bytes; the limit is {MaxFileSize}");
        }

        return new ElfImage(File.ReadAllBytes(path));
    }

    /// <summary>Parses an in-memory image.</summary>
    public static ElfImage Parse(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.LongLength > MaxFileSize)
        {
            throw new ElfLoadException(ElfLoadError.TooLarge, $"ELF image is {data.LongLength} bytes; the limit is {MaxFileSize}");
        }

        return new ElfImage(data);
    }

    /// <summary>Copies every segment to its physical address in <paramref name="memory"/> and zero-fills the rest.</summary>
    /// <exception cref="ElfLoadException">A segment does not fit inside RAM.</exception>
    public void LoadInto(GuestMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        foreach (ElfSegment s in Segments)
        {
            if (!memory.Contains(s.PhysicalAddress, s.MemorySize))
            {
                throw new ElfLoadException(ElfLoadError.SegmentOutsideRam,
                    $"segment [0x{s.PhysicalAddress:x}, +0x{s.MemorySize:x}) lies outside RAM [0x{memory.BaseAddress:x}, 0x{memory.EndAddress:x})");
            }
        }

        foreach (ElfSegment s in Segments)
        {
            memory.WriteBytes(s.PhysicalAddress, _data.AsSpan((int)s.FileOffset, (int)s.FileSize));
            memory.GetWriteSpan(s.PhysicalAddress + s.FileSize, checked((int)(s.MemorySize - s.FileSize))).Clear();
        }
    }

    private ReadOnlySpan<byte> Slice(ulong offset, ulong length, string what)
    {
        if (offset > (ulong)_data.Length || length > (ulong)_data.Length - offset)
        {
            throw new ElfLoadException(ElfLoadError.Truncated, $"ELF {what} at 0x{offset:x} (+0x{length:x}) runs past the end of the file");
        }

        return _data.AsSpan((int)offset, (int)length);
    }

    private void ReadSymbols(ulong shoff, int shentsize, int shnum)
    {
        if (shentsize < 64)
        {
            throw new ElfLoadException(ElfLoadError.Truncated, "section header entries are too small");
        }

        for (int i = 0; i < shnum; i++)
        {
            ReadOnlySpan<byte> sh = Slice(shoff + ((ulong)i * (ulong)shentsize), 64, "section header");
            if (BinaryPrimitives.ReadUInt32LittleEndian(sh[4..]) != ShtSymtab)
            {
                continue;
            }

            ulong off = BinaryPrimitives.ReadUInt64LittleEndian(sh[24..]);
            ulong size = BinaryPrimitives.ReadUInt64LittleEndian(sh[32..]);
            uint link = BinaryPrimitives.ReadUInt32LittleEndian(sh[40..]);
            if (link >= (uint)shnum)
            {
                throw new ElfLoadException(ElfLoadError.Truncated, "symbol table links to a missing string table");
            }

            ReadOnlySpan<byte> strHdr = Slice(shoff + ((ulong)link * (ulong)shentsize), 64, "section header");
            ReadOnlySpan<byte> strtab = Slice(BinaryPrimitives.ReadUInt64LittleEndian(strHdr[24..]),
                BinaryPrimitives.ReadUInt64LittleEndian(strHdr[32..]), "string table");
            ReadOnlySpan<byte> symtab = Slice(off, size, "symbol table");
            for (int s = 24; s + 24 <= symtab.Length; s += 24)
            {
                ReadOnlySpan<byte> sym = symtab.Slice(s, 24);
                uint name = BinaryPrimitives.ReadUInt32LittleEndian(sym);
                if (name == 0 || name >= (uint)strtab.Length)
                {
                    continue;
                }

                ReadOnlySpan<byte> rest = strtab[(int)name..];
                int end = rest.IndexOf((byte)0);
                string n = Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]);
                _symbols.TryAdd(n, BinaryPrimitives.ReadUInt64LittleEndian(sym[8..]));
            }
        }
    }
}
