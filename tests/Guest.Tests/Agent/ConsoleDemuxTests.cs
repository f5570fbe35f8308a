// The console demultiplexer: frames among log text, garbage between frames, text written into a
// frame line, markers split across reads.
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests.Agent;

public class ConsoleDemuxTests
{
    private sealed class Recorder : IConsoleDemuxSink
    {
        public List<object> Events { get; } = [];

        public void OnFrame(AgentFrame frame) => Events.Add(frame);

        public void OnBadFrame(AgentProtocolException error) => Events.Add(error);

        public void OnLogLine(string line) => Events.Add(line);
    }

    private static byte[] Line(uint id, string payload) =>
        AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.PingReply, id, Encoding.UTF8.GetBytes(payload)));

    private static List<object> Run(params byte[][] chunks)
    {
        var sink = new Recorder();
        var demux = new ConsoleDemux(sink);
        foreach (byte[] chunk in chunks)
        {
            demux.Feed(chunk);
        }

        demux.Complete();
        return sink.Events;
    }

    private static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

    [Test]
    public void Frames_and_log_lines_come_out_in_order()
    {
        var events = Run([.. Text("[    0.1] booting\r\n"), .. Line(1, "a"), .. Text("HARNESS-READY 0.25\n"), .. Line(2, "b")]);

        events.Should().HaveCount(4);
        events[0].Should().Be("[    0.1] booting");
        ((AgentFrame)events[1]).RequestId.Should().Be(1);
        events[2].Should().Be("HARNESS-READY 0.25");
        ((AgentFrame)events[3]).Payload.ToArray().Should().Equal(Text("b"));
    }

    [Test]
    public void Every_split_of_the_stream_gives_the_same_events()
    {
        byte[] all = [.. Text("log @ line\n@@@"), .. Line(7, "payload"), .. Text("tail")];
        List<object> whole = Run(all);

        for (int cut = 1; cut < all.Length; cut++)
        {
            List<object> split = Run(all[..cut], all[cut..]);
            split.Select(Describe).Should().Equal(whole.Select(Describe), $"cut at {cut}");
        }

        whole.Select(Describe).Should().Equal("log @ line", "@@@", "frame 7", "tail");
    }

    [Test]
    public void Garbage_between_frames_stays_log_text()
    {
        var events = Run([.. Line(1, "x"), .. Text("\x01\x02 binary junk @@H @@HA\n"), .. Line(2, "y")]);

        events.Select(Describe).Should().Equal("frame 1", "\x01\x02 binary junk @@H @@HA", "frame 2");
    }

    [Test]
    public void Kernel_message_inside_a_frame_spoils_only_that_frame()
    {
        byte[] line = Line(5, "a reply long enough to be interrupted");
        byte[] spoiled = [.. line[..30], .. Text("[    3.2] oops\r\n"), .. line[30..]];

        var events = Run([.. spoiled, .. Line(6, "next")]);

        // The rest of the spoiled line is kept as text; the next frame decodes normally.
        events.Should().HaveCount(4);
        Describe(events[0]).Should().Be("bad Garbage 5");
        events[1].Should().Be("[    3.2] oops");
        events[2].Should().BeOfType<string>().Which.Should().Be(Encoding.ASCII.GetString(line[30..^1]));
        Describe(events[3]).Should().Be("frame 6");
    }

    [Test]
    public void Frame_cut_by_the_next_marker_is_truncated_and_the_next_frame_survives()
    {
        byte[] first = Line(8, "first");
        var events = Run([.. first[..25], .. Line(9, "second")]);

        events.Select(Describe).Should().Equal("bad Truncated 8", "frame 9");
    }

    [Test]
    public void Corrupt_checksum_is_reported_with_its_id()
    {
        byte[] bytes = AgentFrameCodec.Encode(new AgentFrame(AgentMessageType.PingReply, 12, Text("data")));
        bytes[17] ^= 1;

        Run(AgentFrameCodec.EncodeLine(bytes)).Select(Describe).Should().Equal("bad BadChecksum 12");
    }

    [Test]
    public void Oversized_frame_line_is_reported_once_and_scanning_recovers()
    {
        byte[] huge = [.. Text("@@HA:"), .. Enumerable.Repeat((byte)'Q', AgentProtocol.MaxFrameText + 100), (byte)'\n'];

        var events = Run([.. huge, .. Line(3, "ok")]);

        events.Should().HaveCount(2);
        events[0].Should().BeOfType<AgentProtocolException>().Which.Code.Should().Be(AgentErrorCode.Oversized);
        Describe(events[1]).Should().Be("frame 3");
    }

    [Test]
    public void Stream_ending_inside_a_frame_reports_it_truncated()
    {
        byte[] line = Line(4, "never finished");

        Run(line[..^1]).Select(Describe).Should().Equal("bad Truncated 4");
    }

    [Test]
    public void Endless_text_without_newline_is_split_into_bounded_lines()
    {
        byte[] text = Enumerable.Repeat((byte)'x', ConsoleDemux.MaxLogLine * 2 + 5).ToArray();

        Run(text).Cast<string>().Select(l => l.Length).Should().Equal(ConsoleDemux.MaxLogLine, ConsoleDemux.MaxLogLine, 5);
    }

    private static string Describe(object e) => e switch
    {
        AgentFrame f => $"frame {f.RequestId}",
        AgentProtocolException x => $"bad {x.Code} {x.RequestId}",
        string s => s,
        _ => e.ToString() ?? "",
    };
}
