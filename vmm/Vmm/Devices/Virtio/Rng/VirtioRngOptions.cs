// Options of a virtio entropy device.
namespace Harness.Vmm.Devices.Virtio.Rng;

/// <summary>Options of a virtio entropy device.</summary>
public sealed record VirtioRngOptions
{
    /// <summary>Entries in the request queue (a power of two).</summary>
    public ushort QueueSize { get; init; } = 64;
}
