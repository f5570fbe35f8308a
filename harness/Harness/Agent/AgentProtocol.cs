// Wire constants of the guest agent protocol, shared by the codec, the console demultiplexer and
// the client. docs/agent-protocol.md is the specification; kernels/agent/agent.h is the guest's copy.
namespace Harness.Agent;

/// <summary>Constants of version 1 of the guest agent protocol.</summary>
public static class AgentProtocol
{
    /// <summary>The four bytes every frame starts with: ASCII "HAGT".</summary>
    public static ReadOnlySpan<byte> Magic => "HAGT"u8;

    /// <summary>The protocol version this client speaks.</summary>
    public const byte Version = 1;

    /// <summary>Bytes before the payload: magic, version, type, flags, request id, payload length.</summary>
    public const int HeaderSize = 16;

    /// <summary>Bytes after the payload: the CRC-32 of header and payload.</summary>
    public const int TrailerSize = 4;

    /// <summary>The largest payload either side accepts (1 MiB).</summary>
    public const int MaxPayload = 1024 * 1024;

    /// <summary>The largest frame, header and trailer included.</summary>
    public const int MaxFrame = HeaderSize + MaxPayload + TrailerSize;

    /// <summary>The base64 text of the largest frame; a longer frame line is oversized.</summary>
    public const int MaxFrameText = (MaxFrame + 2) / 3 * 4;

    /// <summary>Marks the start of a frame line in a byte stream that also carries console text.</summary>
    public static ReadOnlySpan<byte> LineMarker => "@@HA:"u8;

    /// <summary>The line the agent prints on the console when it is ready, followed by its uptime in seconds.</summary>
    public const string ReadyMarker = "HARNESS-READY";

    /// <summary>The vsock port the agent listens on when the guest has a vsock device.</summary>
    public const uint VsockPort = 1024;

    /// <summary>Set on the type of every reply: the reply to request type T has type T | 0x80.</summary>
    public const byte ReplyBit = 0x80;
}

/// <summary>The type byte of a frame. Replies carry the request's type with <see cref="AgentProtocol.ReplyBit"/> set.</summary>
public enum AgentMessageType : byte
{
    /// <summary>Echo the payload back.</summary>
    Ping = 0x01,

    /// <summary>Run a program: argv, environment, working directory, stdin, timeout.</summary>
    Exec = 0x02,

    /// <summary>Return a file's contents.</summary>
    ReadFile = 0x03,

    /// <summary>Create or replace a file with the given contents and mode.</summary>
    WriteFile = 0x04,

    /// <summary>Acknowledge, sync and power the guest off.</summary>
    PowerOff = 0x05,

    /// <summary>Hook run before a snapshot is taken (flushes dirty file data).</summary>
    BeforeSnapshot = 0x06,

    /// <summary>Hook run after a restore: sets the wall clock and credits host entropy to the kernel pool.</summary>
    AfterRestore = 0x07,

    /// <summary>Reply to any request that failed, or to input that was not a valid frame.</summary>
    Error = 0x7F,

    /// <summary>Reply to <see cref="Ping"/>.</summary>
    PingReply = Ping | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="Exec"/>.</summary>
    ExecReply = Exec | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="ReadFile"/>.</summary>
    ReadFileReply = ReadFile | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="WriteFile"/>.</summary>
    WriteFileReply = WriteFile | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="PowerOff"/>, sent before the guest powers off.</summary>
    PowerOffReply = PowerOff | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="BeforeSnapshot"/>.</summary>
    BeforeSnapshotReply = BeforeSnapshot | AgentProtocol.ReplyBit,

    /// <summary>Reply to <see cref="AfterRestore"/>.</summary>
    AfterRestoreReply = AfterRestore | AgentProtocol.ReplyBit,
}

/// <summary>The code of an error reply, or of a frame this side could not decode.</summary>
public enum AgentErrorCode : uint
{
    /// <summary>Bytes that are neither a frame nor blank, or frame text that is not base64.</summary>
    Garbage = 1,

    /// <summary>A frame shorter than its header or its declared payload length, or cut off by the next marker.</summary>
    Truncated = 2,

    /// <summary>A declared payload length over <see cref="AgentProtocol.MaxPayload"/>, or a frame line longer than the largest frame.</summary>
    Oversized = 3,

    /// <summary>The CRC-32 does not match the header and payload.</summary>
    BadChecksum = 4,

    /// <summary>The frame does not start with "HAGT".</summary>
    BadMagic = 5,

    /// <summary>The frame's version is not one this side speaks.</summary>
    UnsupportedVersion = 6,

    /// <summary>The type byte names no request.</summary>
    UnknownType = 7,

    /// <summary>The payload does not have the layout its type requires.</summary>
    BadPayload = 8,

    /// <summary>Exec could not start the program (errno says why).</summary>
    ExecFailed = 9,

    /// <summary>A file or system operation failed (errno says why).</summary>
    IoError = 10,

    /// <summary>A file is larger than fits in one reply.</summary>
    TooLarge = 11,
}
