// The SiFive test device: power-off, reboot and failure commands, ignored values, widths, state round trip.
using Harness.Vmm.Devices;

namespace Harness.Vmm.Tests.Devices;

public class PowerControlTests
{
    [Test]
    public void Commands_are_decoded_and_reported()
    {
        var seen = new List<PowerRequest>();
        var device = new PowerControl(seen.Add);
        device.LastRequest.Kind.Should().Be(PowerRequestKind.None);

        device.Write(0, 4, 0x5555).Should().BeTrue();
        device.Write(0, 4, 0x7777).Should().BeTrue();
        device.Write(0, 4, (42u << 16) | 0x3333).Should().BeTrue();
        device.Write(0, 2, 0x3333).Should().BeTrue();

        seen.Should().Equal(
            new PowerRequest(PowerRequestKind.PowerOff, 0),
            new PowerRequest(PowerRequestKind.Reboot, 0),
            new PowerRequest(PowerRequestKind.Fail, 42),
            new PowerRequest(PowerRequestKind.Fail, 0));
        device.LastRequest.Should().Be(new PowerRequest(PowerRequestKind.Fail, 0));
    }

    [Test]
    public void Other_values_are_ignored_and_other_offsets_or_widths_fault()
    {
        var seen = new List<PowerRequest>();
        var device = new PowerControl(seen.Add);
        device.Write(0, 4, 0x1234).Should().BeTrue();
        device.Write(0, 4, 0x1_5555).Should().BeTrue("only the exact value powers off");
        seen.Should().BeEmpty();
        device.Write(4, 4, 0x5555).Should().BeFalse();
        device.Write(0, 1, 0x55).Should().BeFalse();
        device.Write(0, 8, 0x5555).Should().BeFalse();
        device.Read(0, 4, out ulong v).Should().BeTrue();
        v.Should().Be(0);
        device.Read(8, 4, out _).Should().BeFalse();
        seen.Should().BeEmpty();
    }

    [Test]
    public void State_round_trips_without_calling_the_handler()
    {
        var device = new PowerControl(_ => { });
        device.Write(0, 4, (7u << 16) | 0x3333);
        PowerControlState saved = StateClone.ThroughJson(device.Save());

        int calls = 0;
        var restored = new PowerControl(_ => calls++);
        restored.Restore(saved);
        restored.LastRequest.Should().Be(new PowerRequest(PowerRequestKind.Fail, 7));
        calls.Should().Be(0);
        restored.Write(0, 4, 0x5555);
        calls.Should().Be(1);
        restored.LastRequest.Kind.Should().Be(PowerRequestKind.PowerOff);
    }

    [Test]
    public void Restore_rejects_unknown_kinds_and_stray_codes()
    {
        var device = new PowerControl(_ => { });
        FluentActions.Invoking(() => device.Restore(new PowerControlState { LastKind = 9 }))
            .Should().Throw<InvalidDeviceStateException>();
        FluentActions.Invoking(() => device.Restore(new PowerControlState { LastKind = (int)PowerRequestKind.Reboot, LastFailCode = 3 }))
            .Should().Throw<InvalidDeviceStateException>();
    }
}
