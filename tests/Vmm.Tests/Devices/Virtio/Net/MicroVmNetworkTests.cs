// The network device inside a machine: slot order, the backend exposed on the VM, its state carried through
// MicroVmState into a restored clone, and corrupt network state refused.
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Devices.Virtio.Net.Tap;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;
using Harness.Vmm.Tests.Machine.Programs;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

public class MicroVmNetworkTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("net-vm-test").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private MicroVmBuilder Builder()
    {
        string path = Path.Combine(_dir, "Image");
        File.WriteAllBytes(path, GuestPrograms.Build(GuestPrograms.Spin));
        string disk = Path.Combine(_dir, "disk.img");
        File.WriteAllBytes(disk, new byte[4096]);
        return new MicroVmBuilder().WithKernel(path).WithMemoryMiB(32).WithDisk(disk, copyOnWrite: true);
    }

    private static unsafe GuestMemory CopyOf(GuestMemory source)
    {
        var copy = GuestMemory.CreateAnonymous(source.BaseAddress, source.Size);
        Buffer.MemoryCopy(source.Pointer, copy.Pointer, (long)copy.Size, (long)source.Size);
        return copy;
    }

    [Test]
    public async Task The_network_sits_between_entropy_and_disks_and_its_state_reaches_a_clone()
    {
        var mac = MacAddress.Parse("02:aa:bb:cc:dd:ee");
        await using MicroVm vm = Builder().WithNetwork(NetworkMode.User, mac).Build();
        vm.VirtioDevices.Select(d => d.DeviceId).Should().Equal(
            VirtioDeviceIds.Vsock, VirtioDeviceIds.Entropy, VirtioNetDevice.NetDeviceId, VirtioDeviceIds.Block);
        vm.UserNetwork.Should().NotBeNull();
        vm.UserNetwork!.Options.GuestMac.Should().Be(mac);
        vm.Tap.Should().BeNull();
        vm.Network!.Mac.Should().Be(mac);

        MicroVmState state = MicroVmStateCodec.Decode(MicroVmStateCodec.Encode(vm.SaveState()));
        VirtioSlotState slot = state.Virtio[2];
        slot.Kind.Should().Be((int)VirtioKind.Net);
        slot.NetMode.Should().Be((int)NetworkMode.User);
        slot.Net!.Mac.Should().Equal(mac.ToArray());

        GuestMemory memory = CopyOf(vm.Memory);
        await using MicroVm clone = MicroVm.Restore(state, memory);
        clone.Network!.Mac.Should().Be(mac);
        clone.UserNetwork.Should().NotBeNull().And.NotBeSameAs(vm.UserNetwork, "every clone has its own endpoint");
        clone.SaveState().Virtio[2].Net.Should().BeEquivalentTo(slot.Net);
    }

    [Test]
    public async Task Corrupt_network_state_is_refused()
    {
        await using MicroVm vm = Builder().WithNetwork(NetworkMode.User).Build();
        MicroVmState state = vm.SaveState();
        VirtioSlotState slot = state.Virtio[2];
        MicroVmState With(VirtioSlotState s) => new()
        {
            Vcpus = state.Vcpus, MemoryMiB = state.MemoryMiB, CommandLine = state.CommandLine, Harts = state.Harts,
            HartPower = state.HartPower, Plic = state.Plic, Uart = state.Uart, PowerControl = state.PowerControl,
            Clock = state.Clock, DeviceTree = state.DeviceTree, Virtio = [state.Virtio[0], state.Virtio[1], s, state.Virtio[3]],
        };

        foreach (VirtioSlotState bad in new[]
                 {
                     new VirtioSlotState { Slot = slot.Slot, Kind = slot.Kind, Transport = slot.Transport, Net = slot.Net, NetMode = 7 },
                     new VirtioSlotState { Slot = slot.Slot, Kind = slot.Kind, Transport = slot.Transport, Net = null, NetMode = 1 },
                     new VirtioSlotState { Slot = slot.Slot, Kind = slot.Kind, Transport = slot.Transport, Net = slot.Net! with { Mac = [1] }, NetMode = 1 },
                     new VirtioSlotState { Slot = slot.Slot, Kind = slot.Kind, Transport = slot.Transport, Net = slot.Net! with { Mac = [1, 0, 0, 0, 0, 1] }, NetMode = 1 },
                 })
        {
            using GuestMemory memory = CopyOf(vm.Memory);
            FluentActions.Invoking(() => MicroVm.Restore(With(bad), memory)).Should().Throw<MachineStateException>();
        }
    }

    [Test]
    public void Invalid_network_settings_are_refused_at_build()
    {
        FluentActions.Invoking(() => Builder().WithNetwork(NetworkMode.User, MacAddress.Broadcast).BuildConfig())
            .Should().Throw<MicroVmConfigException>();
        FluentActions.Invoking(() => Builder().WithNetwork((NetworkMode)9).BuildConfig()).Should().Throw<MicroVmConfigException>();
        FluentActions.Invoking(() => Builder().WithNetwork(NetworkMode.User, MacAddress.Parse("52:55:0a:00:02:02")).BuildConfig())
            .Should().Throw<MicroVmConfigException>("the guest cannot share the gateway's MAC");
        FluentActions.Invoking(() => Builder().WithNetwork(NetworkMode.Tap, userOptions: new()).BuildConfig())
            .Should().Throw<MicroVmConfigException>();
        Builder().WithNetwork(NetworkMode.User).WithoutNetwork().BuildConfig().Network.Should().BeNull();
    }

    [Test]
    public async Task A_tap_network_gets_its_own_interface_which_goes_away_with_the_vm()
    {
        Assume.That(TapBackend.IsAvailable(out string reason), Is.True, $"TAP is not available here: {reason}");
        string name;
        await using (MicroVm vm = Builder().WithNetwork(NetworkMode.Tap).Build())
        {
            TapBackend tap = vm.Tap!;
            name = tap.InterfaceName;
            Directory.Exists($"/sys/class/net/{name}").Should().BeTrue();
            tap.PrefixLength.Should().Be(30);
            tap.HostAddress.ToString().Should().StartWith("10.213.");
            System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces().Single(n => n.Name == name)
                .GetIPProperties().UnicastAddresses.Select(a => a.Address).Should().Contain(tap.HostAddress);
        }

        Directory.Exists($"/sys/class/net/{name}").Should().BeFalse("the interface is removed with the VM");
    }
}
