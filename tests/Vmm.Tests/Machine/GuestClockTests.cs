// The 10 MHz guest clock on a hand-driven host time source: scaling, pause and resume, deadlines, state round trip.
using Harness.Vmm.Machine;
using Harness.Vmm.Tests.Devices;

namespace Harness.Vmm.Tests.Machine;

public class GuestClockTests
{
    private sealed class ManualTime(long frequency) : TimeProvider
    {
        public long Now { get; set; } = 1_000;

        public override long TimestampFrequency => frequency;

        public override long GetTimestamp() => Now;
    }

    [Test]
    public void Starts_paused_and_counts_ten_million_ticks_per_host_second_once_resumed()
    {
        var host = new ManualTime(1_000_000_000);
        var clock = new GuestClock(host);
        clock.IsPaused.Should().BeTrue();
        host.Now += 5_000_000_000;
        clock.Read().Should().Be(0, "time does not flow before the machine runs");

        clock.Resume();
        host.Now += 1_000_000_000;
        clock.Read().Should().Be(10_000_000);
        host.Now += 250;
        clock.Read().Should().Be(10_000_002, "ticks are whole 100 ns steps");
    }

    [TestCase(1_000_000_000L)]
    [TestCase(3_579_545L)]
    [TestCase(10_000_000L)]
    public void Scaling_is_exact_for_any_host_frequency_over_long_runs(long frequency)
    {
        var host = new ManualTime(frequency);
        var clock = new GuestClock(host);
        clock.Resume();
        host.Now += frequency * 86_400 * 365; // a year of host time: no overflow in the scaling
        clock.Read().Should().Be(10_000_000UL * 86_400 * 365);
    }

    [Test]
    public void Advance_moves_time_forward_only_and_keeps_it_flowing_from_the_new_value()
    {
        var host = new ManualTime(1_000_000_000);
        var clock = new GuestClock(host);
        clock.Resume();
        host.Now += 1_000; // 10 ticks
        clock.AdvanceTo(5_000);
        clock.Read().Should().Be(5_000);
        host.Now += 1_000;
        clock.Read().Should().Be(5_010, "time runs on at the host's pace from where it jumped");
        clock.AdvanceTo(100);
        clock.Read().Should().Be(5_010, "a time already passed changes nothing");

        clock.Pause();
        clock.AdvanceTo(9_000);
        clock.Read().Should().Be(9_000);
        clock.IsPaused.Should().BeTrue();
        host.Now += 1_000_000;
        clock.Read().Should().Be(9_000);
    }

    [Test]
    public void Pause_stops_time_and_resume_continues_from_the_same_value()
    {
        var host = new ManualTime(1_000_000_000);
        var clock = new GuestClock(host, initialTicks: 500);
        clock.Resume();
        host.Now += 100_000;
        clock.Pause();
        clock.Pause();
        clock.Read().Should().Be(1_500);
        host.Now += 9_999_999_999;
        clock.Read().Should().Be(1_500);
        clock.Resume();
        clock.Resume();
        host.Now += 100;
        clock.Read().Should().Be(1_501);
    }

    [Test]
    public void DelayUntil_converts_guest_ticks_to_host_time()
    {
        var host = new ManualTime(1_000_000_000);
        var clock = new GuestClock(host);
        clock.DelayUntil(10).Should().Be(Timeout.InfiniteTimeSpan, "a paused clock never reaches a future deadline");
        clock.DelayUntil(0).Should().Be(TimeSpan.Zero);
        clock.Resume();
        clock.DelayUntil(10_000_000).Should().Be(TimeSpan.FromSeconds(1));
        host.Now += 2_000_000_000;
        clock.DelayUntil(10_000_000).Should().Be(TimeSpan.Zero);
        clock.DelayUntil(ulong.MaxValue).Should().Be(TimeSpan.MaxValue);
    }

    [Test]
    public void State_round_trips_and_the_restored_clock_continues_from_the_saved_time()
    {
        var host = new ManualTime(1_000_000_000);
        var clock = new GuestClock(host);
        clock.Resume();
        host.Now += 3_000_000_000;
        clock.Pause();
        GuestClockState saved = StateClone.ThroughJson(clock.Save());
        saved.Ticks.Should().Be(30_000_000);

        var laterHost = new ManualTime(1_000_000_000) { Now = 999_999_999_999 };
        var restored = new GuestClock(laterHost, initialTicks: 7);
        restored.Restore(saved);
        restored.IsPaused.Should().BeTrue();
        restored.Read().Should().Be(30_000_000);
        restored.Resume();
        laterHost.Now += 1_000;
        restored.Read().Should().Be(30_000_010);
    }

    [Test]
    public void Restore_rejects_another_timebase_and_out_of_range_time()
    {
        var clock = new GuestClock(new ManualTime(1_000_000_000));
        FluentActions.Invoking(() => clock.Restore(new GuestClockState { Frequency = 1_000_000, Ticks = 5 }))
            .Should().Throw<GuestClockStateException>().WithMessage("*1000000 Hz*");
        FluentActions.Invoking(() => clock.Restore(new GuestClockState { Frequency = GuestClock.Frequency, Ticks = ulong.MaxValue }))
            .Should().Throw<GuestClockStateException>();
        FluentActions.Invoking(() => new GuestClock(new ManualTime(0))).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Reads_from_many_threads_never_go_backwards()
    {
        var clock = new GuestClock();
        clock.Resume();
        int regressions = 0;
        Parallel.For(0, 4, _ =>
        {
            ulong last = 0;
            for (int i = 0; i < 20_000; i++)
            {
                ulong now = clock.Read();
                if (now < last)
                {
                    Interlocked.Increment(ref regressions);
                }

                last = now;
            }
        });
        regressions.Should().Be(0);
    }
}
