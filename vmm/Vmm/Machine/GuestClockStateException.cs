// Typed failure for guest clock state that cannot be restored.
namespace Harness.Vmm.Machine;

/// <summary>Thrown by <see cref="GuestClock.Restore"/> for a mismatched timebase or an out-of-range time.</summary>
public sealed class GuestClockStateException : Exception
{
    /// <summary>Creates the exception with a message naming the bad field.</summary>
    public GuestClockStateException(string message)
        : base(message)
    {
    }
}
