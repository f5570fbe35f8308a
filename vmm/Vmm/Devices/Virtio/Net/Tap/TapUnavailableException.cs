// The typed failure for "this host cannot give a VM a TAP interface", with the reason a user can act on.
namespace Harness.Vmm.Devices.Virtio.Net.Tap;

/// <summary>A TAP interface cannot be created here: no /dev/net/tun, no privilege, or no iproute2.</summary>
public sealed class TapUnavailableException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public TapUnavailableException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
