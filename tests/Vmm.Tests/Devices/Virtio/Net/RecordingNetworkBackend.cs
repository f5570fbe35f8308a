// A backend for device tests: keeps the frames the guest sent and lets the test inject frames for the guest, as
// the host side of the link would.
using System.Collections.Concurrent;
using Harness.Vmm.Devices.Virtio.Net;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

internal sealed class RecordingNetworkBackend : INetworkBackend
{
    private Action<byte[]>? _receiver;

    public BlockingCollection<byte[]> Sent { get; } = [];

    public bool Disposed { get; private set; }

    public void Start(Action<byte[]> receiver) => _receiver = receiver;

    public void Send(ReadOnlySpan<byte> frame) => Sent.Add(frame.ToArray());

    /// <summary>Delivers a frame to the device as the backend's thread would.</summary>
    public void Inject(byte[] frame) => (_receiver ?? throw new InvalidOperationException("not started"))(frame);

    public void Dispose()
    {
        Disposed = true;
        Sent.Dispose();
    }
}
