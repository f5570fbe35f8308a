// One message of the agent protocol and its binary and line encodings (docs/agent-protocol.md).
using System.Buffers.Binary;
using System.Buffers.Text;

namespace Harness.Agent;

/// <summary>A decoded frame: its type, the request id it belongs to, and its payload.</summary>
/// <param name="Type">The message type.</param>
/// <param name="RequestId">The id the host chose for the request; a reply carries its request's id.</param>
/// <param name="Payload">The type-specific payload, at most <see cref="AgentProtocol.MaxPayload"/> bytes.</param>
public readonly record struct AgentFrame(AgentMessageType Type, uint RequestId, ReadOnlyMemory<byte> Payload);

/// <summary>Encodes and validates frames. Decoding treats its input as hostile and throws <see cref="AgentProtocolException"/>.</summary>
public static class AgentFrameCodec
{
    /// <summary>The binary frame: header, payload, CRC-32.</summary>
    public static byte[] Encode(AgentFrame frame)
    {
        if (frame.Payload.Length > AgentProtocol.MaxPayload)
        {
            throw new ArgumentException(
                $"payload of {frame.Payload.Length} bytes exceeds the protocol maximum of {AgentProtocol.MaxPayload}",
                nameof(frame));
        }

        int body = AgentProtocol.HeaderSize + frame.Payload.Length;
        var bytes = new byte[body + AgentProtocol.TrailerSize];
        AgentProtocol.Magic.CopyTo(bytes);
        bytes[4] = AgentProtocol.Version;
        bytes[5] = (byte)frame.Type;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), frame.RequestId);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), (uint)frame.Payload.Length);
        frame.Payload.Span.CopyTo(bytes.AsSpan(AgentProtocol.HeaderSize));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(body), Crc32Ieee.Compute(bytes.AsSpan(0, body)));
        return bytes;
    }

    /// <summary>The frame as one line of text: the marker, the base64 of the binary frame, a newline.</summary>
    public static byte[] EncodeLine(AgentFrame frame) => EncodeLine(Encode(frame));

    /// <summary>Wraps arbitrary frame bytes in a frame line, valid or not (conformance tests send broken ones).</summary>
    public static byte[] EncodeLine(ReadOnlySpan<byte> frameBytes)
    {
        int text = Base64.GetMaxEncodedToUtf8Length(frameBytes.Length);
        var line = new byte[AgentProtocol.LineMarker.Length + text + 1];
        AgentProtocol.LineMarker.CopyTo(line);
        Base64.EncodeToUtf8(frameBytes, line.AsSpan(AgentProtocol.LineMarker.Length), out _, out int written);
        line[AgentProtocol.LineMarker.Length + written] = (byte)'\n';
        return line;
    }

    /// <summary>Validates a binary frame and returns it; the payload is copied out of <paramref name="bytes"/>.</summary>
    /// <exception cref="AgentProtocolException">The bytes are not a valid version-1 frame.</exception>
    public static AgentFrame Decode(ReadOnlySpan<byte> bytes)
    {
        uint id = bytes.Length >= 12 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]) : 0;
        if (bytes.Length >= 4 && !bytes[..4].SequenceEqual(AgentProtocol.Magic))
        {
            throw new AgentProtocolException(AgentErrorCode.BadMagic, "frame does not start with HAGT", id);
        }

        if (bytes.Length < AgentProtocol.HeaderSize + AgentProtocol.TrailerSize)
        {
            throw new AgentProtocolException(
                AgentErrorCode.Truncated, $"frame of {bytes.Length} bytes is shorter than its header and checksum", id);
        }

        uint length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]);
        if (length > AgentProtocol.MaxPayload)
        {
            throw new AgentProtocolException(
                AgentErrorCode.Oversized, $"declared payload of {length} bytes exceeds {AgentProtocol.MaxPayload}", id);
        }

        int body = AgentProtocol.HeaderSize + (int)length;
        int want = body + AgentProtocol.TrailerSize;
        if (bytes.Length < want)
        {
            throw new AgentProtocolException(
                AgentErrorCode.Truncated, $"frame of {bytes.Length} bytes is shorter than the {want} its header declares", id);
        }

        if (bytes.Length > want)
        {
            throw new AgentProtocolException(AgentErrorCode.Garbage, $"{bytes.Length - want} bytes after the checksum", id);
        }

        if (Crc32Ieee.Compute(bytes[..body]) != BinaryPrimitives.ReadUInt32LittleEndian(bytes[body..]))
        {
            throw new AgentProtocolException(AgentErrorCode.BadChecksum, "checksum mismatch", id);
        }

        if (bytes[4] != AgentProtocol.Version)
        {
            throw new AgentProtocolException(
                AgentErrorCode.UnsupportedVersion, $"frame version {bytes[4]}, this side speaks {AgentProtocol.Version}", id);
        }

        return new AgentFrame((AgentMessageType)bytes[5], id, bytes[AgentProtocol.HeaderSize..body].ToArray());
    }

    /// <summary>Decodes the base64 text of a frame line (without marker and newline) and validates the frame.</summary>
    /// <exception cref="AgentProtocolException">The text is not base64 or not a valid frame.</exception>
    public static AgentFrame DecodeText(ReadOnlySpan<byte> base64Text)
    {
        if (base64Text.Length > AgentProtocol.MaxFrameText)
        {
            throw new AgentProtocolException(
                AgentErrorCode.Oversized, $"frame line of {base64Text.Length} characters is longer than the largest frame",
                PartialRequestId(base64Text));
        }

        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(base64Text.Length)];
        if (base64Text.Length % 4 != 0 ||
            Base64.DecodeFromUtf8(base64Text, bytes, out _, out int written) != System.Buffers.OperationStatus.Done)
        {
            throw new AgentProtocolException(
                AgentErrorCode.Garbage, "frame text is not valid base64", PartialRequestId(base64Text));
        }

        return Decode(bytes.AsSpan(0, written));
    }

    /// <summary>The request id from the first 16 base64 characters of frame text, or 0, so a broken frame can still be matched to its request.</summary>
    public static uint PartialRequestId(ReadOnlySpan<byte> base64Text)
    {
        Span<byte> head = stackalloc byte[12];
        if (base64Text.Length < 16 ||
            Base64.DecodeFromUtf8(base64Text[..16], head, out _, out int written) != System.Buffers.OperationStatus.Done ||
            written != 12)
        {
            return 0;
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(head[8..]);
    }
}
