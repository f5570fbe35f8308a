// virtio-net through a host-side driver: config space, frames both ways, held frames across pause, what a broken
// driver gets (NEEDS_RESET), and the state round trip.
using System.Buffers.Binary;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Net;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

public class VirtioNetDeviceTests
{
    [Test]
    public void Offers_mac_status_and_version_1_and_reports_mac_and_link()
    {
        var mac = MacAddress.Parse("02:00:00:aa:bb:cc");
        using var rig = new NetTestRig(new VirtioNetOptions { Mac = mac, QueueSize = 64 }, start: false);
        rig.Driver.ReadReg(VirtioMmioRegisters.DeviceId).Should().Be(VirtioNetDevice.NetDeviceId);
        ulong features = rig.Driver.ReadDeviceFeatures();
        (features & VirtioNetDevice.FeatureMac).Should().NotBe(0);
        (features & VirtioNetDevice.FeatureStatus).Should().NotBe(0);
        (features & VirtioFeatures.Version1).Should().NotBe(0);
        (features & 0x3fffUL & ~VirtioNetDevice.FeatureMac).Should().Be(0, "no checksum, GSO or MTU features are offered");
        var read = new byte[6];
        for (int i = 0; i < 6; i++)
        {
            read[i] = (byte)rig.Driver.ReadConfig((ulong)i, 1);
        }

        new MacAddress(read).Should().Be(mac);
        rig.Driver.ReadConfig(6, 2).Should().Be(VirtioNetDevice.StatusLinkUp);
        rig.Transport.Read(VirtioMmioRegisters.Config + 8, 2, out _).Should().BeFalse("config space ends after status");
    }

    [Test]
    public void A_transmitted_frame_reaches_the_backend_without_its_header()
    {
        using var rig = new NetTestRig();
        byte[] frame = NetTestRig.Frame(1514, 0x5a);
        rig.SendFrame(frame, pieces: 3);
        rig.SendFrame(NetTestRig.Frame(60, 0x11));
        rig.Backend.Sent.Count.Should().Be(2);
        rig.Backend.Sent.Take().Should().Equal(frame);
        rig.Backend.Sent.Take().Should().HaveCount(60);
        rig.Device.TxFrames.Should().Be(2);
        rig.NeedsReset.Should().BeFalse();
    }

    [Test]
    public void A_frame_shorter_than_an_ethernet_header_is_dropped_without_reset()
    {
        using var rig = new NetTestRig();
        rig.SendFrame(new byte[10]);
        rig.Backend.Sent.Should().BeEmpty();
        rig.Device.DroppedTxFrames.Should().Be(1);
        rig.NeedsReset.Should().BeFalse();
    }

    [Test]
    public void A_received_frame_lands_in_an_rx_buffer_with_a_zero_header_and_an_interrupt()
    {
        using var rig = new NetTestRig();
        rig.PostRxBuffers(4);
        int raises = rig.Irq.Raises;
        byte[] frame = NetTestRig.Frame(1514, 0x77);
        rig.Backend.Inject(frame);
        List<(byte[] Header, byte[] Frame)> got = rig.Received();
        got.Should().ContainSingle();
        got[0].Frame.Should().Equal(frame);
        got[0].Header[..10].Should().OnlyContain(b => b == 0);
        BinaryPrimitives.ReadUInt16LittleEndian(got[0].Header.AsSpan(10)).Should().Be(1, "num_buffers is 1 without MRG_RXBUF");
        rig.Irq.Raises.Should().BeGreaterThan(raises);
        rig.Device.RxFrames.Should().Be(1);
    }

    [Test]
    public void Frames_wait_for_rx_buffers_and_for_resume()
    {
        using var rig = new NetTestRig();
        rig.Backend.Inject(NetTestRig.Frame(100, 1));
        rig.Backend.Inject(NetTestRig.Frame(100, 2));
        rig.Device.PendingRxFrames.Should().Be(2);
        rig.PostRxBuffers(1);
        rig.Received().Select(r => r.Frame[20]).Should().Equal((byte)1);

        rig.Transport.Pause();
        rig.PostRxBuffers(2);
        rig.Backend.Inject(NetTestRig.Frame(100, 3));
        rig.Received().Should().BeEmpty("a paused device does not touch guest memory");
        rig.Transport.Resume();
        rig.Received().Select(r => r.Frame[20]).Should().Equal((byte)2, (byte)3);
    }

    [Test]
    public void Held_frames_are_bounded()
    {
        using var rig = new NetTestRig(new VirtioNetOptions { QueueSize = 64, MaxPendingFrames = 3 });
        for (int i = 0; i < 5; i++)
        {
            rig.Backend.Inject(NetTestRig.Frame(64, (byte)i));
        }

        rig.Device.PendingRxFrames.Should().Be(3);
        rig.Device.DroppedRxFrames.Should().Be(2);
    }

    [Test]
    public void An_rx_buffer_too_small_for_the_frame_is_returned_empty()
    {
        using var rig = new NetTestRig();
        rig.PostRxBuffers(1, size: 100);
        rig.PostRxBuffers(1);
        rig.Backend.Inject(NetTestRig.Frame(500, 9));
        List<(byte[] Header, byte[] Frame)> got = rig.Received();
        got.Should().HaveCount(1);
        got[0].Frame.Should().BeEmpty();
        rig.Device.DroppedRxFrames.Should().Be(1);
        rig.NeedsReset.Should().BeFalse();
    }

    [TestCase(1, 0, TestName = "Tx header asking for a checksum offload resets the device")]
    [TestCase(0, 1, TestName = "Tx header asking for GSO resets the device")]
    public void Offload_requests_that_were_not_offered_reset_the_device(byte flags, byte gso)
    {
        using var rig = new NetTestRig();
        rig.SendFrame(NetTestRig.Frame(60, 0), hdrFlags: flags, gsoType: gso);
        rig.NeedsReset.Should().BeTrue();
        rig.Backend.Sent.Should().BeEmpty();
    }

    [Test]
    public void A_tx_chain_shorter_than_the_header_resets_the_device()
    {
        using var rig = new NetTestRig();
        rig.SendRaw(new byte[8]);
        rig.NeedsReset.Should().BeTrue();
        rig.Transport.LastError.Should().Contain("tx chain");
    }

    [Test]
    public void A_tx_chain_with_a_writable_buffer_resets_the_device()
    {
        using var rig = new NetTestRig();
        ulong a = rig.Driver.Alloc(80);
        ulong b = rig.Driver.Alloc(80);
        rig.Tx.Add([new Seg(a, 80, false), new Seg(b, 80, true)]);
        rig.Tx.Kick();
        rig.NeedsReset.Should().BeTrue();
    }

    [Test]
    public void An_rx_chain_with_a_readable_buffer_resets_the_device()
    {
        using var rig = new NetTestRig();
        ulong a = rig.Driver.Alloc(NetTestRig.RxBufferSize);
        rig.Rx.Add([new Seg(a, NetTestRig.RxBufferSize, false)]);
        rig.Rx.Kick();
        rig.Backend.Inject(NetTestRig.Frame(60, 0));
        rig.NeedsReset.Should().BeTrue();
    }

    [Test]
    public void Link_down_raises_a_config_change()
    {
        using var rig = new NetTestRig();
        rig.Driver.AckInterrupt();
        rig.Device.SetLinkUp(false);
        rig.Driver.ReadConfig(6, 2).Should().Be(0);
        (rig.Driver.AckInterrupt() & VirtioInterrupt.ConfigChange).Should().NotBe(0u);
    }

    [Test]
    public void State_round_trips_and_no_frame_survives_it()
    {
        var mac = MacAddress.Parse("02:11:22:33:44:55");
        using var rig = new NetTestRig(new VirtioNetOptions { Mac = mac, QueueSize = 64 });
        rig.PostRxBuffers(2);
        rig.Device.SetLinkUp(false);
        rig.Transport.Pause();
        VirtioMmioState transport = rig.Transport.Save();
        VirtioNetState device = rig.Device.Save();
        device.Mac.Should().Equal(mac.ToArray());

        using var irq = new TestIrqLine();
        var backend = new RecordingNetworkBackend();
        using (var clone = VirtioNetDevice.CreateMmio(rig.Memory, irq, backend, new VirtioNetOptions { QueueSize = 64 }))
        {
            backend.Inject(NetTestRig.Frame(64, 1));
            clone.Restore(transport);
            clone.Device.Restore(device);
            clone.Save().Should().BeEquivalentTo(transport);
            clone.Device.Save().Should().BeEquivalentTo(device);
            clone.Device.Mac.Should().Be(mac);
            clone.Device.LinkUp.Should().BeFalse();
            clone.Device.PendingRxFrames.Should().Be(0);

            // The clone continues the same rx ring: the two posted buffers are still there.
            backend.Inject(NetTestRig.Frame(64, 7));
            rig.Received().Select(r => r.Frame[20]).Should().Equal((byte)7);
        }

        backend.Disposed.Should().BeTrue("the device owns its backend");
        using var other = new NetTestRig();
        FluentActions.Invoking(() => other.Device.Restore(device with { QueueSize = 8 })).Should().Throw<VirtioStateException>();
        FluentActions.Invoking(() => other.Device.Restore(device with { Mac = [1, 2, 3] })).Should().Throw<VirtioStateException>();
        FluentActions.Invoking(() => other.Device.Restore(device with { Mac = [1, 0, 0, 0, 0, 1] })).Should().Throw<VirtioStateException>();
        other.Device.Mac.Should().Be(MacAddress.DefaultGuest, "a refused restore changes nothing");
    }

    [Test]
    public void Options_are_validated()
    {
        FluentActions.Invoking(() => new VirtioNetDevice(new RecordingNetworkBackend(), new VirtioNetOptions { Mac = MacAddress.Broadcast }))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new VirtioNetDevice(new RecordingNetworkBackend(), new VirtioNetOptions { QueueSize = 3 }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MacAddress.Parse("52:54:00:12:34")).Should().Throw<FormatException>();
        MacAddress.Parse("52:54:00:12:34:56").ToString().Should().Be("52:54:00:12:34:56");
    }
}

public class VirtioNetUserNetworkTests
{
    [Test]
    public void Arp_and_ping_through_the_virtqueues_reach_the_user_endpoint_and_back()
    {
        var user = new Harness.Vmm.Devices.Virtio.Net.User.UserNetworkBackend();
        using var rig = new NetTestRig(backend: user);
        rig.PostRxBuffers(8);
        rig.SendFrame(GuestPacketKit.ArpRequest(GuestPacketKit.GatewayIp));
        rig.SendFrame(GuestPacketKit.EchoRequest(5, 6, [1, 2, 3]));
        var got = new List<byte[]>();
        rig.Irq.WaitRaised(UserNetPeer.Guard);
        SpinWait.SpinUntil(() =>
        {
            got.AddRange(rig.Received().Select(r => r.Frame));
            return got.Count >= 2;
        }, UserNetPeer.Guard);
        got.Should().HaveCount(2);
        BinaryPrimitives.ReadUInt16BigEndian(got[0].AsSpan(12)).Should().Be(0x0806);
        got[1][23].Should().Be(1, "an ICMP echo reply");
        got[1][34].Should().Be(0);
        rig.NeedsReset.Should().BeFalse();
    }
}
