// The machine's device tree, decompiled by dtc, and compared in shape with the one QEMU's virt board generates.
using System.Diagnostics;
using Harness.Vmm.Boot;

namespace Harness.Vmm.Tests.Boot;

public class MachineDeviceTreeTests
{
    private static readonly MachineDescription TwoHarts = new()
    {
        HartCount = 2,
        RamSize = 256UL << 20,
        Bootargs = "console=ttyS0 quiet",
        Initrd = new InitrdRange(0x8f00_0000, 0x8f04_0000),
        VirtioWindows = [VirtMemoryMap.VirtioWindow(0), VirtMemoryMap.VirtioWindow(1)],
    };

    [Test]
    public void Harts_carry_the_timebase_isa_mmu_and_an_interrupt_controller()
    {
        DtsTree t = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(TwoHarts)));
        t.Prop("/cpus", "timebase-frequency").Should().Be("<0x989680>");
        t.Prop("/cpus", "#address-cells").Should().Be("<0x01>");
        t.Prop("/cpus", "#size-cells").Should().Be("<0x00>");
        for (int hart = 0; hart < 2; hart++)
        {
            string cpu = $"/cpus/cpu@{hart}";
            t.Prop(cpu, "device_type").Should().Be("\"cpu\"");
            t.Prop(cpu, "reg").Should().Be($"<0x{hart:x2}>");
            t.Prop(cpu, "status").Should().Be("\"okay\"");
            t.Prop(cpu, "compatible").Should().Be("\"riscv\"");
            t.Prop(cpu, "riscv,isa").Should().Be("\"rv64imafdc\"");
            t.Prop(cpu, "mmu-type").Should().Be("\"riscv,sv39\"");
            string intc = cpu + "/interrupt-controller";
            t.Prop(intc, "compatible").Should().Be("\"riscv,cpu-intc\"");
            t.Prop(intc, "#interrupt-cells").Should().Be("<0x01>");
            t[intc].Should().ContainKey("interrupt-controller");
            t.Prop(intc, "phandle").Should().Be($"<0x{hart + 1:x2}>");
        }

        t.Has("/cpus/cpu@2").Should().BeFalse();
    }

    [Test]
    public void Plic_routes_each_hart_s_external_interrupt_and_devices_name_it_as_parent()
    {
        DtsTree t = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(TwoHarts)));
        const string plic = "/soc/plic@c000000";
        t.Prop(plic, "compatible").Should().Be("\"sifive,plic-1.0.0\\0riscv,plic0\"");
        t.Prop(plic, "interrupts-extended").Should().Be("<0x01 0x09 0x02 0x09>");
        t.Prop(plic, "riscv,ndev").Should().Be("<0x1f>");
        t.Prop(plic, "reg").Should().Be("<0x00 0xc000000 0x00 0x4000000>");
        t.Prop(plic, "#interrupt-cells").Should().Be("<0x01>");
        t[plic].Should().ContainKey("interrupt-controller");
        string plicPhandle = t.Prop(plic, "phandle");

        const string uart = "/soc/serial@10000000";
        t.Prop(uart, "compatible").Should().Be("\"ns16550a\"");
        t.Prop(uart, "reg").Should().Be("<0x00 0x10000000 0x00 0x100>");
        t.Prop(uart, "interrupts").Should().Be("<0x0a>");
        t.Prop(uart, "interrupt-parent").Should().Be(plicPhandle);
        t[uart].Should().ContainKey("clock-frequency");

        t.Prop("/soc/virtio_mmio@10001000", "interrupts").Should().Be("<0x01>");
        t.Prop("/soc/virtio_mmio@10002000", "interrupts").Should().Be("<0x02>");
        t.Prop("/soc/virtio_mmio@10002000", "reg").Should().Be("<0x00 0x10002000 0x00 0x1000>");
        t.Prop("/soc/virtio_mmio@10002000", "compatible").Should().Be("\"virtio,mmio\"");
        t.Prop("/soc/virtio_mmio@10002000", "interrupt-parent").Should().Be(plicPhandle);
        t.Has("/soc/virtio_mmio@10003000").Should().BeFalse();
        t.Prop("/soc", "compatible").Should().Be("\"simple-bus\"");
        t["/soc"].Should().ContainKey("ranges");
    }

    [Test]
    public void Memory_chosen_and_power_nodes_are_present()
    {
        DtsTree t = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(TwoHarts with { RngSeed = [1, 2, 3] })));
        t.Prop("/memory@80000000", "device_type").Should().Be("\"memory\"");
        t.Prop("/memory@80000000", "reg").Should().Be("<0x00 0x80000000 0x00 0x10000000>");
        t.Prop("/chosen", "bootargs").Should().Be("\"console=ttyS0 quiet\"");
        t.Prop("/chosen", "stdout-path").Should().Be("\"/soc/serial@10000000\"");
        t.Prop("/chosen", "linux,initrd-start").Should().Be("<0x00 0x8f000000>");
        t.Prop("/chosen", "linux,initrd-end").Should().Be("<0x00 0x8f040000>");
        t.Prop("/chosen", "rng-seed").Should().Be("[01 02 03]");

        const string test = "/soc/test@100000";
        t.Prop(test, "compatible").Should().Be("\"sifive,test1\\0sifive,test0\\0syscon\"");
        t.Prop(test, "reg").Should().Be("<0x00 0x100000 0x00 0x1000>");
        string syscon = t.Prop(test, "phandle");
        t.Prop("/poweroff", "compatible").Should().Be("\"syscon-poweroff\"");
        t.Prop("/poweroff", "regmap").Should().Be(syscon);
        t.Prop("/poweroff", "value").Should().Be("<0x5555>");
        t.Prop("/reboot", "compatible").Should().Be("\"syscon-reboot\"");
        t.Prop("/reboot", "value").Should().Be("<0x7777>");
        t.Prop("/", "#address-cells").Should().Be("<0x02>");
    }

    [Test]
    public void Optional_pieces_are_left_out_when_absent()
    {
        var minimal = new MachineDescription { RamSize = 64UL << 20, HasPowerControl = false, MmuType = "riscv,sv48" };
        DtsTree t = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(minimal)));
        t.Has("/poweroff").Should().BeFalse();
        t.Has("/soc/test@100000").Should().BeFalse();
        t["/chosen"].Should().NotContainKey("bootargs");
        t["/chosen"].Should().NotContainKey("linux,initrd-start");
        t.Paths.Should().NotContain(p => p.Contains("virtio", StringComparison.Ordinal));
        t.Prop("/cpus/cpu@0", "mmu-type").Should().Be("\"riscv,sv48\"");
        t.Prop("/soc/plic@c000000", "interrupts-extended").Should().Be("<0x01 0x09>");
    }

    [Test]
    public void Eight_harts_each_get_a_cpu_and_a_plic_context()
    {
        DtsTree t = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(TwoHarts with { HartCount = 8 })));
        t.Paths.Count(p => p.StartsWith("/cpus/cpu@", StringComparison.Ordinal) && !p.EndsWith("controller", StringComparison.Ordinal))
            .Should().Be(8);
        t.Prop("/soc/plic@c000000", "interrupts-extended").Should()
            .Be("<" + string.Join(" ", Enumerable.Range(1, 8).Select(i => $"0x{i:x2} 0x09")) + ">");
    }

    [Test]
    public void Device_nodes_match_qemu_virt_in_path_compatible_reg_and_interrupts()
    {
        string path = Path.Combine(Path.GetTempPath(), $"harness-virt-{Guid.NewGuid():N}.dtb");
        try
        {
            var start = new ProcessStartInfo("qemu-system-riscv64") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[] { "-M", $"virt,dumpdtb={path}", "-smp", "2", "-m", "256M", "-nographic", "-nodefaults" })
            {
                start.ArgumentList.Add(arg);
            }

            using (Process qemu = Process.Start(start)!)
            {
                qemu.WaitForExit(30_000).Should().BeTrue("QEMU only dumps its device tree and exits");
            }

            // QEMU's own tree draws dtc warnings (its cpu interrupt controllers lack #address-cells); ours must not.
            DtsTree qemuTree = DtsTree.Parse(Dtc.Decompile(File.ReadAllBytes(path), allowWarnings: true));
            DtsTree ours = DtsTree.Parse(Dtc.Decompile(MachineDeviceTree.Build(TwoHarts with
            {
                VirtioWindows = [.. Enumerable.Range(0, VirtMemoryMap.VirtioSlots).Select(VirtMemoryMap.VirtioWindow)],
            })));

            string[] devices =
            [
                "/soc/serial@10000000", "/soc/test@100000", "/soc/plic@c000000", "/memory@80000000",
                .. Enumerable.Range(1, 8).Select(i => $"/soc/virtio_mmio@1000{i}000"),
            ];
            foreach (string node in devices)
            {
                qemuTree.Has(node).Should().BeTrue($"QEMU has {node}");
                foreach (string prop in new[] { "compatible", "interrupts", "device_type" })
                {
                    if (qemuTree[node].TryGetValue(prop, out string? expected))
                    {
                        ours.Prop(node, prop).Should().Be(expected, $"{node} {prop} as QEMU has it");
                    }
                }

                if (node != "/soc/plic@c000000")
                {
                    ours.Prop(node, "reg").Should().Be(qemuTree.Prop(node, "reg"), $"{node} sits where QEMU puts it");
                }
            }

            ours.Prop("/cpus", "timebase-frequency").Should().Be(qemuTree.Prop("/cpus", "timebase-frequency"));
            ours.Prop("/chosen", "stdout-path").Should().Be(qemuTree.Prop("/chosen", "stdout-path"));
            ours.Prop("/poweroff", "value").Should().Be(qemuTree.Prop("/poweroff", "value"));
            ours.Prop("/reboot", "value").Should().Be(qemuTree.Prop("/reboot", "value"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Invalid_descriptions_are_rejected_with_the_field_named()
    {
        MachineDescription ok = TwoHarts;
        (MachineDescription Description, string Names)[] bad =
        [
            (ok with { HartCount = 0 }, "*hart count*"),
            (ok with { HartCount = 9 }, "*hart count*"),
            (ok with { RamSize = 0 }, "*RAM*"),
            (ok with { RamSize = 0x1234 }, "*RAM*"),
            (ok with { RamBase = 0x1000_0000 }, "*overlaps*"),
            (ok with { Bootargs = "a\0b" }, "*bootargs*"),
            (ok with { Initrd = new InitrdRange(0x9000_0000, 0x9000_1000) }, "*initrd*"),
            (ok with { Initrd = new InitrdRange(0x8100_0000, 0x8100_0000) }, "*initrd*"),
            (ok with { VirtioWindows = [new VirtioMmioWindow(0x1000_1800, 1)] }, "*slots*"),
            (ok with { VirtioWindows = [new VirtioMmioWindow(0x1000_9000, 9)] }, "*slots*"),
            (ok with { VirtioWindows = [VirtMemoryMap.VirtioWindow(0), VirtMemoryMap.VirtioWindow(0)] }, "*twice*"),
            (ok with { VirtioWindows = [new VirtioMmioWindow(0x1000_1000, 10)] }, "*IRQ 10*"),
            (ok with { VirtioWindows = [new VirtioMmioWindow(0x1000_1000, 2), new VirtioMmioWindow(0x1000_2000, 2)] }, "*IRQ 2*"),
            (ok with { PlicSources = 5 }, "*PLIC*"),
            (ok with { MmuType = "riscv,sv32" }, "*MMU*"),
            (ok with { IsaString = "RV64GC" }, "*ISA*"),
        ];
        foreach ((MachineDescription d, string names) in bad)
        {
            FluentActions.Invoking(() => MachineDeviceTree.Build(d)).Should()
                .Throw<InvalidMachineDescriptionException>().WithMessage(names);
        }
    }
}
