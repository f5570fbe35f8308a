// The ready ping and the after-restore hook sent together (AgentClient.PingThenAfterRestore), against a scripted agent
// on in-memory pipes: both frames leave before any reply, replies complete them in order, and a failure of either is
// reported where it belongs.
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests.Agent;

public class AgentClientPipeliningTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The guest side: collects the host's frames and sends whatever replies a test scripts.</summary>
    private sealed class ScriptedAgent : IConsoleDemuxSink, IAsyncDisposable
    {
        private readonly Pipe _toGuest = new();
        private readonly Pipe _toHost = new();
        private readonly Task _reader;
        private readonly List<AgentFrame> _frames = [];

        public ScriptedAgent()
        {
            Client = new AgentClient(_toHost.Reader.AsStream(), _toGuest.Writer.AsStream());
            _reader = Task.Run(async () =>
            {
                var demux = new ConsoleDemux(this);
                Stream s = _toGuest.Reader.AsStream();
                var buf = new byte[4096];
                int n;
                while ((n = await s.ReadAsync(buf)) > 0)
                {
                    demux.Feed(buf.AsSpan(0, n));
                }
            });
        }

        public AgentClient Client { get; }

        public async Task<AgentFrame[]> FramesAsync(int count)
        {
            var guard = System.Diagnostics.Stopwatch.StartNew();
            while (guard.Elapsed < Patience)
            {
                lock (_frames)
                {
                    if (_frames.Count >= count)
                    {
                        return [.. _frames];
                    }
                }

                await Task.Delay(1);
            }

            throw new TimeoutException($"the agent received fewer than {count} frames");
        }

        public async Task ReplyAsync(AgentFrame request, ReadOnlyMemory<byte> payload) =>
            await SendAsync(new AgentFrame((AgentMessageType)((byte)request.Type | AgentProtocol.ReplyBit), request.RequestId, payload));

        public async Task ErrorAsync(AgentFrame request, AgentErrorCode code, string message)
        {
            byte[] p = new byte[8 + Encoding.UTF8.GetByteCount(message)];
            BinaryPrimitives.WriteUInt32LittleEndian(p, (uint)code);
            Encoding.UTF8.GetBytes(message, p.AsSpan(8));
            await SendAsync(new AgentFrame(AgentMessageType.Error, request.RequestId, p));
        }

        private async Task SendAsync(AgentFrame frame)
        {
            await _toHost.Writer.WriteAsync(AgentFrameCodec.EncodeLine(frame));
            await _toHost.Writer.FlushAsync();
        }

        public void OnFrame(AgentFrame frame)
        {
            lock (_frames)
            {
                _frames.Add(frame);
            }
        }

        public void OnBadFrame(AgentProtocolException error) => throw error;

        public void OnLogLine(string line)
        {
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await _toGuest.Writer.CompleteAsync();
            await _toHost.Writer.CompleteAsync();
            await _reader.WaitAsync(Patience);
        }
    }

    private static (Task<TimeSpan> Ping, Task Hook) Send(AgentClient client) =>
        client.PingThenAfterRestore(null, new byte[64], 5, Guid.NewGuid());

    [Test]
    public async Task Both_requests_leave_before_any_reply_and_complete_in_order()
    {
        await using var agent = new ScriptedAgent();
        (Task<TimeSpan> ping, Task hook) = Send(agent.Client);
        AgentFrame[] frames = await agent.FramesAsync(2);
        frames.Select(f => f.Type).Should().Equal(AgentMessageType.Ping, AgentMessageType.AfterRestore);
        frames[1].RequestId.Should().NotBe(frames[0].RequestId);
        ping.IsCompleted.Should().BeFalse("the guest has answered nothing yet");

        await agent.ReplyAsync(frames[0], frames[0].Payload);
        await ping.WaitAsync(Patience);
        hook.IsCompleted.Should().BeFalse("the hook's own reply has not come");
        await agent.ReplyAsync(frames[1], ReadOnlyMemory<byte>.Empty);
        await hook.WaitAsync(Patience);

        // Both answered: the next request goes out and is served as usual.
        Task<TimeSpan> after = agent.Client.PingAsync();
        AgentFrame next = (await agent.FramesAsync(3))[2];
        await agent.ReplyAsync(next, next.Payload);
        await after.WaitAsync(Patience);
        agent.Client.UnexpectedFrameCount.Should().Be(0);
    }

    [Test]
    public async Task A_failed_hook_faults_the_hook_and_not_the_ping()
    {
        await using var agent = new ScriptedAgent();
        (Task<TimeSpan> ping, Task hook) = Send(agent.Client);
        AgentFrame[] frames = await agent.FramesAsync(2);
        await agent.ReplyAsync(frames[0], frames[0].Payload);
        await agent.ErrorAsync(frames[1], AgentErrorCode.IoError, "clock_settime: Operation not permitted");
        (await ping.WaitAsync(Patience)).Should().BePositive();
        (await FluentActions.Awaiting(() => hook.WaitAsync(Patience)).Should().ThrowAsync<AgentErrorReplyException>())
            .Which.Message.Should().Contain("clock_settime");
    }

    [Test]
    public async Task A_wrong_ping_echo_faults_both()
    {
        await using var agent = new ScriptedAgent();
        (Task<TimeSpan> ping, Task hook) = Send(agent.Client);
        AgentFrame[] frames = await agent.FramesAsync(2);
        await agent.ReplyAsync(frames[0], "not the token"u8.ToArray());
        await FluentActions.Awaiting(() => ping.WaitAsync(Patience)).Should().ThrowAsync<AgentProtocolException>();
        await FluentActions.Awaiting(() => hook.WaitAsync(Patience)).Should().ThrowAsync<AgentProtocolException>();
    }
}
