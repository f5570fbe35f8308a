// Decides where the kernel, the initramfs and the device tree go in guest RAM before anything is copied.
namespace Harness.Vmm.Boot;

/// <summary>Where each boot piece lies in guest-physical memory.</summary>
/// <param name="KernelAddress">RAM base + text_offset; also the entry pc.</param>
/// <param name="KernelEnd">KernelAddress + image_size: the kernel owns everything below this.</param>
/// <param name="Initrd">The initramfs's range (page-aligned start), or null without one.</param>
/// <param name="DtbAddress">The device tree's address (8-byte aligned).</param>
/// <param name="DtbReserve">Bytes reserved at <paramref name="DtbAddress"/> for the device tree.</param>
public sealed record BootPlan(ulong KernelAddress, ulong KernelEnd, InitrdRange? Initrd, ulong DtbAddress, ulong DtbReserve)
{
    /// <summary>Where the boot hart starts (in S-mode, a0 = hart id, a1 = <see cref="DtbAddress"/>).</summary>
    public ulong EntryPc => KernelAddress;
}

/// <summary>Plans the boot layout: the kernel at its text_offset, the device tree and initramfs at the top of RAM.</summary>
public static class BootLayout
{
    /// <summary>Room set aside for the device tree; ours is a few KiB.</summary>
    public const ulong DefaultDtbReserve = 64 * 1024;

    /// <summary>The device tree and initramfs stay below this address when RAM reaches past it, for 32-bit-clean early code.</summary>
    public const ulong LowMemoryLimit = 0x1_0000_0000;

    private const ulong PageSize = 4096;

    /// <summary>
    /// Places the pieces. The device tree goes at the top of RAM (capped at <see cref="LowMemoryLimit"/>), the
    /// initramfs page-aligned just below it: far from the kernel, whose early allocations grow up from its end.
    /// </summary>
    /// <exception cref="BootLayoutException">A piece does not fit, or pieces would overlap.</exception>
    public static BootPlan Plan(ulong ramBase, ulong ramSize, KernelImage kernel, ulong initrdLength, ulong dtbReserve = DefaultDtbReserve)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ulong ramEnd = ramBase + ramSize;
        if (ramSize == 0 || ramEnd < ramBase)
        {
            throw new BootLayoutException($"RAM 0x{ramBase:x}+0x{ramSize:x} is empty or wraps");
        }

        if (dtbReserve == 0 || dtbReserve > ramSize)
        {
            throw new BootLayoutException($"device tree reserve 0x{dtbReserve:x} does not fit RAM of 0x{ramSize:x} bytes");
        }

        ulong kernelAddress = ramBase + kernel.TextOffset;
        ulong kernelEnd = kernelAddress + kernel.ImageSize;
        if (kernel.TextOffset >= ramSize || kernel.ImageSize > ramSize - kernel.TextOffset)
        {
            throw new BootLayoutException(
                $"the kernel needs [0x{kernelAddress:x}, 0x{kernelAddress + kernel.ImageSize:x}) but RAM ends at 0x{ramEnd:x}");
        }

        ulong top = ramBase < LowMemoryLimit && ramEnd > LowMemoryLimit ? LowMemoryLimit : ramEnd;
        ulong dtbAddress = top - ramBase < dtbReserve ? 0 : (top - dtbReserve) & ~7UL;
        if (dtbAddress < kernelEnd)
        {
            throw new BootLayoutException(
                $"no room for the device tree: the kernel ends at 0x{kernelEnd:x} and the reserve of 0x{dtbReserve:x} bytes must end by 0x{top:x}");
        }

        InitrdRange? initrd = null;
        if (initrdLength > 0)
        {
            ulong floor = AlignUp(kernelEnd, PageSize);
            if (initrdLength > dtbAddress - ramBase || ((dtbAddress - initrdLength) & ~(PageSize - 1)) < floor)
            {
                throw new BootLayoutException(
                    $"the initramfs of {initrdLength} bytes does not fit between the kernel's end 0x{kernelEnd:x} and the device tree at 0x{dtbAddress:x}");
            }

            ulong start = (dtbAddress - initrdLength) & ~(PageSize - 1);
            initrd = new InitrdRange(start, start + initrdLength);
        }

        return new BootPlan(kernelAddress, kernelEnd, initrd, dtbAddress, dtbReserve);
    }

    private static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
}
