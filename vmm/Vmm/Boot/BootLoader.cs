// Loads a kernel, an optional initramfs and the generated device tree into guest RAM for a firmware-less boot.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Boot;

/// <summary>What the machine needs to start the boot hart, and what was placed where.</summary>
/// <param name="Plan">The layout used.</param>
/// <param name="DeviceTree">The device tree blob written at <see cref="BootPlan.DtbAddress"/>.</param>
public sealed record BootInfo(BootPlan Plan, byte[] DeviceTree)
{
    /// <summary>The boot hart's first pc.</summary>
    public ulong EntryPc => Plan.EntryPc;

    /// <summary>The device tree's address, passed in a1.</summary>
    public ulong DtbAddress => Plan.DtbAddress;
}

/// <summary>Copies the boot pieces into guest RAM.</summary>
public static class BootLoader
{
    /// <summary>
    /// Plans the layout, copies the kernel and initramfs, and writes the device tree for <paramref name="machine"/>
    /// with the initramfs range filled in.
    /// </summary>
    /// <param name="memory">Guest RAM; its base and size must match <paramref name="machine"/>.</param>
    /// <param name="kernel">The validated kernel Image.</param>
    /// <param name="initramfs">The initramfs bytes; empty for none.</param>
    /// <param name="machine">The machine description; its <see cref="MachineDescription.Initrd"/> is replaced.</param>
    /// <exception cref="BootLayoutException">A piece does not fit RAM.</exception>
    /// <exception cref="InvalidMachineDescriptionException">The description is invalid.</exception>
    public static BootInfo Load(GuestMemory memory, KernelImage kernel, ReadOnlySpan<byte> initramfs, MachineDescription machine)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(machine);
        if (machine.RamBase != memory.BaseAddress || machine.RamSize != memory.Size)
        {
            throw new BootLayoutException(
                $"the description says RAM 0x{machine.RamBase:x}+0x{machine.RamSize:x}, guest memory is 0x{memory.BaseAddress:x}+0x{memory.Size:x}");
        }

        BootPlan plan = BootLayout.Plan(memory.BaseAddress, memory.Size, kernel, (ulong)initramfs.Length);
        byte[] dtb = MachineDeviceTree.Build(machine with { Initrd = plan.Initrd });
        if ((ulong)dtb.Length > plan.DtbReserve)
        {
            throw new BootLayoutException($"the device tree of {dtb.Length} bytes exceeds its reserve of {plan.DtbReserve}");
        }

        memory.WriteBytes(plan.KernelAddress, kernel.Bytes.Span);
        if (plan.Initrd is { } initrd)
        {
            memory.WriteBytes(initrd.Start, initramfs);
        }

        memory.WriteBytes(plan.DtbAddress, dtb);
        return new BootInfo(plan, dtb);
    }
}
