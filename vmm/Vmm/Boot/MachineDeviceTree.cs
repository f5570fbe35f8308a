// Generates the device tree Linux boots from: harts and their interrupt controllers, RAM, the PLIC, the UART, the
// power control syscon and the virtio-mmio windows, laid out as on QEMU's `virt` board.
using System.Globalization;

namespace Harness.Vmm.Boot;

/// <summary>Builds the machine's DTB from a <see cref="MachineDescription"/>.</summary>
public static class MachineDeviceTree
{
    /// <summary>The console UART's node path, as /chosen/stdout-path names it.</summary>
    public static readonly string UartPath = "/soc/serial@" + Hex(VirtMemoryMap.UartBase);

    private static readonly string[] MmuTypes = ["riscv,sv39", "riscv,sv48", "riscv,sv57"];

    /// <summary>Validates <paramref name="machine"/> and writes its device tree blob.</summary>
    /// <exception cref="InvalidMachineDescriptionException">The description is inconsistent or out of range.</exception>
    public static byte[] Build(MachineDescription machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        Validate(machine);

        var w = new FdtWriter();
        var intc = new uint[machine.HartCount];
        for (int i = 0; i < intc.Length; i++)
        {
            intc[i] = w.AllocatePhandle();
        }

        uint plic = w.AllocatePhandle();
        uint syscon = w.AllocatePhandle();

        w.BeginNode("");
        w.PropertyU32("#address-cells", 2);
        w.PropertyU32("#size-cells", 2);
        w.PropertyString("compatible", "riscv-virtio");
        w.PropertyString("model", "harness,riscv-microvm");

        WriteChosen(w, machine);
        WriteMemory(w, machine);
        WriteCpus(w, machine, intc);
        if (machine.HasPowerControl)
        {
            WriteSysconAction(w, "poweroff", "syscon-poweroff", syscon, Devices.PowerControl.PowerOffCommand);
            WriteSysconAction(w, "reboot", "syscon-reboot", syscon, Devices.PowerControl.RebootCommand);
        }

        WriteSoc(w, machine, intc, plic, syscon);
        w.EndNode();
        return w.Finish();
    }

    private static void WriteChosen(FdtWriter w, MachineDescription m)
    {
        w.BeginNode("chosen");
        if (m.Bootargs.Length != 0)
        {
            w.PropertyString("bootargs", m.Bootargs);
        }

        w.PropertyString("stdout-path", UartPath);
        if (m.Initrd is { } initrd)
        {
            w.PropertyU64("linux,initrd-start", initrd.Start);
            w.PropertyU64("linux,initrd-end", initrd.End);
        }

        if (m.RngSeed is { Length: > 0 } seed)
        {
            w.PropertyBytes("rng-seed", seed);
        }

        w.EndNode();
    }

    private static void WriteMemory(FdtWriter w, MachineDescription m)
    {
        w.BeginNode("memory@" + Hex(m.RamBase));
        w.PropertyString("device_type", "memory");
        w.PropertyU64Array("reg", m.RamBase, m.RamSize);
        w.EndNode();
    }

    private static void WriteCpus(FdtWriter w, MachineDescription m, uint[] intc)
    {
        w.BeginNode("cpus");
        w.PropertyU32("#address-cells", 1);
        w.PropertyU32("#size-cells", 0);
        w.PropertyU32("timebase-frequency", VirtMemoryMap.TimebaseFrequency);
        for (int hart = 0; hart < m.HartCount; hart++)
        {
            w.BeginNode("cpu@" + Hex((ulong)hart));
            w.PropertyString("device_type", "cpu");
            w.PropertyU32("reg", (uint)hart);
            w.PropertyString("status", "okay");
            w.PropertyString("compatible", "riscv");
            w.PropertyString("riscv,isa", m.IsaString);
            w.PropertyString("mmu-type", m.MmuType);

            w.BeginNode("interrupt-controller");
            w.PropertyU32("#address-cells", 0);
            w.PropertyU32("#interrupt-cells", 1);
            w.PropertyEmpty("interrupt-controller");
            w.PropertyString("compatible", "riscv,cpu-intc");
            w.PropertyPhandle("phandle", intc[hart]);
            w.EndNode();

            w.EndNode();
        }

        w.EndNode();
    }

    // Linux's syscon-poweroff and syscon-reboot drivers match these nodes anywhere; QEMU puts them at the root.
    private static void WriteSysconAction(FdtWriter w, string name, string compatible, uint syscon, uint value)
    {
        w.BeginNode(name);
        w.PropertyString("compatible", compatible);
        w.PropertyPhandle("regmap", syscon);
        w.PropertyU32("offset", 0);
        w.PropertyU32("value", value);
        w.EndNode();
    }

    private static void WriteSoc(FdtWriter w, MachineDescription m, uint[] intc, uint plic, uint syscon)
    {
        w.BeginNode("soc");
        w.PropertyU32("#address-cells", 2);
        w.PropertyU32("#size-cells", 2);
        w.PropertyString("compatible", "simple-bus");
        w.PropertyEmpty("ranges");

        if (m.HasPowerControl)
        {
            w.BeginNode("test@" + Hex(VirtMemoryMap.PowerControlBase));
            w.PropertyStringList("compatible", "sifive,test1", "sifive,test0", "syscon");
            w.PropertyU64Array("reg", VirtMemoryMap.PowerControlBase, Devices.PowerControl.WindowSize);
            w.PropertyPhandle("phandle", syscon);
            w.EndNode();
        }

        w.BeginNode("serial@" + Hex(VirtMemoryMap.UartBase));
        w.PropertyString("compatible", "ns16550a");
        w.PropertyU64Array("reg", VirtMemoryMap.UartBase, Devices.Uart16550.WindowSize);
        w.PropertyU32("clock-frequency", VirtMemoryMap.UartClockFrequency);
        w.PropertyU32("interrupts", VirtMemoryMap.UartIrq);
        w.PropertyPhandle("interrupt-parent", plic);
        w.EndNode();

        foreach (VirtioMmioWindow v in m.VirtioWindows.OrderBy(v => v.Base))
        {
            w.BeginNode("virtio_mmio@" + Hex(v.Base));
            w.PropertyString("compatible", "virtio,mmio");
            w.PropertyU64Array("reg", v.Base, VirtMemoryMap.VirtioStride);
            w.PropertyU32("interrupts", v.Irq);
            w.PropertyPhandle("interrupt-parent", plic);
            w.EndNode();
        }

        w.BeginNode("plic@" + Hex(VirtMemoryMap.PlicBase));
        w.PropertyStringList("compatible", "sifive,plic-1.0.0", "riscv,plic0");
        w.PropertyU32("#address-cells", 0);
        w.PropertyU32("#interrupt-cells", 1);
        w.PropertyEmpty("interrupt-controller");
        w.PropertyU64Array("reg", VirtMemoryMap.PlicBase, Devices.Plic.WindowSize);
        w.PropertyU32("riscv,ndev", (uint)m.PlicSources);

        // Context i is hart i's supervisor external interrupt (cause 9): one S-mode context per hart.
        var extended = new uint[intc.Length * 2];
        for (int hart = 0; hart < intc.Length; hart++)
        {
            extended[hart * 2] = intc[hart];
            extended[(hart * 2) + 1] = 9;
        }

        w.PropertyU32Array("interrupts-extended", extended);
        w.PropertyPhandle("phandle", plic);
        w.EndNode();

        w.EndNode();
    }

    private static void Validate(MachineDescription m)
    {
        if (m.HartCount < 1 || m.HartCount > VirtMemoryMap.MaxHarts)
        {
            Fail($"hart count {m.HartCount} is outside 1..{VirtMemoryMap.MaxHarts}");
        }

        if (m.RamSize == 0 || (m.RamSize & 0xfff) != 0 || (m.RamBase & 0xfff) != 0)
        {
            Fail($"RAM 0x{m.RamBase:x}+0x{m.RamSize:x} must be non-empty and page-aligned");
        }

        if (m.RamBase + m.RamSize < m.RamBase)
        {
            Fail($"RAM 0x{m.RamBase:x}+0x{m.RamSize:x} wraps the address space");
        }

        ulong devicesEnd = VirtMemoryMap.VirtioBase + (VirtMemoryMap.VirtioSlots * VirtMemoryMap.VirtioStride);
        if (m.RamBase < devicesEnd && VirtMemoryMap.PowerControlBase < m.RamBase + m.RamSize)
        {
            Fail($"RAM 0x{m.RamBase:x}+0x{m.RamSize:x} overlaps the device windows");
        }

        if (m.Bootargs is null || m.Bootargs.Contains('\0', StringComparison.Ordinal))
        {
            Fail("bootargs must be a string without NUL");
        }

        if (m.Initrd is { } initrd)
        {
            ulong ramEnd = m.RamBase + m.RamSize;
            if (initrd.Start >= initrd.End || initrd.Start < m.RamBase || initrd.End > ramEnd)
            {
                Fail($"initrd [0x{initrd.Start:x}, 0x{initrd.End:x}) is empty or outside RAM [0x{m.RamBase:x}, 0x{ramEnd:x})");
            }
        }

        if (m.PlicSources < (int)VirtMemoryMap.UartIrq || m.PlicSources > Devices.Plic.MaxSourceCount)
        {
            Fail($"PLIC source count {m.PlicSources} must cover the UART's IRQ {VirtMemoryMap.UartIrq} and be at most {Devices.Plic.MaxSourceCount}");
        }

        ValidateVirtio(m);

        if (string.IsNullOrEmpty(m.IsaString) || !m.IsaString.StartsWith("rv64", StringComparison.Ordinal)
            || m.IsaString.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
        {
            Fail($"ISA string '{m.IsaString}' must be a lower-case rv64 string");
        }

        if (!MmuTypes.Contains(m.MmuType))
        {
            Fail($"MMU type '{m.MmuType}' is not one of {string.Join(", ", MmuTypes)}");
        }
    }

    private static void ValidateVirtio(MachineDescription m)
    {
        if (m.VirtioWindows is null)
        {
            Fail("the virtio window list is null");
            return;
        }

        var bases = new HashSet<ulong>();
        var irqs = new HashSet<uint>();
        foreach (VirtioMmioWindow v in m.VirtioWindows)
        {
            ulong slot = (v.Base - VirtMemoryMap.VirtioBase) / VirtMemoryMap.VirtioStride;
            if (v.Base < VirtMemoryMap.VirtioBase || (v.Base - VirtMemoryMap.VirtioBase) % VirtMemoryMap.VirtioStride != 0
                || slot >= VirtMemoryMap.VirtioSlots)
            {
                Fail($"virtio window 0x{v.Base:x} is not one of the {VirtMemoryMap.VirtioSlots} slots from 0x{VirtMemoryMap.VirtioBase:x}");
            }

            if (!bases.Add(v.Base))
            {
                Fail($"virtio window 0x{v.Base:x} is listed twice");
            }

            if (v.Irq == 0 || v.Irq > (uint)m.PlicSources || v.Irq == VirtMemoryMap.UartIrq || !irqs.Add(v.Irq))
            {
                Fail($"virtio window 0x{v.Base:x} IRQ {v.Irq} is outside 1..{m.PlicSources}, the UART's, or shared");
            }
        }
    }

    private static void Fail(string message) => throw new InvalidMachineDescriptionException(message);

    private static string Hex(ulong value) => value.ToString("x", CultureInfo.InvariantCulture);
}
