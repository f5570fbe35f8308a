// How a parked vCPU thread sleeps: on an eventfd with a nanosecond timeout (ppoll), because every managed wait rounds
// its timeout to whole milliseconds. A guest timer due in 0.7 ms either fired 0.3 ms late or, rounded down to a zero
// wait, had the thread poll the clock until it came: with a thousand idle guests that polling was most of the
// host's idle CPU. Waking costs a write only when the thread is actually asleep.
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace Harness.Vmm.Cpu.RiscV;

internal sealed unsafe class HartSleep : IDisposable
{
    private int _fd = -1;     // created on the first sleep: most harts in tests never sleep
    private int _sleeping;    // 1 between Arm and Disarm; read by Wake after its caller's state change
    private bool _disposed;

    /// <summary>Wakes the sleeping thread, or makes its next <see cref="Sleep"/> return at once. Any thread.</summary>
    public void Wake()
    {
        // Pairs with the barrier in Arm: either the sleeper sees the caller's new state when it checks after Arm,
        // or this read sees it armed and the write below ends its sleep.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _sleeping) != 0)
        {
            ulong one = 1;
            _ = write(_fd, &one, sizeof(ulong));
        }
    }

    /// <summary>Announces a sleep; the caller then checks whether it must still sleep. The sleeping thread only.</summary>
    public void Arm()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_fd < 0)
        {
            _fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
            if (_fd < 0)
            {
                throw new IOException($"eventfd failed (errno {errno})");
            }
        }

        Interlocked.Exchange(ref _sleeping, 1);
    }

    /// <summary>Sleeps until <see cref="Wake"/> or until <paramref name="nanoseconds"/> pass (negative: no limit).</summary>
    public void Sleep(long nanoseconds)
    {
        pollfd p = new() { fd = _fd, events = POLLIN };
        timespec t = new() { tv_sec = (time_t)(nanoseconds / 1_000_000_000), tv_nsec = (long_t)(nanoseconds % 1_000_000_000) };
        _ = ppoll(&p, 1, nanoseconds < 0 ? null : &t, null); // EINTR is an early wake: the caller looks again
    }

    /// <summary>Ends a sleep (or an armed check that did not sleep) and consumes any wake it received.</summary>
    public void Disarm()
    {
        Volatile.Write(ref _sleeping, 0);
        ulong count;
        _ = read(_fd, &count, sizeof(ulong)); // EAGAIN when nobody woke us
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (_fd >= 0)
            {
                _ = close(_fd);
                _fd = -1;
            }
        }
    }
}
