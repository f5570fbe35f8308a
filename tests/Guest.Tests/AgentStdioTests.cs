// The agent's protocol handling without a kernel: the same static riscv64 binary that is /init, run
// under qemu-riscv64-static in --stdio mode. Covers what is too slow over an emulated UART: frames
// of the largest size, lines longer than any frame, output caps and a burst of random input.
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests;

[TestFixture]
public class AgentStdioTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private GuestProcess _agent = null!;
    private string _dir = null!;

    private AgentClient Agent => _agent.Client;

    [OneTimeSetUp]
    public async Task Start()
    {
        _dir = Directory.CreateTempSubdirectory("agent-stdio-").FullName;
        _agent = GuestProcess.StartStdioAgent(TestArtifacts.Get());
        using var cts = new CancellationTokenSource(Patience);
        await Agent.WaitForReadyAsync(cts.Token);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_agent != null)
        {
            await _agent.DisposeAsync();
        }

        if (_dir != null)
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static CancellationToken Soon() => new CancellationTokenSource(Patience).Token;

    [Test]
    public async Task Largest_payload_is_echoed_intact()
    {
        byte[] payload = new byte[AgentProtocol.MaxPayload];
        new Random(7).NextBytes(payload);

        AgentFrame reply = await Agent.ExchangeRawAsync(
            AgentFrameCodec.EncodeLine(new AgentFrame(AgentMessageType.Ping, 4242, payload)), 4242, Soon());

        reply.Type.Should().Be(AgentMessageType.PingReply);
        reply.Payload.ToArray().Should().Equal(payload);
    }

    [Test]
    public async Task Line_longer_than_any_frame_is_oversized_and_serving_continues()
    {
        byte[] line = [.. "@@HA:"u8, .. Enumerable.Repeat((byte)'A', AgentProtocol.MaxFrameText + 4096), (byte)'\n'];

        AgentFrame reply = await Agent.ExchangeRawAsync(line, 0, Soon());

        MalformedFrames.Error(reply).Code.Should().Be(AgentErrorCode.Oversized);
        await Agent.PingAsync(Soon());
    }

    [Test]
    public async Task Random_input_never_stops_the_agent()
    {
        var random = new Random(20261128);
        var burst = new MemoryStream();
        for (int i = 0; i < 400; i++)
        {
            byte[] chunk = (i % 4) switch
            {
                0 => RandomBytes(random, random.Next(1, 200)),
                1 => [.. "@@HA:"u8, .. Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomBytes(random, random.Next(0, 64)))), (byte)'\n'],
                2 => Mutated(random, MalformedFrames.Ping((uint)random.Next(1, 1000), "fuzz")),
                _ => MalformedFrames.Ping((uint)random.Next(1, 1000))[..random.Next(1, 30)],
            };
            burst.Write(chunk);
        }

        burst.Write("\n"u8);
        burst.Write(MalformedFrames.Ping(0xF00D, "still here"));

        AgentFrame reply = await Agent.ExchangeRawAsync(burst.ToArray(), 0xF00D, Soon());

        reply.Type.Should().Be(AgentMessageType.PingReply);
        Encoding.UTF8.GetString(reply.Payload.Span).Should().Be("still here");
        Agent.UnexpectedFrameCount.Should().BePositive("the agent answers broken input with error replies");
        Agent.BadFrameCount.Should().Be(0);
    }

    [Test]
    public async Task Output_beyond_the_cap_is_truncated_and_flagged()
    {
        ExecResult r = await Agent.ExecAsync(["head", "-c", "3000000", "/dev/zero"], Soon());

        r.ExitCode.Should().Be(0);
        r.StdoutTruncated.Should().BeTrue();
        r.Stdout.Length.Should().BeInRange(400 * 1024, AgentProtocol.MaxPayload / 2);
        r.StderrTruncated.Should().BeFalse();
    }

    [Test]
    public async Task Nearly_largest_file_round_trips()
    {
        byte[] contents = new byte[AgentProtocol.MaxPayload - 1024];
        new Random(3).NextBytes(contents);
        string path = Path.Combine(_dir, "big");

        await Agent.WriteFileAsync(path, contents, cancellationToken: Soon());

        (await Agent.ReadFileAsync(path, Soon())).Should().Equal(contents);
    }

    [Test]
    public async Task File_larger_than_a_reply_is_refused_as_too_large()
    {
        string path = Path.Combine(_dir, "huge");
        await File.WriteAllBytesAsync(path, new byte[AgentProtocol.MaxPayload + 1]);

        var e = await FluentActions.Awaiting(() => Agent.ReadFileAsync(path, Soon()))
            .Should().ThrowAsync<AgentErrorReplyException>();

        e.Which.Code.Should().Be(AgentErrorCode.TooLarge);
    }

    [Test]
    public async Task Request_over_the_maximum_is_refused_before_sending()
    {
        await FluentActions.Awaiting(() => Agent.WriteFileAsync(Path.Combine(_dir, "x"), new byte[AgentProtocol.MaxPayload], cancellationToken: Soon()))
            .Should().ThrowAsync<ArgumentException>();
        await Agent.PingAsync(Soon());
    }

    private static byte[] RandomBytes(Random random, int n)
    {
        byte[] b = new byte[n];
        random.NextBytes(b);
        return b;
    }

    private static byte[] Mutated(Random random, byte[] line)
    {
        byte[] copy = (byte[])line.Clone();
        int at = random.Next(5, copy.Length - 1);
        copy[at] = (byte)"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[random.Next(64)];
        return copy;
    }
}
