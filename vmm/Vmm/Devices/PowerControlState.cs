// The power control device's snapshot state: the last request the guest made.
namespace Harness.Vmm.Devices;

/// <summary>Saved state of a <see cref="PowerControl"/>. Untrusted on restore.</summary>
public sealed class PowerControlState
{
    /// <summary>The last request's <see cref="PowerRequestKind"/> as an integer.</summary>
    public int LastKind { get; init; }

    /// <summary>The last failure code (0 unless the last request was a failure).</summary>
    public ushort LastFailCode { get; init; }
}
