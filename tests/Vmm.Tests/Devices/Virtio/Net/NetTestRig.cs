// A virtio-net device driven by a host-side guest driver: rx and tx queues set up as Linux's virtio_net does
// (single-buffer rx of header + 1518 bytes), with helpers to send a frame and collect received ones.
using System.Buffers.Binary;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

internal sealed class NetTestRig : IDisposable
{
    public const uint RxBufferSize = VirtioNetDevice.HeaderSize + 1518;

    private readonly Dictionary<ushort, ulong> _rxBuffers = [];

    public NetTestRig(VirtioNetOptions? options = null, bool start = true, INetworkBackend? backend = null)
    {
        Memory = GuestMemory.CreateAnonymous(GuestDriver.RamBase, 8 << 20);
        Irq = new TestIrqLine();
        Backend = new RecordingNetworkBackend();
        Transport = VirtioNetDevice.CreateMmio(Memory, Irq, backend ?? Backend, options ?? new VirtioNetOptions { QueueSize = 64 });
        Driver = new GuestDriver(Memory, Transport);
        if (start)
        {
            Start();
        }
    }

    public GuestMemory Memory { get; }

    public TestIrqLine Irq { get; }

    public RecordingNetworkBackend Backend { get; }

    public VirtioMmioTransport<VirtioNetDevice> Transport { get; }

    public VirtioNetDevice Device => Transport.Device;

    public GuestDriver Driver { get; private set; }

    public DriverQueue Rx { get; private set; } = null!;

    public DriverQueue Tx { get; private set; } = null!;

    public bool NeedsReset => (Driver.Status & VirtioStatus.DeviceNeedsReset) != 0;

    /// <summary>(Re)negotiates and sets both queues up over fresh allocations, as a driver does after a reset.</summary>
    public void Start()
    {
        Driver = new GuestDriver(Memory, Transport);
        _rxBuffers.Clear();
        Driver.Negotiate(VirtioFeatures.Version1 | VirtioNetDevice.FeatureMac | VirtioNetDevice.FeatureStatus).Should().BeTrue();
        Rx = Driver.SetupQueue(VirtioNetDevice.RxQueue, 64);
        Tx = Driver.SetupQueue(VirtioNetDevice.TxQueue, 64);
        Driver.DriverOk();
    }

    /// <summary>Posts <paramref name="count"/> rx buffers of <paramref name="size"/> bytes and kicks.</summary>
    public void PostRxBuffers(int count, uint size = RxBufferSize)
    {
        for (int i = 0; i < count; i++)
        {
            ulong buf = Driver.Alloc(size);
            ushort head = Rx.Add([new Seg(buf, size, true)]);
            _rxBuffers[head] = buf;
        }

        Rx.Kick();
    }

    /// <summary>Sends a frame with a zero virtio header, split into <paramref name="pieces"/> descriptors.</summary>
    public void SendFrame(ReadOnlySpan<byte> frame, int pieces = 1, byte hdrFlags = 0, byte gsoType = 0)
    {
        var bytes = new byte[VirtioNetDevice.HeaderSize + frame.Length];
        bytes[0] = hdrFlags;
        bytes[1] = gsoType;
        frame.CopyTo(bytes.AsSpan(VirtioNetDevice.HeaderSize));
        SendRaw(bytes, pieces);
    }

    public void SendRaw(byte[] bytes, int pieces = 1)
    {
        var segs = new List<Seg>();
        int chunk = (bytes.Length + pieces - 1) / pieces;
        for (int at = 0; at < bytes.Length; at += chunk)
        {
            int n = Math.Min(chunk, bytes.Length - at);
            ulong addr = Driver.Alloc((ulong)n);
            Memory.GetWriteSpan(addr, n).Clear();
            bytes.AsSpan(at, n).CopyTo(Memory.GetWriteSpan(addr, n));
            segs.Add(new Seg(addr, (uint)n, false));
        }

        Tx.Add(segs);
        Tx.Kick();
        while (Tx.TryGetUsed(out _, out _))
        {
        }
    }

    /// <summary>Collects every used rx buffer: (virtio header, frame).</summary>
    public List<(byte[] Header, byte[] Frame)> Received()
    {
        var result = new List<(byte[], byte[])>();
        while (Rx.TryGetUsed(out ushort head, out uint length))
        {
            ulong buf = _rxBuffers[head];
            _rxBuffers.Remove(head);
            if (length == 0)
            {
                result.Add(([], []));
                continue;
            }

            byte[] all = Memory.GetReadSpan(buf, (int)length).ToArray();
            result.Add((all[..VirtioNetDevice.HeaderSize], all[VirtioNetDevice.HeaderSize..]));
        }

        return result;
    }

    public static byte[] Frame(int length, byte fill)
    {
        var f = new byte[length];
        f.AsSpan().Fill(fill);
        MacAddress.DefaultGuest.CopyTo(f);
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(12), 0x88b5);
        return f;
    }

    public void Dispose()
    {
        Transport.Dispose();
        Backend.Dispose();
        Irq.Dispose();
        Memory.Dispose();
    }
}
