// A minimal guest vsock stack for host-side tests: posts rx and event buffers, answers the device's packets,
// keeps credit in both directions as Linux's virtio_transport_common does, and hashes what it receives.
using System.Security.Cryptography;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Vsock;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal sealed class GuestVsockConn
{
    public uint LocalPort;
    public uint PeerPort;
    public bool Established;
    public bool Reset;
    public uint PeerShutdown;
    public uint BufAlloc;
    public uint FwdCnt;
    public uint LastFwdSent;
    public uint TxCnt;
    public uint PeerBufAlloc;
    public uint PeerFwdCnt;
    public long Received;
    public readonly IncrementalHash Hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public int PeerCredit => (int)Math.Max(0, (long)PeerBufAlloc - (uint)(TxCnt - PeerFwdCnt));
}

internal sealed class VsockTestGuest : IDisposable
{
    public const ulong Cid = 3;
    private const int RxData = 4096;
    private const int TxData = 16 * 1024;

    private readonly bool _eventIdx;
    private readonly Dictionary<ushort, ulong> _rxBuffers = [];
    private readonly Dictionary<ushort, ulong> _txInFlight = [];
    private readonly Queue<ulong> _txFree = new();
    private readonly Dictionary<ushort, ulong> _eventBuffers = [];

    public VsockTestGuest(VirtioVsockOptions options, bool eventIdx, uint guestBufAlloc = 64 * 1024)
    {
        _eventIdx = eventIdx;
        GuestBufAlloc = guestBufAlloc;
        Memory = GuestMemory.CreateAnonymous(GuestDriver.RamBase, 32 << 20);
        Irq = new TestIrqLine();
        Transport = VirtioVsockDevice.CreateMmio(Memory, Irq, options);
        Driver = new GuestDriver(Memory, Transport);
        ulong features = VirtioFeatures.Version1 | (eventIdx ? VirtioFeatures.RingEventIdx : 0);
        Driver.Negotiate(features).Should().BeTrue();
        Rx = Driver.SetupQueue(VirtioVsockDevice.RxQueue, 128);
        Tx = Driver.SetupQueue(VirtioVsockDevice.TxQueue, 128);
        Evt = Driver.SetupQueue(VirtioVsockDevice.EventQueue, 8);
        for (int i = 0; i < 48; i++)
        {
            _txFree.Enqueue(Driver.Alloc(VsockHeader.Size + TxData));
        }

        Driver.DriverOk();
        for (int i = 0; i < 64; i++)
        {
            ulong buf = Driver.Alloc(VsockHeader.Size + RxData);
            _rxBuffers[Rx.Add([new Seg(buf, VsockHeader.Size, true), new Seg(buf + VsockHeader.Size, RxData, true)])] = buf;
        }

        Rx.Kick();
        for (int i = 0; i < 4; i++)
        {
            ulong buf = Driver.Alloc(4);
            _eventBuffers[Evt.Add([new Seg(buf, 4, true)])] = buf;
        }

        Evt.Kick();
        ArmAll();
    }

    public uint GuestBufAlloc { get; }

    public GuestMemory Memory { get; }

    public TestIrqLine Irq { get; }

    public VirtioMmioTransport<VirtioVsockDevice> Transport { get; }

    public GuestDriver Driver { get; }

    public DriverQueue Rx { get; }

    public DriverQueue Tx { get; }

    public DriverQueue Evt { get; }

    public HashSet<uint> ListeningPorts { get; } = [];

    public Dictionary<(uint Local, uint Peer), GuestVsockConn> Conns { get; } = [];

    public List<VsockHeader> Received { get; } = [];

    public List<uint> Events { get; } = [];

    public int CreditUpdatesSent { get; private set; }

    public int CreditRequestsSeen { get; private set; }

    private void ArmAll()
    {
        if (_eventIdx)
        {
            Rx.ArmUsedEvent();
            Tx.ArmUsedEvent();
            Evt.ArmUsedEvent();
        }
    }

    /// <summary>Handles everything the device completed: the interrupt handler plus the rx worker.</summary>
    public void Pump()
    {
        Driver.AckInterrupt();
        while (Tx.TryGetUsed(out ushort head, out _))
        {
            _txFree.Enqueue(_txInFlight[head]);
            _txInFlight.Remove(head);
        }

        ushort oldRx = Rx.AvailIdx;
        while (Rx.TryGetUsed(out ushort head, out uint len))
        {
            ulong buf = _rxBuffers[head];
            _rxBuffers.Remove(head);
            len.Should().BeGreaterThanOrEqualTo(VsockHeader.Size);
            VsockHeader h = VsockHeader.Parse(Memory.GetReadSpan(buf, VsockHeader.Size));
            h.Len.Should().Be(len - VsockHeader.Size);
            OnPacket(h, Memory.GetReadSpan(buf + VsockHeader.Size, (int)h.Len));
            _rxBuffers[Rx.Add([new Seg(buf, VsockHeader.Size, true), new Seg(buf + VsockHeader.Size, RxData, true)], publish: true)] = buf;
        }

        Rx.KickIfNeeded(oldRx, _eventIdx);
        ushort oldEvt = Evt.AvailIdx;
        while (Evt.TryGetUsed(out ushort head, out _))
        {
            ulong buf = _eventBuffers[head];
            _eventBuffers.Remove(head);
            Events.Add(Memory.Read<uint>(buf));
            _eventBuffers[Evt.Add([new Seg(buf, 4, true)])] = buf;
        }

        Evt.KickIfNeeded(oldEvt, _eventIdx);
        ArmAll();
    }

    private void OnPacket(VsockHeader h, ReadOnlySpan<byte> payload)
    {
        Received.Add(h);
        h.SrcCid.Should().Be(VsockHeader.HostCid);
        h.DstCid.Should().Be(Cid);
        Conns.TryGetValue((h.DstPort, h.SrcPort), out GuestVsockConn? c);
        if (c != null)
        {
            c.PeerBufAlloc = h.BufAlloc;
            c.PeerFwdCnt = h.FwdCnt;
        }

        switch (h.Op)
        {
            case VsockOp.Request when c == null && ListeningPorts.Contains(h.DstPort):
                c = new GuestVsockConn { LocalPort = h.DstPort, PeerPort = h.SrcPort, Established = true, BufAlloc = GuestBufAlloc, PeerBufAlloc = h.BufAlloc, PeerFwdCnt = h.FwdCnt };
                Conns[(c.LocalPort, c.PeerPort)] = c;
                SendControl(c, VsockOp.Response, 0);
                break;
            case VsockOp.Request:
                SendRaw(h.DstPort, h.SrcPort, VsockOp.Rst, 0, 0, 0, []);
                break;
            case VsockOp.Response when c != null:
                c.Established = true;
                break;
            case VsockOp.Rst when c != null:
                c.Reset = true;
                break;
            case VsockOp.Shutdown when c != null:
                c.PeerShutdown |= h.Flags;
                break;
            case VsockOp.Rw when c != null:
                // The device must stay inside the credit this guest last advertised.
                ((uint)(c.FwdCnt + (uint)payload.Length - c.LastFwdSent)).Should().BeLessThanOrEqualTo(c.BufAlloc);
                c.Hash.AppendData(payload);
                c.Received += payload.Length;
                // The application consumes at once; tell the host when half the buffer has been freed.
                c.FwdCnt += (uint)payload.Length;
                if (c.FwdCnt - c.LastFwdSent >= c.BufAlloc / 2)
                {
                    SendControl(c, VsockOp.CreditUpdate, 0);
                    CreditUpdatesSent++;
                }

                break;
            case VsockOp.CreditRequest when c != null:
                CreditRequestsSeen++;
                SendControl(c, VsockOp.CreditUpdate, 0);
                break;
        }
    }

    public GuestVsockConn Connect(uint localPort, uint hostPort)
    {
        var c = new GuestVsockConn { LocalPort = localPort, PeerPort = hostPort, BufAlloc = GuestBufAlloc };
        Conns[(localPort, hostPort)] = c;
        SendControl(c, VsockOp.Request, 0);
        return c;
    }

    public bool CanSend => _txFree.Count > 0;

    public void SendControl(GuestVsockConn c, VsockOp op, uint flags)
    {
        c.LastFwdSent = c.FwdCnt;
        SendRaw(c.LocalPort, c.PeerPort, op, flags, c.BufAlloc, c.FwdCnt, []);
    }

    /// <summary>Sends as much of <paramref name="data"/> as credit and one tx buffer allow; returns the bytes sent.</summary>
    public int SendData(GuestVsockConn c, ReadOnlySpan<byte> data)
    {
        int n = Math.Min(Math.Min(data.Length, c.PeerCredit), TxData);
        if (n == 0 || !CanSend)
        {
            return 0;
        }

        c.LastFwdSent = c.FwdCnt;
        SendRaw(c.LocalPort, c.PeerPort, VsockOp.Rw, 0, c.BufAlloc, c.FwdCnt, data[..n]);
        c.TxCnt += (uint)n;
        return n;
    }

    public void SendRaw(uint srcPort, uint dstPort, VsockOp op, uint flags, uint bufAlloc, uint fwdCnt, ReadOnlySpan<byte> payload, ulong srcCid = Cid, ushort type = VsockHeader.TypeStream)
    {
        // Like a real driver, wait for the device to hand tx buffers back: it may still be forwarding earlier ones
        // to a host socket that is momentarily full.
        if (_txFree.Count == 0)
        {
            SpinWait.SpinUntil(() =>
            {
                Pump();
                return _txFree.Count > 0;
            }, TimeSpan.FromSeconds(10));
        }

        _txFree.Count.Should().BePositive("the device never returned a tx buffer");
        ulong buf = _txFree.Dequeue();
        var h = new VsockHeader
        {
            SrcCid = srcCid,
            DstCid = VsockHeader.HostCid,
            SrcPort = srcPort,
            DstPort = dstPort,
            Len = (uint)payload.Length,
            Type = type,
            Op = op,
            Flags = flags,
            BufAlloc = bufAlloc,
            FwdCnt = fwdCnt,
        };
        h.WriteTo(Memory.GetWriteSpan(buf, VsockHeader.Size));
        Memory.WriteBytes(buf + VsockHeader.Size, payload);
        var segs = new List<Seg> { new(buf, VsockHeader.Size, false) };
        if (payload.Length > 0)
        {
            segs.Add(new Seg(buf + VsockHeader.Size, (uint)payload.Length, false));
        }

        ushort old = Tx.AvailIdx;
        _txInFlight[Tx.Add(segs)] = buf;
        Tx.KickIfNeeded(old, _eventIdx);
    }

    /// <summary>Pumps until <paramref name="done"/> holds; the guard only stops a broken device from hanging the run.</summary>
    public void RunUntil(Func<bool> done, Action? step = null, int guardSeconds = 30)
    {
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            Pump();
            step?.Invoke();
            if (done())
            {
                return;
            }

            if (guard.Elapsed > TimeSpan.FromSeconds(guardSeconds))
            {
                throw new TimeoutException($"vsock test guest made no progress to completion (device error: {Transport.LastError ?? "none"})");
            }

            Irq.WaitRaised(TimeSpan.FromMilliseconds(step == null ? 50 : 1));
        }
    }

    public void Dispose()
    {
        Transport.Dispose();
        Irq.Dispose();
        Memory.Dispose();
        foreach (GuestVsockConn c in Conns.Values)
        {
            c.Hash.Dispose();
        }
    }
}
