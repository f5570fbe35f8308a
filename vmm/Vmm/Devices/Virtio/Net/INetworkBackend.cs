// The seam between the virtio-net device, which speaks virtio, and wherever its Ethernet frames go: a TAP
// interface on the host or the in-process user-mode endpoint.
namespace Harness.Vmm.Devices.Virtio.Net;

/// <summary>
/// Carries Ethernet frames (no virtio header, no FCS) between the guest's network device and the host side of
/// its link. Implementations are thread-safe.
/// </summary>
public interface INetworkBackend : IDisposable
{
    /// <summary>
    /// Starts delivering frames that arrive for the guest to <paramref name="receiver"/>, on the backend's own
    /// thread. Called once, by the device that owns the backend. The receiver takes ownership of each array.
    /// </summary>
    void Start(Action<byte[]> receiver);

    /// <summary>
    /// Sends one frame from the guest. Never blocks on the network: a frame that cannot go now is dropped, as a
    /// full NIC queue would drop it. Called on a vCPU thread.
    /// </summary>
    void Send(ReadOnlySpan<byte> frame);
}
