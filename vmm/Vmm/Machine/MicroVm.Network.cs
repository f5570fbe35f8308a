// The machine's network device: which backend it gets and how callers reach that backend (port forwards on the
// user network, the TAP interface's addresses).
using Harness.Vmm.Bus;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Devices.Virtio.Net.Tap;
using Harness.Vmm.Devices.Virtio.Net.User;

namespace Harness.Vmm.Machine;

public sealed partial class MicroVm
{
    /// <summary>The virtio network device, or null when the VM has none.</summary>
    public VirtioNetDevice? Network => _virtio.FirstOrDefault(v => v.Kind == VirtioKind.Net)?.Transport.Device as VirtioNetDevice;

    /// <summary>The user-mode network (for <see cref="UserNetworkBackend.ForwardTcp"/>), or null unless the mode is User.</summary>
    public UserNetworkBackend? UserNetwork => Network?.Backend as UserNetworkBackend;

    /// <summary>The TAP interface (its name and addresses), or null unless the mode is Tap.</summary>
    public TapBackend? Tap => Network?.Backend as TapBackend;

    private VirtioMmioTransport CreateNetworkDevice(NetworkConfig network, IIrqLine line)
    {
        INetworkBackend backend = network.Mode switch
        {
            NetworkMode.User => new UserNetworkBackend((network.User ?? new UserNetworkOptions()) with { GuestMac = network.Mac }),
            NetworkMode.Tap => TapBackend.Create(),
            _ => throw new MicroVmConfigException($"network mode {(int)network.Mode} does not exist"),
        };
        return VirtioNetDevice.CreateMmio(Memory, line, backend, new VirtioNetOptions { Mac = network.Mac });
    }

    private static NetworkMode NetworkModeOf(VirtioNetDevice net) => net.Backend is TapBackend ? NetworkMode.Tap : NetworkMode.User;

    /// <summary>The network of a restored machine: the saved MAC and kind of backend, with a fresh backend (no forwards).</summary>
    private static NetworkConfig? RestoredNetworkConfig(Persist.MicroVmState state)
    {
        Persist.VirtioSlotState? slot = state.Virtio.FirstOrDefault(v => v.Kind == (int)VirtioKind.Net);
        return slot == null ? null : new NetworkConfig((NetworkMode)slot.NetMode, new MacAddress(slot.Net!.Mac));
    }

    private static void ValidateNetworkSlot(Persist.VirtioSlotState v)
    {
        if (v.Kind != (int)VirtioKind.Net)
        {
            return;
        }

        if (v.Net is null || v.Net.Mac is null || v.Net.Mac.Length != 6 || (v.Net.Mac[0] & 1) != 0 || !Enum.IsDefined((NetworkMode)v.NetMode))
        {
            throw new Persist.MachineStateException($"virtio slot {v.Slot} is a network device without a valid MAC and mode");
        }
    }
}
