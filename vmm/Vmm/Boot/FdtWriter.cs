// Writes a flattened device tree blob (DTB, version 17): header, memory reservation block, structure block and
// a deduplicated strings block, as described by the Devicetree Specification's "Flattened Devicetree" chapter.
using System.Buffers.Binary;
using System.Text;

namespace Harness.Vmm.Boot;

/// <summary>
/// Builds a DTB node by node: <see cref="BeginNode"/>, properties, child nodes, <see cref="EndNode"/>, then
/// <see cref="Finish"/>. The first node is the root and has the empty name. Properties of a node must come before
/// its children, names must be unique within a node, and every value is written big-endian.
/// </summary>
public sealed class FdtWriter
{
    /// <summary>The DTB magic number.</summary>
    public const uint Magic = 0xd00dfeed;

    /// <summary>The format version written.</summary>
    public const uint Version = 17;

    /// <summary>The oldest version this blob stays compatible with.</summary>
    public const uint LastCompatibleVersion = 16;

    private const uint TokenBeginNode = 1;
    private const uint TokenEndNode = 2;
    private const uint TokenProp = 3;
    private const uint TokenEnd = 9;
    private const int HeaderSize = 40;
    private const int MaxNameLength = 31;

    private readonly List<(ulong Address, ulong Size)> _reservations = [];
    private readonly MemoryStream _structure = new();
    private readonly MemoryStream _strings = new();
    private readonly Dictionary<string, int> _stringOffsets = new(StringComparer.Ordinal);
    private readonly Stack<OpenNode> _open = new();
    private uint _nextPhandle = 1;
    private bool _rootWritten;
    private bool _finished;

    /// <summary>Adds a memory reservation entry (a range the OS must not use).</summary>
    public void AddMemoryReservation(ulong address, ulong size)
    {
        EnsureNotFinished();
        if (_rootWritten)
        {
            throw new FdtException("memory reservations must be added before the root node");
        }

        if (size == 0)
        {
            throw new FdtException("a memory reservation of zero bytes would terminate the reservation block");
        }

        _reservations.Add((address, size));
    }

    /// <summary>Hands out the next unused phandle (1, 2, ...). Write it with <see cref="PropertyPhandle"/>.</summary>
    public uint AllocatePhandle()
    {
        EnsureNotFinished();
        return _nextPhandle++;
    }

    /// <summary>Opens a node; the root is <c>""</c>, others are <c>name</c> or <c>name@unit-address</c>.</summary>
    public void BeginNode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureNotFinished();
        if (_open.Count == 0)
        {
            if (_rootWritten)
            {
                throw new FdtException($"node '{name}' would be a second root");
            }

            if (name.Length != 0)
            {
                throw new FdtException($"the root node has the empty name, not '{name}'");
            }

            _rootWritten = true;
        }
        else
        {
            ValidateNodeName(name);
            OpenNode parent = _open.Peek();
            if (!parent.Children.Add(name))
            {
                throw new FdtException($"node '{parent.Path}' already has a child '{name}'");
            }

            parent.HasChildren = true;
        }

        string path = _open.Count == 0 ? "/" : _open.Peek().Path == "/" ? "/" + name : _open.Peek().Path + "/" + name;
        WriteToken(TokenBeginNode);
        WriteCString(_structure, name);
        Align(_structure, 4);
        _open.Push(new OpenNode(path));
    }

    /// <summary>Closes the innermost open node.</summary>
    public void EndNode()
    {
        EnsureNotFinished();
        if (_open.Count == 0)
        {
            throw new FdtException("EndNode without an open node");
        }

        _open.Pop();
        WriteToken(TokenEndNode);
    }

    /// <summary>A property with no value (a flag such as <c>interrupt-controller</c> or an empty <c>ranges</c>).</summary>
    public void PropertyEmpty(string name) => Property(name, []);

    /// <summary>A property holding one 32-bit cell.</summary>
    public void PropertyU32(string name, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        Property(name, b);
    }

    /// <summary>A property holding one 64-bit value (two cells, high first).</summary>
    public void PropertyU64(string name, ulong value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(b, value);
        Property(name, b);
    }

    /// <summary>A property holding a list of 32-bit cells.</summary>
    public void PropertyU32Array(string name, params ReadOnlySpan<uint> cells)
    {
        var b = new byte[cells.Length * 4];
        for (int i = 0; i < cells.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(i * 4), cells[i]);
        }

        Property(name, b);
    }

    /// <summary>A property holding a list of 64-bit values (each as two cells, as in a reg with 2 address and 2 size cells).</summary>
    public void PropertyU64Array(string name, params ReadOnlySpan<ulong> values)
    {
        var b = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(b.AsSpan(i * 8), values[i]);
        }

        Property(name, b);
    }

    /// <summary>A property holding a phandle reference.</summary>
    public void PropertyPhandle(string name, uint phandle)
    {
        if (phandle == 0 || phandle == uint.MaxValue)
        {
            throw new FdtException($"property '{name}': phandle {phandle} is reserved");
        }

        PropertyU32(name, phandle);
    }

    /// <summary>A property holding one NUL-terminated string.</summary>
    public void PropertyString(string name, string value) => PropertyStringList(name, value);

    /// <summary>A property holding a list of NUL-terminated strings (such as <c>compatible</c>).</summary>
    public void PropertyStringList(string name, params ReadOnlySpan<string> values)
    {
        if (values.IsEmpty)
        {
            throw new FdtException($"property '{name}': a string list needs at least one string");
        }

        using var b = new MemoryStream();
        foreach (string v in values)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(values));
            if (v.Contains('\0', StringComparison.Ordinal))
            {
                throw new FdtException($"property '{name}': string contains NUL");
            }

            WriteCString(b, v);
        }

        Property(name, b.ToArray());
    }

    /// <summary>A property holding raw bytes.</summary>
    public void PropertyBytes(string name, ReadOnlySpan<byte> value) => Property(name, value);

    /// <summary>Closes the structure block and returns the whole blob.</summary>
    /// <param name="bootCpuId">The physical id of the boot CPU, recorded in the header.</param>
    public byte[] Finish(uint bootCpuId = 0)
    {
        EnsureNotFinished();
        if (!_rootWritten)
        {
            throw new FdtException("the tree has no root node");
        }

        if (_open.Count != 0)
        {
            throw new FdtException($"node '{_open.Peek().Path}' is still open");
        }

        WriteToken(TokenEnd);
        _finished = true;

        int reservationOffset = HeaderSize;
        int structOffset = reservationOffset + (_reservations.Count + 1) * 16;
        int structSize = (int)_structure.Length;
        int stringsOffset = structOffset + structSize;
        int stringsSize = (int)_strings.Length;
        int total = stringsOffset + stringsSize;

        var blob = new byte[total];
        Span<byte> h = blob;
        BinaryPrimitives.WriteUInt32BigEndian(h[0..], Magic);
        BinaryPrimitives.WriteUInt32BigEndian(h[4..], (uint)total);
        BinaryPrimitives.WriteUInt32BigEndian(h[8..], (uint)structOffset);
        BinaryPrimitives.WriteUInt32BigEndian(h[12..], (uint)stringsOffset);
        BinaryPrimitives.WriteUInt32BigEndian(h[16..], (uint)reservationOffset);
        BinaryPrimitives.WriteUInt32BigEndian(h[20..], Version);
        BinaryPrimitives.WriteUInt32BigEndian(h[24..], LastCompatibleVersion);
        BinaryPrimitives.WriteUInt32BigEndian(h[28..], bootCpuId);
        BinaryPrimitives.WriteUInt32BigEndian(h[32..], (uint)stringsSize);
        BinaryPrimitives.WriteUInt32BigEndian(h[36..], (uint)structSize);

        int at = reservationOffset;
        foreach ((ulong address, ulong size) in _reservations)
        {
            BinaryPrimitives.WriteUInt64BigEndian(h[at..], address);
            BinaryPrimitives.WriteUInt64BigEndian(h[(at + 8)..], size);
            at += 16;
        }

        _structure.GetBuffer().AsSpan(0, structSize).CopyTo(h[structOffset..]);
        _strings.GetBuffer().AsSpan(0, stringsSize).CopyTo(h[stringsOffset..]);
        return blob;
    }

    private void Property(string name, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureNotFinished();
        if (_open.Count == 0)
        {
            throw new FdtException($"property '{name}' outside any node");
        }

        ValidatePropertyName(name);
        OpenNode node = _open.Peek();
        if (node.HasChildren)
        {
            throw new FdtException($"property '{name}' of '{node.Path}' comes after a child node");
        }

        if (!node.Properties.Add(name))
        {
            throw new FdtException($"node '{node.Path}' already has a property '{name}'");
        }

        WriteToken(TokenProp);
        WriteU32(_structure, (uint)value.Length);
        WriteU32(_structure, (uint)StringOffset(name));
        _structure.Write(value);
        Align(_structure, 4);
    }

    private int StringOffset(string name)
    {
        if (!_stringOffsets.TryGetValue(name, out int offset))
        {
            offset = (int)_strings.Length;
            WriteCString(_strings, name);
            _stringOffsets.Add(name, offset);
        }

        return offset;
    }

    private static void ValidateNodeName(string name)
    {
        int at = name.IndexOf('@', StringComparison.Ordinal);
        string baseName = at < 0 ? name : name[..at];
        if (baseName.Length is 0 or > MaxNameLength || !char.IsAsciiLetter(baseName[0]))
        {
            throw new FdtException($"node name '{name}' must start with a letter and have 1 to {MaxNameLength} characters before '@'");
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ',' or '.' or '_' or '+' or '-' or '@'))
            {
                throw new FdtException($"node name '{name}' contains '{c}'");
            }
        }

        if (at >= 0 && (at == name.Length - 1 || name.IndexOf('@', at + 1) >= 0))
        {
            throw new FdtException($"node name '{name}' has an empty or repeated unit address");
        }
    }

    private static void ValidatePropertyName(string name)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new FdtException($"property name '{name}' must have 1 to {MaxNameLength} characters");
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ',' or '.' or '_' or '+' or '?' or '#' or '-'))
            {
                throw new FdtException($"property name '{name}' contains '{c}'");
            }
        }
    }

    private void EnsureNotFinished()
    {
        if (_finished)
        {
            throw new FdtException("the blob is already finished");
        }
    }

    private void WriteToken(uint token) => WriteU32(_structure, token);

    private static void WriteU32(MemoryStream s, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        s.Write(b);
    }

    private static void WriteCString(MemoryStream s, string value)
    {
        s.Write(Encoding.UTF8.GetBytes(value));
        s.WriteByte(0);
    }

    private static void Align(MemoryStream s, int alignment)
    {
        while (s.Length % alignment != 0)
        {
            s.WriteByte(0);
        }
    }

    private sealed class OpenNode(string path)
    {
        public string Path { get; } = path;

        public HashSet<string> Children { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Properties { get; } = new(StringComparer.Ordinal);

        public bool HasChildren { get; set; }
    }
}
