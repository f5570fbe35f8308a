// The reference integration test of the guest side: boots the built kernel and initramfs under
// qemu-system-riscv64 (QEMU's virt board, not our monitor), waits for HARNESS-READY, exercises every
// agent request over the serial console, including broken frames, and powers the guest off.
// One boot serves the whole fixture; the tests run in the order given, power-off last.
using System.Diagnostics;
using System.Text;
using Harness.Agent;

namespace Harness.Guest.Tests;

[TestFixture]
public class QemuBootTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private GuestProcess _guest = null!;
    private TimeSpan _wallToReady;
    private TimeSpan _uptimeAtReady;

    private AgentClient Agent => _guest.Client;

    [OneTimeSetUp]
    public async Task Boot()
    {
        TestArtifacts artifacts = TestArtifacts.Get();
        _guest = GuestProcess.BootQemu(artifacts, harts: 2);
        using var cts = new CancellationTokenSource(Patience);
        try
        {
            _uptimeAtReady = await Agent.WaitForReadyAsync(cts.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or AgentDisconnectedException)
        {
            Assert.Fail($"no HARNESS-READY within {Patience.TotalSeconds} s ({e.GetType().Name}):\n{_guest.Transcript()}");
        }

        _wallToReady = _guest.Launched.Elapsed;
        TestContext.Progress.WriteLine(
            $"guest ready: {_wallToReady.TotalSeconds:0.000} s after launch, guest uptime {_uptimeAtReady.TotalSeconds:0.000} s");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        if (_guest == null)
        {
            return;
        }

        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "qemu-boot-console.log");
        await File.WriteAllTextAsync(path, _guest.Transcript());
        TestContext.AddTestAttachment(path, "guest console and QEMU stderr");
        await _guest.DisposeAsync();
    }

    private static CancellationToken Soon() => new CancellationTokenSource(Patience).Token;

    [Test, Order(1)]
    public void Ready_line_reports_a_plausible_uptime()
    {
        _uptimeAtReady.Should().BePositive().And.BeLessThan(Patience);
        Agent.Log.Lines.Should().Contain(l => l.Contains("harness-agent: protocol 1", StringComparison.Ordinal));
    }

    [Test, Order(2)]
    public async Task Ping_is_answered()
    {
        TimeSpan rtt = await Agent.PingAsync(Soon());

        rtt.Should().BeLessThan(Patience);
    }

    [Test, Order(3)]
    public async Task Shell_command_runs()
    {
        ExecResult r = await Agent.ExecAsync(["sh", "-c", "echo ok"], Soon());

        r.ExitCode.Should().Be(0);
        r.StdoutText.Should().Be("ok\n");
        r.StderrText.Should().BeEmpty();
        r.TimedOut.Should().BeFalse();
    }

    [Test, Order(4)]
    public async Task Exit_code_and_both_streams_come_back()
    {
        ExecResult r = await Agent.ExecAsync(["sh", "-c", "echo out; echo err >&2; exit 7"], Soon());

        r.ExitCode.Should().Be(7);
        r.Signal.Should().Be(0);
        r.StdoutText.Should().Be("out\n");
        r.StderrText.Should().Be("err\n");
    }

    [Test, Order(5)]
    public async Task Environment_working_directory_and_stdin_are_applied()
    {
        var request = new ExecRequest(["sh", "-c", "echo \"$GREETING from $(pwd) with $PATH\"; cat"])
        {
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello" },
            WorkingDirectory = "/tmp",
            Stdin = "piped from the host\n"u8.ToArray(),
        };

        ExecResult r = await Agent.ExecAsync(request, Soon());

        r.StdoutText.Should().Be("hello from /tmp with /usr/sbin:/usr/bin:/sbin:/bin\npiped from the host\n");
    }

    [Test, Order(5)]
    public async Task Request_environment_overrides_the_defaults_and_hundreds_of_entries_arrive()
    {
        var environment = Enumerable.Range(0, 500).ToDictionary(i => $"V{i}", i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        environment["PATH"] = "/usr/bin:/bin";
        environment["HOME"] = "/tmp";
        var request = new ExecRequest(["sh", "-c", "echo \"$PATH $HOME $V0 $V499\"; env | grep -c '^V'; env | grep -c '^PATH='"])
        {
            Environment = environment,
        };

        ExecResult r = await Agent.ExecAsync(request, Soon());

        r.StdoutText.Should().Be("/usr/bin:/bin /tmp 0 499\n500\n1\n");
    }

    [Test, Order(6)]
    public async Task Missing_program_is_an_exec_failure_with_errno()
    {
        var e = await FluentActions.Awaiting(() => Agent.ExecAsync(["/no/such/program"], Soon()))
            .Should().ThrowAsync<AgentErrorReplyException>();

        e.Which.Code.Should().Be(AgentErrorCode.ExecFailed);
        e.Which.Errno.Should().Be(2); // ENOENT
    }

    [Test, Order(6)]
    public async Task Program_the_kernel_cannot_load_is_an_exec_failure_with_its_errno()
    {
        // Executable and found, so only execve itself fails, in the vfork child, which reports errno back.
        await Agent.WriteFileAsync("/tmp/not-a-program", new byte[] { 0x7f, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07 },
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, Soon());

        var e = await FluentActions.Awaiting(() => Agent.ExecAsync(["/tmp/not-a-program"], Soon()))
            .Should().ThrowAsync<AgentErrorReplyException>();

        e.Which.Code.Should().Be(AgentErrorCode.ExecFailed);
        e.Which.Errno.Should().Be(8); // ENOEXEC
        ExecResult after = await Agent.ExecAsync(["sh", "-c", "echo still serving"], Soon());
        after.StdoutText.Should().Be("still serving\n");
    }

    [Test, Order(6)]
    public async Task Program_given_no_input_reads_end_of_file_at_once()
    {
        ExecResult r = await Agent.ExecAsync(["sh", "-c", "cat > /tmp/no-input; stat -c %s /tmp/no-input; readlink /proc/self/fd/0; echo done"], Soon());

        r.StdoutText.Should().Be("0\n/dev/null\ndone\n");
    }

    [Test, Order(7)]
    public async Task Timeout_kills_the_whole_process_group()
    {
        var request = new ExecRequest(["sh", "-c", "sleep 31 & sleep 32"]) { Timeout = TimeSpan.FromMilliseconds(500) };

        ExecResult r = await Agent.ExecAsync(request, Soon());

        r.TimedOut.Should().BeTrue();
        r.Signal.Should().Be(9);
        r.ExitCode.Should().Be(128 + 9);
        ExecResult left = await Agent.ExecAsync(["sh", "-c", "cat /proc/[0-9]*/cmdline | tr '\\0' ' '"], Soon());
        left.StdoutText.Should().NotContain("sleep 31").And.NotContain("sleep 32");
    }

    [Test, Order(8)]
    public async Task Orphans_are_reaped_by_the_agent()
    {
        await Agent.ExecAsync(["sh", "-c", "(sleep 0.2; true) & exit 0"], Soon());

        ExecResult r = await Agent.ExecAsync(["sh", "-c", "sleep 1; cat /proc/[0-9]*/status | grep '^State:'"], Soon());

        r.StdoutText.Should().NotContain("zombie");
    }

    [Test, Order(9)]
    public async Task Both_harts_are_online()
    {
        ExecResult r = await Agent.ExecAsync(["sh", "-c", "grep -c ^processor /proc/cpuinfo"], Soon());

        r.StdoutText.Trim().Should().Be("2");
    }

    [Test, Order(10)]
    public async Task Written_file_reads_back_with_its_mode()
    {
        byte[] contents = Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31 + (i >> 8))).ToArray();

        await Agent.WriteFileAsync("/tmp/blob", contents,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, Soon());
        byte[] back = await Agent.ReadFileAsync("/tmp/blob", Soon());
        ExecResult mode = await Agent.ExecAsync(["stat", "-c", "%a %s", "/tmp/blob"], Soon());

        back.Should().Equal(contents);
        mode.StdoutText.Should().Be($"640 {contents.Length}\n");
    }

    [Test, Order(11)]
    public async Task Proc_files_read_despite_reporting_size_zero()
    {
        byte[] cmdline = await Agent.ReadFileAsync("/proc/cmdline", Soon());

        Encoding.ASCII.GetString(cmdline).Should().Contain("console=ttyS0");
    }

    [Test, Order(12)]
    public async Task Missing_file_is_an_io_error_with_errno()
    {
        var e = await FluentActions.Awaiting(() => Agent.ReadFileAsync("/no/such/file", Soon()))
            .Should().ThrowAsync<AgentErrorReplyException>();

        e.Which.Code.Should().Be(AgentErrorCode.IoError);
        e.Which.Errno.Should().Be(2);
    }

    [Test, Order(13)]
    public async Task Snapshot_hooks_set_the_clock_and_accept_entropy()
    {
        var when = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await Agent.BeforeSnapshotAsync(Soon());
        await Agent.AfterRestoreAsync(when, System.Security.Cryptography.RandomNumberGenerator.GetBytes(64), Soon());
        ExecResult date = await Agent.ExecAsync(["date", "+%s"], Soon());

        long guestNow = long.Parse(date.StdoutText.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        guestNow.Should().BeInRange(when.ToUnixTimeSeconds(), when.ToUnixTimeSeconds() + 30);
    }

    [Test, Order(13)]
    public async Task Generation_files_are_written_again_after_a_program_removes_their_directory()
    {
        byte[] entropy = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64);
        await Agent.AfterRestoreAsync(null, entropy, 7, Guid.NewGuid(), Soon());
        (await Agent.ExecAsync(["sh", "-c", "cat /run/harness/generation; rm -rf /run/harness"], Soon())).StdoutText.Should().Be("7\n");

        var id = Guid.NewGuid();
        await Agent.AfterRestoreAsync(null, entropy, 8, id, Soon());
        ExecResult r = await Agent.ExecAsync(["sh", "-c", "cat /run/harness/generation /run/harness/generation_id"], Soon());

        r.StdoutText.Should().Be($"8\n{id:N}\n");
    }

    [Test, Order(14)]
    public async Task Broken_frames_get_error_replies_and_the_agent_keeps_serving()
    {
        (AgentErrorCode, int) Expect(AgentFrame f) { var (code, _, _) = MalformedFrames.Error(f); return (code, (int)f.RequestId); }

        Expect(await Agent.ExchangeRawAsync(MalformedFrames.GarbageLine(), 0, Soon())).Should().Be((AgentErrorCode.Garbage, 0));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.Truncated(101), 101, Soon())).Should().Be((AgentErrorCode.Truncated, 101));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.CutByNextFrame(102, 0x7FFF0001), 102, Soon()))
            .Should().Be((AgentErrorCode.Truncated, 102));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.Oversized(103), 103, Soon())).Should().Be((AgentErrorCode.Oversized, 103));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.BadChecksum(104), 104, Soon())).Should().Be((AgentErrorCode.BadChecksum, 104));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.UnsupportedVersion(105), 105, Soon()))
            .Should().Be((AgentErrorCode.UnsupportedVersion, 105));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.UnknownType(106), 106, Soon())).Should().Be((AgentErrorCode.UnknownType, 106));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.BadExecPayload(107), 107, Soon())).Should().Be((AgentErrorCode.BadPayload, 107));
        Expect(await Agent.ExchangeRawAsync(MalformedFrames.NotBase64(108), 108, Soon())).Should().Be((AgentErrorCode.Garbage, 108));

        await Agent.PingAsync(Soon());
        Agent.BadFrameCount.Should().Be(0, "every frame the agent sent must decode");
    }

    [Test, Order(100)]
    public async Task Power_off_ends_qemu()
    {
        await Agent.PowerOffAsync(Soon());

        bool exited = await _guest.WaitForExitAsync(TimeSpan.FromSeconds(30));
        exited.Should().BeTrue($"QEMU should exit after power-off; console:\n{_guest.Transcript()}");
        _guest.ExitCode.Should().Be(0);
        await FluentActions.Awaiting(() => Agent.PingAsync(Soon())).Should().ThrowAsync<AgentDisconnectedException>();
    }
}
