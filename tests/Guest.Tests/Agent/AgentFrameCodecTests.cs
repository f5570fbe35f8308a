// Round trips and every rejection path of the frame codec.
using System.Buffers.Binary;
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests.Agent;

public class AgentFrameCodecTests
{
    [Test]
    public void Round_trip_keeps_type_id_and_payload([Values(0, 1, 2, 3, 100, 65536)] int size)
    {
        byte[] payload = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var frame = new AgentFrame(AgentMessageType.Exec, 0xDEADBEEF, payload);

        AgentFrame decoded = AgentFrameCodec.Decode(AgentFrameCodec.Encode(frame));

        decoded.Type.Should().Be(AgentMessageType.Exec);
        decoded.RequestId.Should().Be(0xDEADBEEF);
        decoded.Payload.ToArray().Should().Equal(payload);
    }

    [Test]
    public void Largest_payload_round_trips_through_a_line()
    {
        byte[] payload = new byte[AgentProtocol.MaxPayload];
        new Random(1).NextBytes(payload);
        byte[] line = AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, 9, payload));

        line.Length.Should().BeLessThanOrEqualTo(AgentProtocol.LineMarker.Length + AgentProtocol.MaxFrameText + 1);
        AgentFrame decoded = AgentFrameCodec.DecodeText(line.AsSpan(AgentProtocol.LineMarker.Length, line.Length - AgentProtocol.LineMarker.Length - 1));
        decoded.Payload.ToArray().Should().Equal(payload);
    }

    [Test]
    public void Encoding_a_payload_over_the_maximum_is_refused()
    {
        var frame = new AgentFrame(AgentMessageType.Ping, 1, new byte[AgentProtocol.MaxPayload + 1]);

        FluentActions.Invoking(() => AgentFrameCodec.Encode(frame)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Line_is_marker_base64_and_newline()
    {
        byte[] line = AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, 1, "hi"u8.ToArray()));
        string text = Encoding.ASCII.GetString(line);

        text.Should().StartWith("@@HA:").And.EndWith("\n");
        Convert.FromBase64String(text[5..^1]).AsSpan(0, 4).ToArray().Should().Equal("HAGT"u8.ToArray());
    }

    [Test]
    public void Truncated_frame_is_rejected_with_its_request_id([Values(12, 16, 19, 25)] int keep)
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 77, new byte[10]));

        var error = Decode(bytes.AsSpan(0, keep).ToArray());

        error.Code.Should().Be(AgentErrorCode.Truncated);
        error.RequestId.Should().Be(77);
    }

    [Test]
    public void Declared_length_over_the_maximum_is_oversized()
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 5, new byte[4]));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), AgentProtocol.MaxPayload + 1);

        var error = Decode(bytes);

        error.Code.Should().Be(AgentErrorCode.Oversized);
        error.RequestId.Should().Be(5);
    }

    [Test]
    public void Line_longer_than_the_largest_frame_is_oversized()
    {
        byte[] text = Enumerable.Repeat((byte)'A', AgentProtocol.MaxFrameText + 4).ToArray();

        FluentActions.Invoking(() => AgentFrameCodec.DecodeText(text))
            .Should().Throw<AgentProtocolException>().Which.Code.Should().Be(AgentErrorCode.Oversized);
    }

    [Test]
    public void Any_flipped_bit_is_caught([Values(4, 5, 8, 12, 16, 20, 23)] int offset)
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 3, "abcd"u8.ToArray()));
        bytes[offset] ^= 0x10;

        var error = Decode(bytes);

        error.Code.Should().BeOneOf(AgentErrorCode.BadChecksum, AgentErrorCode.Oversized, AgentErrorCode.Truncated,
            AgentErrorCode.Garbage);
    }

    [Test]
    public void Corrupt_checksum_is_bad_checksum()
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 11, "abcd"u8.ToArray()));
        bytes[^1] ^= 0xFF;

        var error = Decode(bytes);

        error.Code.Should().Be(AgentErrorCode.BadChecksum);
        error.RequestId.Should().Be(11);
    }

    [Test]
    public void Other_magic_is_bad_magic()
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 1, Array.Empty<byte>()));
        bytes[0] = (byte)'X';

        Decode(bytes).Code.Should().Be(AgentErrorCode.BadMagic);
    }

    [Test]
    public void Other_version_with_a_valid_checksum_is_unsupported()
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 1, Array.Empty<byte>()));
        bytes[4] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), Crc32(bytes.AsSpan(0, 16)));

        Decode(bytes).Code.Should().Be(AgentErrorCode.UnsupportedVersion);
    }

    [Test]
    public void Bytes_after_the_checksum_are_garbage()
    {
        byte[] bytes = [.. AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 1, Array.Empty<byte>())), 0];

        Decode(bytes).Code.Should().Be(AgentErrorCode.Garbage);
    }

    [Test]
    public void Text_that_is_not_base64_is_garbage_and_keeps_a_readable_id()
    {
        byte[] line = AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, 1234, new byte[30]));
        byte[] text = line[5..^1];
        text[^2] = (byte)'*';

        var e = FluentActions.Invoking(() => AgentFrameCodec.DecodeText(text)).Should().Throw<AgentProtocolException>().Which;
        e.Code.Should().Be(AgentErrorCode.Garbage);
        e.RequestId.Should().Be(1234);
    }

    [Test]
    public void Trailer_is_the_standard_crc32_of_header_and_payload()
    {
        // The reference below is checked against the published CRC-32 check value first.
        Crc32("123456789"u8).Should().Be(0xCBF43926u);
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.Ping, 42, "123456789"u8.ToArray()));

        BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)).Should().Be(Crc32(bytes.AsSpan(0, bytes.Length - 4)));
    }

    private static AgentProtocolException Decode(byte[] bytes) =>
        FluentActions.Invoking(() => AgentFrameCodec.Decode(bytes)).Should().Throw<AgentProtocolException>().Which;

    // A bit-at-a-time CRC-32, independent of the codec's table-driven one.
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
}
