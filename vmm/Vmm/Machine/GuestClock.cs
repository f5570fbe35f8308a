// The guest's 10 MHz time source (the time CSR, SBI timer deadlines): host monotonic time scaled to the timebase,
// stopped while the VM is paused, so a snapshot restored later continues from the value it saved.
namespace Harness.Vmm.Machine;

/// <summary>
/// Guest time in ticks of <see cref="Frequency"/> Hz. Starts paused at its initial value; the machine resumes it
/// when the vCPUs start and pauses it when they stop. <see cref="Read"/> is lock-free for the vCPUs.
/// </summary>
public sealed class GuestClock
{
    /// <summary>Guest ticks per second; one tick is 100 ns, the same as a <see cref="TimeSpan"/> tick.</summary>
    public const long Frequency = 10_000_000;

    /// <summary>Largest guest time accepted (keeps every sum in signed 64-bit range).</summary>
    public const ulong MaxTicks = long.MaxValue;

    private readonly Lock _lock = new();
    private readonly TimeProvider _host;
    private readonly long _hostFrequency;
    private Anchor _anchor;

    /// <summary>Creates a paused clock reading <paramref name="initialTicks"/>.</summary>
    /// <param name="host">The host's monotonic time source; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="initialTicks">Guest time before the first <see cref="Resume"/>.</param>
    public GuestClock(TimeProvider? host = null, ulong initialTicks = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(initialTicks, MaxTicks);
        _host = host ?? TimeProvider.System;
        _hostFrequency = _host.TimestampFrequency;
        if (_hostFrequency <= 0)
        {
            throw new ArgumentException($"the host time source reports frequency {_hostFrequency}", nameof(host));
        }

        _anchor = new Anchor(0, (long)initialTicks, Paused: true);
    }

    /// <summary>True while time is stopped.</summary>
    public bool IsPaused => Volatile.Read(ref _anchor).Paused;

    /// <summary>The current guest time in ticks. Monotonic; constant while paused.</summary>
    public ulong Read() => (ulong)Now(Volatile.Read(ref _anchor));

    /// <summary>Host time until the guest clock reaches <paramref name="deadline"/> (zero when passed).</summary>
    /// <remarks>Guest ticks and <see cref="TimeSpan"/> ticks are both 100 ns. While paused the wait never ends on its own.</remarks>
    public TimeSpan DelayUntil(ulong deadline)
    {
        Anchor a = Volatile.Read(ref _anchor);
        ulong now = (ulong)Now(a);
        if (deadline <= now)
        {
            return TimeSpan.Zero;
        }

        if (a.Paused)
        {
            return Timeout.InfiniteTimeSpan;
        }

        ulong remaining = deadline - now;
        return remaining >= (ulong)TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)remaining);
    }

    /// <summary>Stops guest time at its current value. Call once the vCPUs have stopped. Idempotent.</summary>
    public void Pause()
    {
        lock (_lock)
        {
            Anchor a = _anchor;
            if (!a.Paused)
            {
                Volatile.Write(ref _anchor, new Anchor(0, Now(a), Paused: true));
            }
        }
    }

    /// <summary>Lets guest time run on from where it stopped. Idempotent.</summary>
    public void Resume()
    {
        lock (_lock)
        {
            Anchor a = _anchor;
            if (a.Paused)
            {
                Volatile.Write(ref _anchor, new Anchor(_host.GetTimestamp(), a.GuestTicks, Paused: false));
            }
        }
    }

    /// <summary>Moves guest time forward to <paramref name="ticks"/>; a time already passed changes nothing.</summary>
    public void AdvanceTo(ulong ticks)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ticks, MaxTicks);
        lock (_lock)
        {
            Anchor a = _anchor;
            long now = Now(a);
            if ((long)ticks > now)
            {
                Volatile.Write(ref _anchor, a.Paused ? a with { GuestTicks = (long)ticks } : new Anchor(_host.GetTimestamp(), (long)ticks, Paused: false));
            }
        }
    }

    /// <summary>Captures the current guest time (exact when paused, as for a snapshot).</summary>
    public GuestClockState Save() => new() { Frequency = Frequency, Ticks = Read() };

    /// <summary>Sets the clock, paused, to the saved time; <see cref="Resume"/> lets it run on from there.</summary>
    /// <exception cref="GuestClockStateException">The state has another timebase or an out-of-range time.</exception>
    public void Restore(GuestClockState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Frequency != Frequency)
        {
            throw new GuestClockStateException($"saved timebase is {state.Frequency} Hz, this clock runs at {Frequency} Hz");
        }

        if (state.Ticks > MaxTicks)
        {
            throw new GuestClockStateException($"saved time {state.Ticks} exceeds the maximum {MaxTicks}");
        }

        lock (_lock)
        {
            Volatile.Write(ref _anchor, new Anchor(0, (long)state.Ticks, Paused: true));
        }
    }

    private long Now(Anchor a)
    {
        if (a.Paused)
        {
            return a.GuestTicks;
        }

        long elapsed = _host.GetTimestamp() - a.HostTimestamp;
        if (elapsed <= 0)
        {
            return a.GuestTicks;
        }

        long scaled = _hostFrequency == 1_000_000_000
            ? elapsed / 100
            : (long)(((Int128)elapsed * Frequency) / _hostFrequency);
        long sum = a.GuestTicks + scaled;
        return sum < a.GuestTicks ? long.MaxValue : sum;
    }

    // Published whole so a lock-free reader never sees a timestamp from one state and a base from another.
    private sealed record Anchor(long HostTimestamp, long GuestTicks, bool Paused);
}
