// Guest RAM bounds, dirty tracking and typed errors.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Memory;

public class GuestMemoryTests
{
    private const ulong Base = 0x8000_0000;

    [Test]
    public void Fresh_memory_is_zero_and_clean()
    {
        using var mem = GuestMemory.CreateAnonymous(Base, 1 << 20);
        mem.Read<ulong>(Base + 0x1234).Should().Be(0);
        mem.CountDirtyPages().Should().Be(0);
        mem.PageCount.Should().Be(256);
    }

    [Test]
    public void Writes_round_trip_and_mark_exactly_the_touched_pages_dirty()
    {
        using var mem = GuestMemory.CreateAnonymous(Base, 1 << 20);
        mem.Write<uint>(Base + 0x1ffe, 0xdeadbeef); // straddles pages 1 and 2
        mem.Read<uint>(Base + 0x1ffe).Should().Be(0xdeadbeef);
        mem.IsPageDirty(0).Should().BeFalse();
        mem.IsPageDirty(1).Should().BeTrue();
        mem.IsPageDirty(2).Should().BeTrue();
        mem.CountDirtyPages().Should().Be(2);

        long epoch = mem.DirtyEpoch;
        mem.ClearDirtyLog();
        mem.CountDirtyPages().Should().Be(0);
        mem.DirtyEpoch.Should().Be(epoch + 1);
    }

    [TestCase(Base - 1, 4)]
    [TestCase(Base + (1 << 20) - 3, 4)]
    [TestCase(ulong.MaxValue - 1, 4)]
    [TestCase(0UL, 16)]
    public void Accesses_outside_ram_throw_a_typed_error(ulong address, int length)
    {
        using var mem = GuestMemory.CreateAnonymous(Base, 1 << 20);
        FluentActions.Invoking(() => mem.GetWriteSpan(address, length)).Should().Throw<GuestMemoryException>()
            .Which.Address.Should().Be(address);
        FluentActions.Invoking(() => mem.GetReadSpan(address, length).ToArray()).Should().Throw<GuestMemoryException>();
        mem.Contains(address, (ulong)length).Should().BeFalse();
    }

    [Test]
    public void The_last_byte_is_reachable_and_one_past_it_is_not()
    {
        using var mem = GuestMemory.CreateAnonymous(Base, 1 << 20);
        mem.Contains(Base + (1 << 20) - 1, 1).Should().BeTrue();
        mem.Contains(Base + (1 << 20), 1).Should().BeFalse();
        mem.Contains(Base + (1 << 20), 0).Should().BeTrue();
    }
}
