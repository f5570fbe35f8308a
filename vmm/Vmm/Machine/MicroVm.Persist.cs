// Saving a paused machine's state and restoring it into a new machine over already-populated guest RAM.
using Harness.Vmm.Boot;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Devices;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Devices.Virtio.Vsock;
using Harness.Vmm.Machine.Sbi;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Vmm.Machine;

public sealed partial class MicroVm
{
    /// <summary>How many restores separate this VM from its original boot (0 for a booted VM).</summary>
    public ulong Generation { get; private set; }

    /// <summary>
    /// The snapshot this VM's memory is a diff against: the one it was restored from or last written to (null for a
    /// booted VM never snapshotted). Its dirty log holds exactly the pages written since. Setting it also tells each
    /// vCPU that its clean pages hold that snapshot's bytes (RiscVHart.MemoryImage.cs): set it only with that true,
    /// and while the VM is not running.
    /// </summary>
    public Harness.Snapshots.Format.SnapshotHash? SnapshotBase
    {
        get => _snapshotBase;
        set
        {
            _snapshotBase = value;
            int image = value is { } hash ? Cpu.RiscV.Translation.BlockCache.ImageOf(hash) : 0;
            foreach (Vcpu v in _vcpus)
            {
                v.Hart.SetMemoryImage(image);
            }
        }
    }

    private Harness.Snapshots.Format.SnapshotHash? _snapshotBase;

    /// <summary>Captures every vCPU and device. Only from a paused VM (or one never started), so nothing is in flight.</summary>
    /// <exception cref="InvalidOperationException">The VM is running or has exited.</exception>
    public MicroVmState SaveState()
    {
        lock (_gate)
        {
            if (_started && !IsPaused)
            {
                throw new InvalidOperationException("machine state can be saved only while the VM is paused");
            }

            if (_stopping)
            {
                throw new InvalidOperationException($"the VM has exited ({_exitReason}); its state can no longer be saved");
            }

            return new MicroVmState
            {
                Vcpus = Config.Vcpus,
                MemoryMiB = Config.MemoryMiB,
                CommandLine = Config.CommandLine,
                Harts = [.. _vcpus.Select(v => v.Hart.Save())],
                HartPower = [.. _vcpus.Select(v => new VcpuPowerState
                {
                    State = (int)v.PowerState,
                    StartAddress = v.StartAddress,
                    StartOpaque = v.StartOpaque,
                })],
                Plic = Plic.Save(),
                Uart = Uart.Save(),
                PowerControl = PowerControl.Save(),
                Clock = Clock.Save(),
                DeviceTree = DeviceTree,
                Generation = Generation,
                Virtio = [.. _virtio.Select(SaveSlot)],
            };
        }
    }

    private static VirtioSlotState SaveSlot(VirtioSlot v) => new()
    {
        Slot = v.Slot,
        Kind = (int)v.Kind,
        Transport = v.Transport.Save(),
        Block = (v.Transport.Device as VirtioBlockDevice)?.Save(),
        DiskPath = v.Disk?.Path,
        DiskReadOnly = v.Disk?.ReadOnly ?? false,
        DiskCopyOnWrite = v.Disk?.CopyOnWrite ?? false,
        Rng = (v.Transport.Device as VirtioRngDevice)?.Save(),
        Vsock = (v.Transport.Device as VirtioVsockDevice)?.Save(),
        Net = (v.Transport.Device as VirtioNetDevice)?.Save(),
        NetMode = v.Transport.Device is VirtioNetDevice net ? (int)NetworkModeOf(net) : 0,
    };

    /// <summary>
    /// Creates a VM (not started) from saved state over <paramref name="memory"/>, which must already hold the
    /// saved guest RAM. The new VM's <see cref="Generation"/> is the saved one plus one. Its vsock device listens
    /// on <paramref name="vsockUdsPath"/> (by default a private temporary socket, so clones never collide) and, when
    /// connections were open at save, sends the guest a transport reset, since host connections do not survive a
    /// snapshot. On failure the caller keeps ownership of <paramref name="memory"/>.
    /// </summary>
    /// <exception cref="MachineStateException">The state is inconsistent or does not fit <paramref name="memory"/>.</exception>
    public static MicroVm Restore(MicroVmState state, GuestMemory memory, string? vsockUdsPath = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(memory);
        Validate(state, memory);
        VirtioSlotState? vsockSlot = state.Virtio.FirstOrDefault(v => v.Kind == (int)VirtioKind.Vsock);
        var config = new MicroVmConfig
        {
            Vcpus = state.Vcpus,
            MemoryMiB = state.MemoryMiB,
            CommandLine = state.CommandLine,
            Entropy = state.Virtio.Any(v => v.Kind == (int)VirtioKind.Entropy),
            VsockUdsPath = vsockSlot == null ? null : vsockUdsPath ?? MicroVmConfig.AutomaticVsockPath,
            VsockGuestCid = vsockSlot?.Vsock?.GuestCid ?? 3,
            Network = RestoredNetworkConfig(state),
            Disks = [.. state.Virtio.Where(v => v.Kind == (int)VirtioKind.Block)
                .Select(v => new DiskConfig(v.DiskPath!, v.DiskReadOnly, v.DiskCopyOnWrite))],
        };
        MicroVm vm;
        try
        {
            vm = new MicroVm(config, memory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException or ArgumentException
                                       or Devices.Virtio.Net.Tap.TapUnavailableException)
        {
            // The devices are rebuilt from options taken out of the untrusted state; whatever they refuse is the state's fault.
            throw new MachineStateException($"a device of the saved machine cannot be recreated: {e.Message}", e);
        }

        try
        {
            // Interrupts flow device → PLIC → hart, and each restore overwrites what is downstream of it (the PLIC's
            // pending bits, the hart's mip). So harts first, then the PLIC, then the devices, whose restore may raise
            // a line: the vsock transport reset does, and an interrupt raised earlier would be lost.
            for (int i = 0; i < vm._vcpus.Length; i++)
            {
                Vcpu v = vm._vcpus[i];
                v.Hart.Restore(state.Harts[i]);
                v.PowerState = (HartPowerState)state.HartPower[i].State;
                v.StartAddress = state.HartPower[i].StartAddress;
                v.StartOpaque = state.HartPower[i].StartOpaque;
            }

            vm.Clock.Restore(state.Clock);
            vm.Plic.Restore(state.Plic);
            vm.Uart.Restore(state.Uart);
            vm.PowerControl.Restore(state.PowerControl);
            RestoreVirtio(vm, state);
        }
        catch (Exception e) when (e is HartStateException or InvalidDeviceStateException or GuestClockStateException
                                       or VirtioStateException or MachineStateException)
        {
            vm.DisposeDevices();
            throw e as MachineStateException ?? new MachineStateException($"machine state cannot be restored: {e.Message}", e);
        }

        vm.DeviceTree = state.DeviceTree;
        vm.Generation = state.Generation + 1;
        return vm;
    }

    private static void RestoreVirtio(MicroVm vm, MicroVmState state)
    {
        // The slot order is a function of the configuration, which was rebuilt from the state: check, then restore.
        if (vm._virtio.Count != state.Virtio.Length)
        {
            throw new MachineStateException($"machine state lists {state.Virtio.Length} virtio devices; its configuration makes {vm._virtio.Count}");
        }

        for (int i = 0; i < state.Virtio.Length; i++)
        {
            VirtioSlotState saved = state.Virtio[i];
            VirtioSlot slot = vm._virtio[i];
            if (saved.Slot != slot.Slot || saved.Kind != (int)slot.Kind)
            {
                throw new MachineStateException($"virtio slot {saved.Slot} holds kind {saved.Kind} in the state but {slot.Kind} in slot {slot.Slot} here");
            }

            slot.Transport.Restore(saved.Transport);
            switch (slot.Transport.Device)
            {
                case VirtioBlockDevice block:
                    block.Restore(saved.Block ?? throw new MachineStateException($"virtio slot {saved.Slot} lacks its block state"));
                    break;
                case VirtioRngDevice rng:
                    rng.Restore(saved.Rng ?? throw new MachineStateException($"virtio slot {saved.Slot} lacks its entropy state"));
                    break;
                case VirtioNetDevice net:
                    net.Restore(saved.Net ?? throw new MachineStateException($"virtio slot {saved.Slot} lacks its network state"));
                    break;
                case VirtioVsockDevice vsock:
                    vsock.Restore(saved.Vsock ?? throw new MachineStateException($"virtio slot {saved.Slot} lacks its vsock state"));
                    if (vsock.TransportResetPending)
                    {
                        vsock.SendTransportReset();
                    }

                    break;
            }
        }
    }

    private static void Validate(MicroVmState state, GuestMemory memory)
    {
        if (state.Vcpus is < MicroVmConfig.MinVcpus or > MicroVmConfig.MaxVcpus)
        {
            throw new MachineStateException($"machine state has {state.Vcpus} vCPUs; a machine has 1 to 8");
        }

        if (state.MemoryMiB is < MicroVmConfig.MinMemoryMiB or > MicroVmConfig.MaxMemoryMiB)
        {
            throw new MachineStateException($"machine state has {state.MemoryMiB} MiB of RAM, outside 32 to 4096");
        }

        if (memory.BaseAddress != VirtMemoryMap.RamBase || memory.Size != (ulong)state.MemoryMiB << 20)
        {
            throw new MachineStateException(
                $"machine state needs {state.MemoryMiB} MiB of RAM at 0x{VirtMemoryMap.RamBase:x}; the memory given is 0x{memory.Size:x} bytes at 0x{memory.BaseAddress:x}");
        }

        if (state.Harts is null || state.Harts.Length != state.Vcpus || state.HartPower is null || state.HartPower.Length != state.Vcpus)
        {
            throw new MachineStateException($"machine state must hold exactly {state.Vcpus} hart states and HSM states");
        }

        if (state.Harts.Any(h => h is null) || state.HartPower.Any(p => p is null)
            || state.Plic is null || state.Uart is null || state.PowerControl is null || state.Clock is null)
        {
            throw new MachineStateException("machine state is missing a hart or device section");
        }

        foreach (VcpuPowerState p in state.HartPower)
        {
            if (!Enum.IsDefined((HartPowerState)p.State))
            {
                throw new MachineStateException($"machine state has HSM state {p.State}, which does not exist");
            }
        }

        if (!state.HartPower.Any(p => p.State != (int)HartPowerState.Stopped))
        {
            throw new MachineStateException("machine state has every hart stopped; nothing could ever run");
        }

        if (state.CommandLine is null || state.DeviceTree is null || state.Virtio is null || state.Virtio.Any(v => v?.Transport is null))
        {
            throw new MachineStateException("machine state lacks its command line, device tree or a virtio section");
        }

        if (state.Virtio.Length > VirtMemoryMap.VirtioSlots)
        {
            throw new MachineStateException($"machine state lists {state.Virtio.Length} virtio devices; a machine has {VirtMemoryMap.VirtioSlots} slots");
        }

        foreach (VirtioSlotState v in state.Virtio)
        {
            if (!Enum.IsDefined((VirtioKind)v.Kind))
            {
                throw new MachineStateException($"virtio slot {v.Slot} has device kind {v.Kind}, which does not exist");
            }

            ValidateNetworkSlot(v);
            if (v.Kind == (int)VirtioKind.Block && string.IsNullOrEmpty(v.DiskPath))
            {
                throw new MachineStateException($"virtio slot {v.Slot} is a disk without an image path");
            }

            if (v.Kind == (int)VirtioKind.Vsock && v.Vsock is not { GuestCid: >= 3 and < uint.MaxValue })
            {
                throw new MachineStateException($"virtio slot {v.Slot} is a vsock device without its state or with a reserved guest CID");
            }
        }
    }
}
