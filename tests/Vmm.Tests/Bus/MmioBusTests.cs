// Window registration, lookup and unmapped-access accounting of the MMIO bus.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Tests.Bus;

public class MmioBusTests
{
    private sealed class Register : IMmioDevice
    {
        public ulong Value;
        public ulong LastOffset;

        public bool Read(ulong offset, int size, out ulong value)
        {
            LastOffset = offset;
            value = Value;
            return size == 4;
        }

        public bool Write(ulong offset, int size, ulong value)
        {
            LastOffset = offset;
            Value = value;
            return size == 4;
        }
    }

    [Test]
    public void Devices_see_offsets_inside_their_window()
    {
        var bus = new MmioBus();
        var a = new Register();
        var b = new Register();
        bus.Register(0x1000_0000, 0x100, a, "uart");
        bus.Register(0x0c00_0000, 0x400_0000, b, "plic");

        bus.Write(0x1000_0010, 4, 7).Should().BeTrue();
        a.LastOffset.Should().Be(0x10);
        a.Value.Should().Be(7);
        bus.Read(0x0c00_2004, 4, out _).Should().BeTrue();
        b.LastOffset.Should().Be(0x2004);
        bus.UnmappedAccesses.Should().Be(0);
    }

    [Test]
    public void Overlapping_windows_are_rejected_with_both_names()
    {
        var bus = new MmioBus();
        bus.Register(0x1000, 0x1000, new Register(), "first");
        FluentActions.Invoking(() => bus.Register(0x1800, 0x1000, new Register(), "second"))
            .Should().Throw<ArgumentException>().WithMessage("*second*first*");
        FluentActions.Invoking(() => bus.Register(ulong.MaxValue - 10, 0x100, new Register(), "wraps"))
            .Should().Throw<ArgumentException>();
        bus.Register(0x2000, 0x1000, new Register(), "adjacent");
        bus.Windows.Should().HaveCount(2);
    }

    [Test]
    public void Unmapped_and_refused_accesses_fail_and_are_counted()
    {
        var bus = new MmioBus();
        bus.Register(0x1000, 0x10, new Register(), "dev");
        bus.Read(0x5000, 4, out ulong v).Should().BeFalse();
        v.Should().Be(0);
        bus.Write(0x100e, 4, 1).Should().BeFalse(); // runs past the window's end
        bus.Read(0x1000, 8, out _).Should().BeFalse(); // device refuses the width
        bus.UnmappedAccesses.Should().Be(3);
    }
}
