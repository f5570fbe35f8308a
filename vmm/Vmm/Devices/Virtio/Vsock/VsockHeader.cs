// The 44-byte little-endian virtio_vsock_hdr (virtio 1.2 §5.10.6) and its op, type and flag values.
using System.Buffers.Binary;

namespace Harness.Vmm.Devices.Virtio.Vsock;

/// <summary>Operations of a vsock packet.</summary>
public enum VsockOp : ushort
{
    Invalid = 0,
    Request = 1,
    Response = 2,
    Rst = 3,
    Shutdown = 4,
    Rw = 5,
    CreditUpdate = 6,
    CreditRequest = 7,
}

/// <summary>One vsock packet header.</summary>
public struct VsockHeader
{
    /// <summary>Bytes of a header on the wire.</summary>
    public const int Size = 44;

    /// <summary>VIRTIO_VSOCK_TYPE_STREAM.</summary>
    public const ushort TypeStream = 1;

    /// <summary>SHUTDOWN flag: the sender will receive no more data.</summary>
    public const uint ShutdownReceive = 1;

    /// <summary>SHUTDOWN flag: the sender will send no more data.</summary>
    public const uint ShutdownSend = 2;

    /// <summary>The well-known CID of the host.</summary>
    public const ulong HostCid = 2;

    public ulong SrcCid;
    public ulong DstCid;
    public uint SrcPort;
    public uint DstPort;
    public uint Len;
    public ushort Type;
    public VsockOp Op;
    public uint Flags;
    public uint BufAlloc;
    public uint FwdCnt;

    /// <summary>Decodes a header from <paramref name="b"/> (at least <see cref="Size"/> bytes).</summary>
    public static VsockHeader Parse(ReadOnlySpan<byte> b) => new()
    {
        SrcCid = BinaryPrimitives.ReadUInt64LittleEndian(b),
        DstCid = BinaryPrimitives.ReadUInt64LittleEndian(b[8..]),
        SrcPort = BinaryPrimitives.ReadUInt32LittleEndian(b[16..]),
        DstPort = BinaryPrimitives.ReadUInt32LittleEndian(b[20..]),
        Len = BinaryPrimitives.ReadUInt32LittleEndian(b[24..]),
        Type = BinaryPrimitives.ReadUInt16LittleEndian(b[28..]),
        Op = (VsockOp)BinaryPrimitives.ReadUInt16LittleEndian(b[30..]),
        Flags = BinaryPrimitives.ReadUInt32LittleEndian(b[32..]),
        BufAlloc = BinaryPrimitives.ReadUInt32LittleEndian(b[36..]),
        FwdCnt = BinaryPrimitives.ReadUInt32LittleEndian(b[40..]),
    };

    /// <summary>Encodes this header into <paramref name="b"/> (at least <see cref="Size"/> bytes).</summary>
    public readonly void WriteTo(Span<byte> b)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(b, SrcCid);
        BinaryPrimitives.WriteUInt64LittleEndian(b[8..], DstCid);
        BinaryPrimitives.WriteUInt32LittleEndian(b[16..], SrcPort);
        BinaryPrimitives.WriteUInt32LittleEndian(b[20..], DstPort);
        BinaryPrimitives.WriteUInt32LittleEndian(b[24..], Len);
        BinaryPrimitives.WriteUInt16LittleEndian(b[28..], Type);
        BinaryPrimitives.WriteUInt16LittleEndian(b[30..], (ushort)Op);
        BinaryPrimitives.WriteUInt32LittleEndian(b[32..], Flags);
        BinaryPrimitives.WriteUInt32LittleEndian(b[36..], BufAlloc);
        BinaryPrimitives.WriteUInt32LittleEndian(b[40..], FwdCnt);
    }
}
