// Typed failures: a malformed ring from the guest, and restored state that does not validate.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>The guest put something into a virtqueue that the device refuses; the device enters NEEDS_RESET.</summary>
public sealed class VirtQueueException : Exception
{
    /// <summary>Creates the exception with a description of what was malformed.</summary>
    public VirtQueueException(string message) : base(message)
    {
    }
}

/// <summary>A saved virtio state record failed validation on restore.</summary>
public sealed class VirtioStateException : Exception
{
    /// <summary>Creates the exception naming the field that failed.</summary>
    public VirtioStateException(string message) : base(message)
    {
    }
}
