// A snapshot's identity: 128-bit XxHash128 over its header and section table, which hold every section's and every
// chunk's checksum, so it names the whole content. Not cryptographic: it identifies, it does not authenticate.
using System.Buffers.Binary;
using System.Globalization;

namespace Harness.Snapshots.Format;

/// <summary>The content hash of a snapshot file; diffs name their base by it and stores key files by it.</summary>
public readonly record struct SnapshotHash(ulong High, ulong Low)
{
    /// <summary>Bytes in the binary form.</summary>
    public const int Size = 16;

    /// <summary>The all-zero hash, used where a field names no snapshot.</summary>
    public static SnapshotHash None => default;

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => High == 0 && Low == 0;

    /// <summary>Reads the 16-byte big-endian binary form.</summary>
    public static SnapshotHash Read(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(source), BinaryPrimitives.ReadUInt64BigEndian(source[8..]));

    /// <summary>Writes the 16-byte big-endian binary form.</summary>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }

    /// <summary>Parses the 32-digit hexadecimal form that <see cref="ToString"/> writes.</summary>
    public static SnapshotHash Parse(string text)
    {
        if (!TryParse(text, out SnapshotHash hash))
        {
            throw new FormatException($"'{text}' is not a snapshot hash (32 hexadecimal digits)");
        }

        return hash;
    }

    /// <summary>Parses the 32-digit hexadecimal form; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, out SnapshotHash hash)
    {
        hash = default;
        if (text is null || text.Length != 32
            || !ulong.TryParse(text.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong high)
            || !ulong.TryParse(text.AsSpan(16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong low))
        {
            return false;
        }

        hash = new SnapshotHash(high, low);
        return true;
    }

    /// <summary>32 lowercase hexadecimal digits.</summary>
    public override string ToString() => $"{High:x16}{Low:x16}";
}
