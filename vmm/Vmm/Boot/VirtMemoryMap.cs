// The machine's fixed physical layout, the one QEMU's riscv `virt` board uses, which Linux already knows.
namespace Harness.Vmm.Boot;

/// <summary>Addresses, sizes and interrupt numbers of the machine's platform devices.</summary>
public static class VirtMemoryMap
{
    /// <summary>Start of guest RAM.</summary>
    public const ulong RamBase = 0x8000_0000;

    /// <summary>The SiFive test / syscon device (power off, reboot, fail).</summary>
    public const ulong PowerControlBase = 0x10_0000;

    /// <summary>The PLIC.</summary>
    public const ulong PlicBase = 0x0c00_0000;

    /// <summary>The console UART.</summary>
    public const ulong UartBase = 0x1000_0000;

    /// <summary>PLIC source of the console UART.</summary>
    public const uint UartIrq = 10;

    /// <summary>First virtio-mmio window.</summary>
    public const ulong VirtioBase = 0x1000_1000;

    /// <summary>Size of, and distance between, virtio-mmio windows.</summary>
    public const ulong VirtioStride = 0x1000;

    /// <summary>Number of virtio-mmio windows the map has room for (IRQs 1..8, below the UART's 10).</summary>
    public const int VirtioSlots = 8;

    /// <summary>PLIC source of the first virtio-mmio window; window i uses source 1 + i.</summary>
    public const uint VirtioFirstIrq = 1;

    /// <summary>Sources the PLIC implements by default (the device tree's riscv,ndev).</summary>
    public const int DefaultPlicSources = 31;

    /// <summary>Guest timebase: the rate of the time CSR and of SBI timer deadlines.</summary>
    public const uint TimebaseFrequency = 10_000_000;

    /// <summary>Most harts the machine supports.</summary>
    public const int MaxHarts = 8;

    /// <summary>Input clock the device tree gives the UART (any value works: Linux only derives divisors from it).</summary>
    public const uint UartClockFrequency = 3_686_400;

    /// <summary>The guest-physical window of virtio-mmio slot <paramref name="slot"/> (0-based) and its IRQ.</summary>
    public static VirtioMmioWindow VirtioWindow(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, VirtioSlots);
        return new VirtioMmioWindow(VirtioBase + (ulong)slot * VirtioStride, VirtioFirstIrq + (uint)slot);
    }
}

/// <summary>A virtio-mmio transport window: its base address (size <see cref="VirtMemoryMap.VirtioStride"/>) and PLIC source.</summary>
public readonly record struct VirtioMmioWindow(ulong Base, uint Irq);
