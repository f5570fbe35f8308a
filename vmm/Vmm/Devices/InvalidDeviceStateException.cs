// Typed failure for device state that cannot be restored: snapshot state is untrusted input.
namespace Harness.Vmm.Devices;

/// <summary>Thrown by a device's <c>Restore</c> when the state names an out-of-range value or a different shape.</summary>
public sealed class InvalidDeviceStateException : Exception
{
    /// <summary>Creates the exception for <paramref name="device"/> with a message naming the bad field.</summary>
    public InvalidDeviceStateException(string device, string message)
        : base($"{device} state rejected: {message}")
    {
        Device = device;
    }

    /// <summary>The device whose state was rejected.</summary>
    public string Device { get; }
}
