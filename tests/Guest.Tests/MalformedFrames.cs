// Broken inputs for the agent, built from valid frames so each breaks exactly one rule.
using System.Buffers.Binary;
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests;

internal static class MalformedFrames
{
    public static byte[] Ping(uint id, string payload = "ping") =>
        AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, id, Encoding.UTF8.GetBytes(payload)));

    public static byte[] GarbageLine() => "this line is not a frame\n"u8.ToArray();

    /// <summary>A valid base64 line of a frame whose bytes stop after the request id.</summary>
    public static byte[] Truncated(uint id) =>
        AgentFrameCodec.EncodeLine(AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, id, new byte[32])).AsSpan(0, 14));

    /// <summary>A frame line without its newline, followed by the next frame.</summary>
    public static byte[] CutByNextFrame(uint id, uint nextId)
    {
        byte[] line = Ping(id, "this frame is cut off");
        return [.. line[..30], .. Ping(nextId)];
    }

    public static byte[] Oversized(uint id) => WithHeader(id, bytes =>
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), AgentProtocol.MaxPayload + 1), fixChecksum: true);

    public static byte[] BadChecksum(uint id) => WithHeader(id, bytes => bytes[^1] ^= 0x5A, fixChecksum: false);

    public static byte[] UnsupportedVersion(uint id) => WithHeader(id, bytes => bytes[4] = 9, fixChecksum: true);

    public static byte[] UnknownType(uint id) => WithHeader(id, bytes => bytes[5] = 0x42, fixChecksum: true);

    public static byte[] BadExecPayload(uint id) =>
        AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Exec, id, new byte[] { 1, 2, 3 }));

    public static byte[] NotBase64(uint id)
    {
        byte[] line = Ping(id, "payload long enough");
        line[^3] = (byte)'*';
        return line;
    }

    private static byte[] WithHeader(uint id, Action<byte[]> change, bool fixChecksum)
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, id, "abc"u8.ToArray()));
        change(bytes);
        if (fixChecksum)
        {
            // Recompute over the bytes as they now are, so only the intended rule is broken.
            int body = bytes.Length - AgentProtocol.TrailerSize;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(body), Crc32(bytes.AsSpan(0, body)));
        }

        return AgentFrameCodec.EncodeLine(bytes);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            c ^= b;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
        }

        return ~c;
    }

    /// <summary>Reads an error reply's code and errno.</summary>
    public static (AgentErrorCode Code, int Errno, string Message) Error(AgentFrame frame)
    {
        frame.Type.Should().Be(AgentMessageType.Error);
        ReadOnlySpan<byte> p = frame.Payload.Span;
        return ((AgentErrorCode)BinaryPrimitives.ReadUInt32LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[4..]), Encoding.UTF8.GetString(p[8..]));
    }
}
