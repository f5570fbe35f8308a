// Placement of kernel, initramfs and device tree in guest RAM, and loading them into real guest memory.
using Harness.Vmm.Boot;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Boot;

public class BootLayoutTests
{
    private const ulong Ram = VirtMemoryMap.RamBase;

    [Test]
    public void Kernel_sits_at_its_text_offset_and_dtb_and_initrd_at_the_top_of_ram()
    {
        KernelImage kernel = KernelImage.Parse(SyntheticKernel.Build(imageSize: 0x40_0000));
        BootPlan plan = BootLayout.Plan(Ram, 256UL << 20, kernel, initrdLength: 1_000_001);

        plan.KernelAddress.Should().Be(0x8020_0000);
        plan.EntryPc.Should().Be(0x8020_0000);
        plan.KernelEnd.Should().Be(0x8060_0000);
        plan.DtbAddress.Should().Be(0x9000_0000 - BootLayout.DefaultDtbReserve);
        (plan.DtbAddress % 8).Should().Be(0);
        InitrdRange initrd = plan.Initrd!.Value;
        (initrd.Start % 4096).Should().Be(0);
        (initrd.End - initrd.Start).Should().Be(1_000_001);
        initrd.End.Should().BeLessThanOrEqualTo(plan.DtbAddress);
        initrd.Start.Should().BeGreaterThanOrEqualTo(plan.KernelEnd);
    }

    [Test]
    public void Without_an_initramfs_there_is_no_range()
    {
        KernelImage kernel = KernelImage.Parse(SyntheticKernel.Build());
        BootLayout.Plan(Ram, 16UL << 20, kernel, 0).Initrd.Should().BeNull();
    }

    [Test]
    public void Ram_beyond_4_GiB_keeps_the_dtb_and_initrd_below_it()
    {
        KernelImage kernel = KernelImage.Parse(SyntheticKernel.Build());
        BootPlan plan = BootLayout.Plan(Ram, 4UL << 30, kernel, 4096);
        plan.DtbAddress.Should().Be(BootLayout.LowMemoryLimit - BootLayout.DefaultDtbReserve);
        plan.Initrd!.Value.End.Should().BeLessThanOrEqualTo(BootLayout.LowMemoryLimit);
    }

    [Test]
    public void Pieces_that_do_not_fit_are_rejected_with_their_addresses()
    {
        KernelImage big = KernelImage.Parse(SyntheticKernel.Build(imageSize: 32UL << 20));
        FluentActions.Invoking(() => BootLayout.Plan(Ram, 16UL << 20, big, 0))
            .Should().Throw<BootLayoutException>().WithMessage("*kernel needs*0x80200000*RAM ends at 0x81000000*");

        KernelImage fills = KernelImage.Parse(SyntheticKernel.Build(imageSize: (16UL << 20) - 0x20_0000 - 0x1000));
        FluentActions.Invoking(() => BootLayout.Plan(Ram, 16UL << 20, fills, 0))
            .Should().Throw<BootLayoutException>().WithMessage("*no room for the device tree*");

        KernelImage small = KernelImage.Parse(SyntheticKernel.Build(imageSize: 0x40_0000));
        FluentActions.Invoking(() => BootLayout.Plan(Ram, 16UL << 20, small, 12UL << 20))
            .Should().Throw<BootLayoutException>().WithMessage("*initramfs of 12582912 bytes does not fit*");
        FluentActions.Invoking(() => BootLayout.Plan(Ram, 16UL << 20, small, ulong.MaxValue))
            .Should().Throw<BootLayoutException>().WithMessage("*initramfs*");
        FluentActions.Invoking(() => BootLayout.Plan(Ram, 0, small, 0)).Should().Throw<BootLayoutException>();
        FluentActions.Invoking(() => BootLayout.Plan(ulong.MaxValue - 0xfff, 0x2000, small, 0)).Should().Throw<BootLayoutException>();
    }

    [Test]
    public void Load_copies_every_piece_and_writes_a_dtb_naming_the_initrd()
    {
        byte[] image = SyntheticKernel.Build(fileLength: 12_345, imageSize: 0x10_0000);
        byte[] initramfs = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 13)).ToArray();
        using GuestMemory memory = GuestMemory.CreateAnonymous(Ram, 32UL << 20);
        var machine = new MachineDescription { RamSize = memory.Size, Bootargs = "console=ttyS0" };

        BootInfo boot = BootLoader.Load(memory, KernelImage.Parse(image), initramfs, machine);

        memory.GetReadSpan(boot.EntryPc, image.Length).ToArray().Should().Equal(image);
        InitrdRange initrd = boot.Plan.Initrd!.Value;
        memory.GetReadSpan(initrd.Start, initramfs.Length).ToArray().Should().Equal(initramfs);
        memory.GetReadSpan(boot.DtbAddress, boot.DeviceTree.Length).ToArray().Should().Equal(boot.DeviceTree);

        DtsTree t = DtsTree.Parse(Dtc.Decompile(boot.DeviceTree));
        t.Prop("/chosen", "linux,initrd-start").Should().Be($"<0x00 0x{initrd.Start:x}>");
        t.Prop("/chosen", "linux,initrd-end").Should().Be($"<0x00 0x{initrd.End:x}>");
        t.Prop("/chosen", "bootargs").Should().Be("\"console=ttyS0\"");
    }

    [Test]
    public void Load_refuses_a_description_that_disagrees_with_guest_memory()
    {
        using GuestMemory memory = GuestMemory.CreateAnonymous(Ram, 16UL << 20);
        var machine = new MachineDescription { RamSize = 32UL << 20 };
        FluentActions.Invoking(() => BootLoader.Load(memory, KernelImage.Parse(SyntheticKernel.Build()), [], machine))
            .Should().Throw<BootLayoutException>().WithMessage("*description says RAM*");
    }
}
