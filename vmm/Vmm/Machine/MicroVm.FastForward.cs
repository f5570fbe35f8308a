// Idle fast-forward: while every running vCPU is parked in WFI, guest time jumps to the earliest timer deadline
// instead of waiting for the host clock, the way QEMU's icount "sleep=off" skips idle time. The guest sees only that
// time passed while it slept, and it wakes exactly when its own timers said it would, so nothing in it can tell; what
// this buys is a guest that has lived through minutes of uptime in a fraction of a second of host time.
using Harness.Vmm.Machine.Sbi;

namespace Harness.Vmm.Machine;

public sealed partial class MicroVm
{
    private readonly Lock _warpLock = new();
    private int _hartsInWfi;          // guarded by _warpLock
    private ulong _warpTarget;        // guest ticks; 0 when not fast-forwarding; guarded by _warpLock
    private TaskCompletionSource? _warpDone;

    // One guest second: a fast-forward ends only where no timer is due sooner.
    private const ulong QuietTicks = 10_000_000;

    /// <summary>
    /// Lets at least <paramref name="guestTime"/> of guest time pass, skipping the host time in which every vCPU is
    /// idle. It ends at the first moment after that when the guest is idle with no timer due within a second (it has
    /// then just handled its latest timer, possibly one past the target), or when <paramref name="hostTimeout"/> passes first (a guest that
    /// stays busy ages at the host's pace; false then).
    /// </summary>
    /// <exception cref="InvalidOperationException">The VM is not running (not started, paused or ended).</exception>
    public async Task<bool> FastForwardIdleAsync(TimeSpan guestTime, TimeSpan hostTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(guestTime, TimeSpan.Zero);
        Task done;
        lock (_gate)
        {
            EnsureStartedLocked();
            if (_pauseRequested || _stopping)
            {
                throw new InvalidOperationException("fast-forward needs a running VM");
            }
        }

        lock (_warpLock)
        {
            if (_warpDone != null)
            {
                throw new InvalidOperationException("a fast-forward is already under way");
            }

            ulong now = Clock.Read();
            ulong ticks = (ulong)guestTime.Ticks; // guest ticks and TimeSpan ticks are both 100 ns
            _warpTarget = now > GuestClock.MaxTicks - ticks ? GuestClock.MaxTicks : now + ticks;
            _warpDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done = _warpDone.Task;
            WarpIfIdleLocked();
        }

        try
        {
            await done.WaitAsync(hostTimeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            lock (_warpLock)
            {
                _warpTarget = 0;
                _warpDone = null;
            }
        }
    }

    /// <summary>Parks a vCPU that executed WFI; the last one to park may move guest time on.</summary>
    private void WaitIdle(Vcpu v)
    {
        lock (_warpLock)
        {
            _hartsInWfi++;
            WarpIfIdleLocked();
        }

        try
        {
            v.Hart.WaitForInterrupt(MaxIdleWait);
        }
        finally
        {
            lock (_warpLock)
            {
                _hartsInWfi--;
            }
        }
    }

    private void WarpIfIdleLocked()
    {
        if (_warpTarget == 0 || _hartsInWfi < LiveHarts())
        {
            return;
        }

        // A masked timer wakes nothing, so it is no stop. An enabled one already due is about to wake its hart (the
        // thread has not run since): time must not move past it, and the hart comes back here once it idles again.
        ulong now = Clock.Read();
        ulong next = ulong.MaxValue;
        foreach (Vcpu v in _vcpus)
        {
            ulong deadline = v.Hart.TimerDeadline;
            if (v.PowerState == HartPowerState.Stopped || deadline == ulong.MaxValue || !v.Hart.TimerInterruptEnabled)
            {
                continue;
            }

            if (deadline <= now)
            {
                v.Hart.Nudge();
                return;
            }

            next = Math.Min(next, deadline);
        }

        // It ends idle, past the target, with no timer due within QuietTicks: the guest has just handled its latest
        // timer and stopped its tick. A capture made then has current timekeeping (no clone accounts for idle
        // seconds on its first wake) and no timer that fires during a clone's first milliseconds or not, depending on
        // how fast the host restores it.
        bool quiet = next == ulong.MaxValue || next - now >= QuietTicks;
        if (now >= _warpTarget && quiet)
        {
            FinishWarpLocked();
            return;
        }

        if (next == ulong.MaxValue)
        {
            // Nothing will wake the guest: it sleeps through to the target and is idle there.
            Clock.AdvanceTo(_warpTarget);
            FinishWarpLocked();
        }
        else
        {
            // Possibly past the target: the guest handles that timer, and the fast-forward looks again when it idles.
            Clock.AdvanceTo(next);
        }

        // Parked harts computed their sleep from the old time: have them look at the clock again.
        foreach (Vcpu v in _vcpus)
        {
            v.Hart.Nudge();
        }
    }

    private void FinishWarpLocked()
    {
        _warpTarget = 0;
        _warpDone?.TrySetResult();
    }

    // Harts that run or are about to (a start or stop pending counts: the boot hart is StartPending until its thread
    // picks it up, and skipping time then would let the clock run away before the guest ran at all). Read without the
    // gate: HSM moves a hart between these states only from a running hart, which is not parked.
    private int LiveHarts()
    {
        int n = 0;
        foreach (Vcpu v in _vcpus)
        {
            if (v.PowerState != HartPowerState.Stopped)
            {
                n++;
            }
        }

        return n;
    }
}
