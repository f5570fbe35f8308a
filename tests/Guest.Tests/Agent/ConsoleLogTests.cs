// The console log: bounded, awaitable, and the READY line's uptime.
using Harness.Agent;

namespace Harness.Guest.Tests.Agent;

public class ConsoleLogTests
{
    [Test]
    public async Task Ready_line_seen_before_the_wait_still_counts()
    {
        var log = new ConsoleLog();
        log.Append("[    0.2] Run /init as init process");
        log.Append("HARNESS-READY 0.283");

        (await log.WaitForReadyAsync()).Should().Be(TimeSpan.FromMilliseconds(283));
    }

    [Test]
    public async Task Ready_line_arriving_later_completes_the_wait()
    {
        var log = new ConsoleLog();
        Task<TimeSpan> wait = log.WaitForReadyAsync();
        wait.IsCompleted.Should().BeFalse();

        log.Append("HARNESS-READY 1.5");

        (await wait).Should().Be(TimeSpan.FromSeconds(1.5));
    }

    [Test]
    public async Task Ready_line_without_a_number_is_a_protocol_error()
    {
        var log = new ConsoleLog();
        log.Append("HARNESS-READY soon");

        await FluentActions.Awaiting(() => log.WaitForReadyAsync()).Should().ThrowAsync<AgentProtocolException>();
    }

    [Test]
    public async Task Closing_the_console_fails_pending_waits()
    {
        var log = new ConsoleLog();
        Task<string> wait = log.WaitForLineAsync(l => l == "never");

        log.Complete();

        await FluentActions.Awaiting(() => wait).Should().ThrowAsync<AgentDisconnectedException>();
    }

    [Test]
    public void Only_the_newest_lines_are_kept()
    {
        var log = new ConsoleLog(maxLines: 2);
        log.Append("a");
        log.Append("b");
        log.Append("c");

        log.Lines.Should().Equal("b", "c");
        log.Text.Should().Be("b\nc");
    }
}
