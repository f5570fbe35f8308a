// The guest clock's snapshot state: its timebase and the guest time at the moment of saving.
namespace Harness.Vmm.Machine;

/// <summary>Saved state of a <see cref="GuestClock"/>. Untrusted on restore.</summary>
public sealed class GuestClockState
{
    /// <summary>Timebase of the saved time in Hz.</summary>
    public long Frequency { get; init; }

    /// <summary>Guest time in ticks of <see cref="Frequency"/>.</summary>
    public ulong Ticks { get; init; }
}
