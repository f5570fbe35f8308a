// Tests that each get a fresh sandbox, in parallel: what one test does to its guest no other test sees.
using Harness.Agent;
using Harness.NUnit;

namespace Harness.Examples.Tests;

[Parallelizable(ParallelScope.All)]
public class GuestTests : SandboxTest
{
    [Test]
    public async Task The_warm_up_ran_before_the_snapshot()
    {
        ExecResult r = await Sandbox.ExecAsync("cat /etc/motd");
        r.StdoutText.Should().Be("hello from the warm-up\n");
    }

    [Test]
    public async Task Every_command_gets_the_sandbox_environment()
    {
        ExecResult r = await Sandbox.ExecAsync("echo $APP_ENV");
        r.StdoutText.Should().Be("test\n");
    }

    [TestCase("first")]
    [TestCase("second")]
    [TestCase("third")]
    public async Task Each_test_starts_from_the_same_clean_state(string name)
    {
        // If a sandbox were ever reused, one of these cases would find another's marker.
        ExecResult r = await Sandbox.ExecAsync($"ls /tmp/marker-* 2>/dev/null | wc -l; touch /tmp/marker-{name}");
        r.StdoutText.Trim().Should().Be("0");
    }

    [Test]
    public async Task Files_go_in_and_come_out()
    {
        await Sandbox.WriteFileAsync("/tmp/input.txt", "3\n1\n2\n"u8.ToArray());
        ExecResult r = await Sandbox.ExecAsync("sort -n /tmp/input.txt > /tmp/output.txt");
        r.ExitCode.Should().Be(0);
        (await Sandbox.ReadFileAsync("/tmp/output.txt")).Should().Equal("1\n2\n3\n"u8.ToArray());
    }

    [Test]
    public async Task Clones_are_unique()
    {
        ExecResult r = await Sandbox.ExecAsync("cat /run/harness/generation_id");
        r.StdoutText.Trim().Should().MatchRegex("^[0-9a-f]{32}$");
    }
}
