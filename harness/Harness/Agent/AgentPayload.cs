// Little-endian payload layouts of the requests and replies: u32 integers, u32-length-prefixed
// byte strings. The reader refuses anything that runs past its payload or leaves bytes over.
using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Harness.Agent;

internal sealed class PayloadWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public PayloadWriter U32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
        return this;
    }

    public PayloadWriter U64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
        return this;
    }

    public PayloadWriter Bytes(ReadOnlySpan<byte> value)
    {
        U32((uint)value.Length);
        return Raw(value);
    }

    public PayloadWriter String(string value, string what)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{what} must not contain NUL characters", what);
        }

        return Bytes(Encoding.UTF8.GetBytes(value));
    }

    public PayloadWriter Raw(ReadOnlySpan<byte> value)
    {
        _buffer.Write(value);
        return this;
    }

    public ReadOnlyMemory<byte> ToPayload(AgentMessageType type)
    {
        if (_buffer.WrittenCount > AgentProtocol.MaxPayload)
        {
            throw new ArgumentException(
                $"{type} request of {_buffer.WrittenCount} bytes exceeds the protocol maximum of {AgentProtocol.MaxPayload}");
        }

        return _buffer.WrittenMemory;
    }
}

internal ref struct PayloadReader
{
    private readonly AgentMessageType _type;
    private readonly uint _id;
    private ReadOnlySpan<byte> _rest;

    public PayloadReader(AgentFrame frame)
    {
        _type = frame.Type;
        _id = frame.RequestId;
        _rest = frame.Payload.Span;
    }

    public uint U32()
    {
        Need(4);
        uint v = BinaryPrimitives.ReadUInt32LittleEndian(_rest);
        _rest = _rest[4..];
        return v;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        uint n = U32();
        Need(n);
        ReadOnlySpan<byte> v = _rest[..(int)n];
        _rest = _rest[(int)n..];
        return v;
    }

    public ReadOnlySpan<byte> Rest()
    {
        ReadOnlySpan<byte> v = _rest;
        _rest = default;
        return v;
    }

    public readonly void End()
    {
        if (!_rest.IsEmpty)
        {
            throw new AgentProtocolException(
                AgentErrorCode.BadPayload, $"{_rest.Length} unexpected bytes at the end of a {_type} payload", _id);
        }
    }

    private readonly void Need(uint n)
    {
        if ((uint)_rest.Length < n)
        {
            throw new AgentProtocolException(AgentErrorCode.BadPayload, $"{_type} payload ends early", _id);
        }
    }
}
