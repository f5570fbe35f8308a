// Builds RISC-V Image files with a chosen header, for loader tests that must not depend on a real kernel.
using System.Buffers.Binary;
using Harness.Vmm.Boot;

namespace Harness.Vmm.Tests.Boot;

internal static class SyntheticKernel
{
    public static byte[] Build(
        int fileLength = 8192,
        ulong textOffset = 0x20_0000,
        ulong? imageSize = null,
        ulong flags = 0,
        uint version = 2,
        ulong magic = KernelImage.Magic,
        uint magic2 = KernelImage.Magic2)
    {
        var image = new byte[fileLength];
        for (int i = KernelImage.HeaderSize; i < fileLength; i++)
        {
            image[i] = (byte)(i * 7);
        }

        if (fileLength < KernelImage.HeaderSize)
        {
            return image;
        }

        Span<byte> h = image;
        BinaryPrimitives.WriteUInt32LittleEndian(h[0..], 0x0000_a021); // c.j forward, as a real Image starts with a jump
        BinaryPrimitives.WriteUInt64LittleEndian(h[8..], textOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[16..], imageSize ?? (ulong)fileLength + 0x1_0000);
        BinaryPrimitives.WriteUInt64LittleEndian(h[24..], flags);
        BinaryPrimitives.WriteUInt32LittleEndian(h[32..], version);
        BinaryPrimitives.WriteUInt64LittleEndian(h[48..], magic);
        BinaryPrimitives.WriteUInt32LittleEndian(h[56..], magic2);
        return image;
    }
}
