// Seeded fuzzing of virtio-net's chain parsing: random tx chains (headers, lengths, writable parts) and random rx
// chains with frames arriving from the backend. Nothing escapes, a reset device recovers, and a well-formed frame
// still goes through afterwards.
using Harness.Vmm.Devices.Virtio;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

public class VirtioNetFuzzTests
{
    [Test]
    public void Random_chains_never_escape_and_the_device_recovers()
    {
        var r = new Random(20261128);
        using var rig = new NetTestRig();
        int resets = 0;
        for (int iter = 0; iter < 3000; iter++)
        {
            bool tx = r.Next(2) == 0;
            int pieces = r.Next(1, 4);
            var segs = new List<Seg>();
            bool writableSeen = false;
            for (int i = 0; i < pieces; i++)
            {
                uint len = (uint)r.Next(0, 2000);
                ulong addr = rig.Driver.Alloc(Math.Max(len, 1));
                if (len > 0)
                {
                    r.NextBytes(rig.Memory.GetWriteSpan(addr, (int)len));
                    if (r.Next(3) == 0 && len >= 2)
                    {
                        rig.Memory.GetWriteSpan(addr, 2).Clear(); // a header with no offload asked for
                    }
                }

                bool writable = tx ? r.Next(10) == 0 : r.Next(10) != 0;
                writable |= writableSeen;
                writableSeen = writable;
                segs.Add(new Seg(addr, len, writable));
            }

            DriverQueue q = tx ? rig.Tx : rig.Rx;
            if (q.FreeCount >= segs.Count)
            {
                q.Add(segs);
                q.Kick();
            }

            if (r.Next(3) == 0)
            {
                var frame = new byte[r.Next(0, 1600)];
                r.NextBytes(frame);
                rig.Backend.Inject(frame);
            }

            while (rig.Tx.TryGetUsed(out _, out _) || rig.Rx.TryGetUsed(out _, out _))
            {
            }

            while (rig.Backend.Sent.TryTake(out _))
            {
            }

            if (rig.NeedsReset || rig.Tx.FreeCount == 0 || rig.Rx.FreeCount == 0 || iter % 500 == 499)
            {
                resets += rig.NeedsReset ? 1 : 0;
                rig.Start();
            }
        }

        resets.Should().BeGreaterThan(0, "some random chains are malformed");
        rig.Start();
        byte[] good = NetTestRig.Frame(200, 0x42);
        rig.SendFrame(good);
        rig.Backend.Sent.Take().Should().Equal(good);
        rig.PostRxBuffers(1);
        rig.Backend.Inject(good);
        rig.Received().Should().ContainSingle().Which.Frame.Should().Equal(good);
        rig.NeedsReset.Should().BeFalse();
    }
}
