// Random and mutated frames into the user-mode endpoint: nothing escapes its loop, and it keeps answering.
using System.Net;
using Harness.Vmm.Devices.Virtio.Net;
using static Harness.Vmm.Tests.Devices.Virtio.Net.GuestPacketKit;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

public class UserNetworkFuzzTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Random_and_mutated_frames_never_fault_the_endpoint(int seed)
    {
        var random = new Random(seed);
        using var peer = new UserNetPeer();
        // A live connection and a forward, so mutated segments also reach connection state machines.
        var listener = UserNetPeer.Listen();
        try
        {
            ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
            (uint seq, var host) = peer.Connect(listener, 41000, 500);
            using (host)
            {
                byte[][] seeds =
                [
                    ArpRequest(GatewayIp),
                    EchoRequest(1, 2, [1, 2, 3]),
                    Tcp(41000, port, 501, seq, Psh | Ack, payload: [1, 2, 3, 4, 5]),
                    Tcp(41000, port, 501, seq, Fin | Ack),
                    Tcp(41001, port, 9, 0, Syn, mss: 1460),
                    Tcp(41002, 1, 9, 0, Syn, mss: 1460),
                ];
                for (int i = 0; i < 5000; i++)
                {
                    byte[] frame;
                    if (random.Next(4) == 0)
                    {
                        frame = new byte[random.Next(0, 1600)];
                        random.NextBytes(frame);
                        if (frame.Length >= 14 && random.Next(2) == 0)
                        {
                            GatewayMac.CopyTo(frame);
                            frame[12] = 0x08;
                            frame[13] = (byte)(random.Next(2) == 0 ? 0x00 : 0x06);
                        }
                    }
                    else
                    {
                        frame = (byte[])seeds[random.Next(seeds.Length)].Clone();
                        int flips = random.Next(1, 4);
                        for (int f = 0; f < flips; f++)
                        {
                            frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
                        }

                        if (random.Next(8) == 0)
                        {
                            frame = frame[..random.Next(frame.Length)];
                        }
                    }

                    peer.Send(frame);
                }

                peer.Flush();
            }
        }
        finally
        {
            listener.Stop();
        }

        peer.Net.InternalErrors.Should().Be(0, peer.Net.LastInternalError);
        while (peer.Out.TryTake(out _))
        {
        }

        peer.Send(EchoRequest(9, 9, [9]));
        byte[] reply;
        do
        {
            reply = peer.Next();
        }
        while (reply.Length < 35 || reply[23] != 1);
        reply[34].Should().Be(0, "the endpoint still answers a ping after the fuzz");
    }
}
