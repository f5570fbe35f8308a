// The bounded byte FIFO behind device buffers: storage grows on demand, order survives growth and wrap-around, and
// the capacity stays the bound.
using Harness.Vmm.Devices;

namespace Harness.Vmm.Tests.Devices;

public class ByteRingTests
{
    [Test]
    public void Grows_past_its_first_storage_keeping_order_across_wrap_around_and_stops_at_the_capacity()
    {
        var ring = new ByteRing(1000);
        for (int i = 0; i < 200; i++)
        {
            ring.TryEnqueue((byte)i).Should().BeTrue();
        }

        for (int i = 0; i < 150; i++)
        {
            ring.Dequeue().Should().Be((byte)i); // the head is now well inside the first storage
        }

        byte[] more = [.. Enumerable.Range(200, 1000).Select(i => (byte)i)];
        ring.Enqueue(more).Should().Be(950, "50 were queued, so 950 more fit the capacity of 1,000");
        ring.Count.Should().Be(1000);
        ring.TryEnqueue(0).Should().BeFalse();
        ring.ToArray().Should().Equal(Enumerable.Range(150, 1000).Select(i => (byte)i));
        for (int i = 150; i < 1150; i++)
        {
            ring.Dequeue().Should().Be((byte)i);
        }

        ring.Count.Should().Be(0);
    }
}
