// Separates agent frames from everything else in the guest's console byte stream (kernel messages,
// the READY line, program output), so replies can be matched while the log stays readable.
using System.Text;

namespace Harness.Agent;

/// <summary>Receives what <see cref="ConsoleDemux"/> finds in the stream.</summary>
public interface IConsoleDemuxSink
{
    /// <summary>A frame line that decoded to a valid frame.</summary>
    void OnFrame(AgentFrame frame);

    /// <summary>A frame line that did not decode: truncated, oversized, not base64, bad checksum, or text written into it.</summary>
    void OnBadFrame(AgentProtocolException error);

    /// <summary>A line of console text outside any frame, without its line ending.</summary>
    void OnLogLine(string line);
}

/// <summary>
/// A byte-at-a-time scanner for "@@HA:" + base64 + newline frame lines inside arbitrary text. Text
/// that lands inside a frame line (a kernel message interleaved with it) spoils that frame, which is
/// reported once, and the rest of the line is kept as log text. Not thread-safe: one reader feeds it.
/// </summary>
public sealed class ConsoleDemux
{
    /// <summary>A line of text longer than this is split, so a guest that never writes a newline cannot grow host memory.</summary>
    public const int MaxLogLine = 64 * 1024;

    private readonly IConsoleDemuxSink _sink;
    private readonly MemoryStream _text = new();
    private byte[] _frame = new byte[4096];
    private int _frameLength;
    private bool _inFrame;
    private bool _overflow;
    private int _markerMatched;

    /// <summary>Creates a demultiplexer that reports to <paramref name="sink"/>.</summary>
    public ConsoleDemux(IConsoleDemuxSink sink)
    {
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
    }

    /// <summary>Processes the next bytes of the stream; frames and lines are reported as they complete.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        foreach (byte c in data)
        {
            if (c == (byte)'\r')
            {
                continue;
            }

            if (_inFrame)
            {
                FeedFrame(c);
            }
            else
            {
                FeedText(c);
            }
        }
    }

    /// <summary>Reports a partial last line (and a partial frame as truncated) when the stream ends.</summary>
    public void Complete()
    {
        if (_inFrame)
        {
            _sink.OnBadFrame(new AgentProtocolException(
                AgentErrorCode.Truncated, "stream ended inside a frame line", PartialId()));
            ResetFrame();
        }

        if (_markerMatched > 0)
        {
            _text.Write(AgentProtocol.LineMarker[.._markerMatched]);
            _markerMatched = 0;
        }

        if (_text.Length > 0)
        {
            EmitLine();
        }
    }

    private void FeedFrame(byte c)
    {
        if (c == (byte)'\n')
        {
            if (_overflow)
            {
                _sink.OnBadFrame(new AgentProtocolException(
                    AgentErrorCode.Oversized, "frame line longer than the largest frame", PartialId()));
            }
            else
            {
                Decode();
            }

            ResetFrame();
        }
        else if (IsBase64(c))
        {
            Append(c);
        }
        else if (c == AgentProtocol.LineMarker[0])
        {
            _sink.OnBadFrame(new AgentProtocolException(
                AgentErrorCode.Truncated, "frame line cut short by the start of another frame", PartialId()));
            ResetFrame();
            _markerMatched = 1;
        }
        else
        {
            // Typically a kernel message written into the middle of the line: keep it as log text.
            _sink.OnBadFrame(new AgentProtocolException(
                AgentErrorCode.Garbage, $"byte 0x{c:x2} inside a frame line", PartialId()));
            ResetFrame();
            FeedText(c);
        }
    }

    private void FeedText(byte c)
    {
        if (c == (byte)'\n')
        {
            if (_markerMatched > 0)
            {
                _text.Write(AgentProtocol.LineMarker[.._markerMatched]);
                _markerMatched = 0;
            }

            EmitLine();
            return;
        }

        int before = _markerMatched;
        int after = MarkerStep(before, c);
        // Bytes that fell out of a partial marker match are ordinary text.
        int dropped = before + 1 - after;
        if (dropped > 0)
        {
            Span<byte> seq = stackalloc byte[AgentProtocol.LineMarker.Length + 1];
            AgentProtocol.LineMarker[..before].CopyTo(seq);
            seq[before] = c;
            _text.Write(seq[..dropped]);
        }

        _markerMatched = after;
        if (_text.Length >= MaxLogLine)
        {
            EmitLine();
        }

        if (after == AgentProtocol.LineMarker.Length)
        {
            // Text before the marker on the same line is a line of its own in the log.
            if (_text.Length > 0)
            {
                EmitLine();
            }

            _markerMatched = 0;
            _inFrame = true;
            _frameLength = 0;
            _overflow = false;
        }
    }

    private static int MarkerStep(int matched, byte c)
    {
        ReadOnlySpan<byte> marker = AgentProtocol.LineMarker;
        if (marker[matched] == c)
        {
            return matched + 1;
        }

        for (int k = matched; k > 0; k--)
        {
            if (marker[k - 1] == c && marker[..(k - 1)].SequenceEqual(marker.Slice(matched - (k - 1), k - 1)))
            {
                return k;
            }
        }

        return 0;
    }

    private void Append(byte c)
    {
        if (_frameLength >= AgentProtocol.MaxFrameText)
        {
            _overflow = true;
            return;
        }

        if (_frameLength == _frame.Length)
        {
            Array.Resize(ref _frame, Math.Min(_frame.Length * 2, AgentProtocol.MaxFrameText));
        }

        _frame[_frameLength++] = c;
    }

    private void Decode()
    {
        AgentFrame frame;
        try
        {
            frame = AgentFrameCodec.DecodeText(_frame.AsSpan(0, _frameLength));
        }
        catch (AgentProtocolException e)
        {
            _sink.OnBadFrame(e);
            return;
        }

        _sink.OnFrame(frame);
    }

    private uint PartialId() => AgentFrameCodec.PartialRequestId(_frame.AsSpan(0, _frameLength));

    private void ResetFrame()
    {
        _inFrame = false;
        _overflow = false;
        _frameLength = 0;
        if (_frame.Length > 65536)
        {
            _frame = new byte[4096];  // a 1 MiB reply should not pin its buffer for the VM's lifetime
        }
    }

    private void EmitLine()
    {
        string line = Encoding.UTF8.GetString(_text.GetBuffer(), 0, (int)_text.Length);
        _text.SetLength(0);
        _sink.OnLogLine(line);
    }

    private static bool IsBase64(byte c) =>
        (c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'a' && c <= (byte)'z') || (c >= (byte)'0' && c <= (byte)'9') ||
        c == (byte)'+' || c == (byte)'/' || c == (byte)'=';
}
