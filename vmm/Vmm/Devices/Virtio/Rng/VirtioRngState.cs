// The saved form of a virtio entropy device: only its shape, since it holds no state beyond its transport.
namespace Harness.Vmm.Devices.Virtio.Rng;

/// <summary>Plain state of a <see cref="VirtioRngDevice"/>.</summary>
public sealed record VirtioRngState
{
    /// <summary>Entries in the request queue it was saved with.</summary>
    public ushort QueueSize { get; init; }
}
