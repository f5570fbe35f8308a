// Parses and checks the 64-byte header of a RISC-V Linux `Image` (Documentation/riscv/boot-image-header.rst):
// where the kernel wants to sit in RAM and how much room it needs beyond the file.
using System.Buffers.Binary;

namespace Harness.Vmm.Boot;

/// <summary>A validated RISC-V Linux kernel Image.</summary>
public sealed class KernelImage
{
    /// <summary>Size of the Image header.</summary>
    public const int HeaderSize = 64;

    /// <summary>"RISCV\0\0\0" read as a little-endian 64-bit value, at offset 48.</summary>
    public const ulong Magic = 0x0000_0056_4353_4952;

    /// <summary>"RSC\x05" read as a little-endian 32-bit value, at offset 56.</summary>
    public const uint Magic2 = 0x0543_5352;

    // Linux maps the kernel with 2 MiB pages on RV64, so its load address must be 2 MiB-aligned.
    private const ulong RequiredAlignment = 0x20_0000;

    private readonly byte[] _bytes;

    private KernelImage(byte[] bytes, ulong textOffset, ulong imageSize, ulong flags, uint version)
    {
        _bytes = bytes;
        TextOffset = textOffset;
        ImageSize = imageSize;
        Flags = flags;
        HeaderVersion = version;
    }

    /// <summary>Offset from the start of RAM at which the kernel must be loaded.</summary>
    public ulong TextOffset { get; }

    /// <summary>Bytes the kernel occupies once running (file plus bss and early allocations).</summary>
    public ulong ImageSize { get; }

    /// <summary>Header flags (bit 0: big-endian kernel; always 0 here).</summary>
    public ulong Flags { get; }

    /// <summary>Header version, major in the high 16 bits, minor in the low.</summary>
    public uint HeaderVersion { get; }

    /// <summary>The Image's bytes, to copy into guest RAM.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Reads and validates the Image at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidKernelImageException">The file is not a usable RISC-V Image.</exception>
    public static KernelImage Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllBytes(path));
    }

    /// <summary>Validates <paramref name="image"/> (kept, not copied) as a RISC-V Image.</summary>
    /// <exception cref="InvalidKernelImageException">Names the first problem found.</exception>
    public static KernelImage Parse(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length < HeaderSize)
        {
            throw new InvalidKernelImageException($"the file has {image.Length} bytes, too short for the {HeaderSize}-byte RISC-V Image header");
        }

        ReadOnlySpan<byte> h = image;
        ulong magic = BinaryPrimitives.ReadUInt64LittleEndian(h[48..]);
        uint magic2 = BinaryPrimitives.ReadUInt32LittleEndian(h[56..]);
        if (magic2 != Magic2)
        {
            throw new InvalidKernelImageException(
                $"bad magic2 0x{magic2:x8} at offset 56 (expected \"RSC\\x05\"): not a RISC-V Linux Image");
        }

        if (magic != Magic)
        {
            throw new InvalidKernelImageException($"bad magic 0x{magic:x16} at offset 48 (expected \"RISCV\\0\\0\\0\")");
        }

        ulong textOffset = BinaryPrimitives.ReadUInt64LittleEndian(h[8..]);
        ulong imageSize = BinaryPrimitives.ReadUInt64LittleEndian(h[16..]);
        ulong flags = BinaryPrimitives.ReadUInt64LittleEndian(h[24..]);
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(h[32..]);

        if ((flags & 1) != 0)
        {
            throw new InvalidKernelImageException("the Image is big-endian (flags bit 0); this machine is little-endian");
        }

        if (version < 2)
        {
            throw new InvalidKernelImageException(
                $"header version {version >> 16}.{version & 0xffff} predates 0.2, the first to state image_size");
        }

        if (textOffset % RequiredAlignment != 0)
        {
            throw new InvalidKernelImageException($"text_offset 0x{textOffset:x} is not 2 MiB-aligned");
        }

        if (imageSize < (ulong)image.Length)
        {
            throw new InvalidKernelImageException(
                $"image_size 0x{imageSize:x} is smaller than the file's {image.Length} bytes");
        }

        return new KernelImage(image, textOffset, imageSize, flags, version);
    }
}
