// Console capture (retention, positions, waiting for markers) and the stream and tee sinks.
using System.Text;
using Harness.Vmm.Devices;

namespace Harness.Vmm.Tests.Devices;

public class SerialSinkTests
{
    [Test]
    public async Task WaitFor_completes_when_a_marker_arrives_split_across_writes()
    {
        var capture = new SerialConsoleCapture();
        capture.Write("boot...\nRE"u8);
        Task<long> wait = capture.WaitForAsync("READY");
        wait.IsCompleted.Should().BeFalse();
        capture.Write("AD"u8);
        wait.IsCompleted.Should().BeFalse();
        capture.Write("Y 0.31s\n"u8);
        (await wait).Should().Be("boot...\nREADY".Length);
    }

    [Test]
    public async Task WaitFor_finds_output_already_captured_and_respects_the_start_position()
    {
        var capture = new SerialConsoleCapture();
        capture.Write("$ \n$ "u8);
        (await capture.WaitForAsync("$ ")).Should().Be(2);
        (await capture.WaitForAsync("$ ", from: 2)).Should().Be(5);
        Task<long> next = capture.WaitForAsync("$ ", from: 5);
        next.IsCompleted.Should().BeFalse();
        capture.Write("ls\n$ "u8);
        (await next).Should().Be(10);
    }

    [Test]
    public async Task WaitFor_is_cancelled_by_its_token_and_leaves_no_waiter()
    {
        var capture = new SerialConsoleCapture();
        using var cts = new CancellationTokenSource();
        Task<long> wait = capture.WaitForAsync("never", cancellationToken: cts.Token);
        await cts.CancelAsync();
        await FluentActions.Awaiting(() => wait).Should().ThrowAsync<OperationCanceledException>();
        capture.Write("never"u8);
        wait.IsCanceled.Should().BeTrue();
    }

    [Test]
    public void Retention_drops_the_oldest_bytes_while_positions_count_everything()
    {
        var capture = new SerialConsoleCapture(capacity: 8);
        for (int i = 0; i < 20; i++)
        {
            capture.Write([(byte)('a' + i)]);
        }

        capture.Position.Should().Be(20);
        capture.ToArray().Length.Should().BeLessThanOrEqualTo(8);
        capture.GetText().Should().EndWith("rst");
        Encoding.ASCII.GetString(capture.ReadFrom(18)).Should().Be("st");
        capture.RetainedFrom.Should().Be(20 - capture.ToArray().Length);

        capture.Write(Encoding.ASCII.GetBytes("0123456789"));
        capture.GetText().Should().Be("23456789");
        capture.Position.Should().Be(30);
    }

    [Test]
    public void Stream_and_tee_sinks_copy_every_byte()
    {
        using var stream = new MemoryStream();
        var capture = new SerialConsoleCapture();
        ISerialSink tee = SerialSinks.Tee(new StreamSerialSink(stream), capture, SerialSinks.Null);
        tee.Write("line one\n"u8);
        tee.Write("two"u8);
        Encoding.ASCII.GetString(stream.ToArray()).Should().Be("line one\ntwo");
        capture.GetText().Should().Be("line one\ntwo");
        FluentActions.Invoking(() => new StreamSerialSink(new MemoryStream([], writable: false)))
            .Should().Throw<ArgumentException>();
    }
}
