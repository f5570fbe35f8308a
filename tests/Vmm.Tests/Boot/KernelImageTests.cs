// Validation of the RISC-V Image header: every rejection names what is wrong.
using Harness.Vmm.Boot;

namespace Harness.Vmm.Tests.Boot;

public class KernelImageTests
{
    [Test]
    public void A_valid_header_is_parsed()
    {
        KernelImage k = KernelImage.Parse(SyntheticKernel.Build(fileLength: 4096, imageSize: 0x40_0000));
        k.TextOffset.Should().Be(0x20_0000);
        k.ImageSize.Should().Be(0x40_0000);
        k.Flags.Should().Be(0);
        k.HeaderVersion.Should().Be(2u);
        k.Bytes.Length.Should().Be(4096);
    }

    [Test]
    public void Load_reads_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"harness-image-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, SyntheticKernel.Build(fileLength: 1000));
        try
        {
            KernelImage.Load(path).Bytes.Length.Should().Be(1000);
        }
        finally
        {
            File.Delete(path);
        }

        FluentActions.Invoking(() => KernelImage.Load(path)).Should().Throw<FileNotFoundException>();
    }

    [TestCase(10, "*too short*")]
    [TestCase(63, "*too short*")]
    public void Short_files_are_rejected(int length, string message) =>
        FluentActions.Invoking(() => KernelImage.Parse(SyntheticKernel.Build(fileLength: length)))
            .Should().Throw<InvalidKernelImageException>().WithMessage(message);

    [Test]
    public void Inconsistent_headers_are_rejected_with_the_reason()
    {
        Reject(SyntheticKernel.Build(magic2: 0x12345678), "*magic2*not a RISC-V*");
        Reject(SyntheticKernel.Build(magic: 0x4142), "*bad magic*offset 48*");
        Reject(SyntheticKernel.Build(flags: 1), "*big-endian*");
        Reject(SyntheticKernel.Build(version: 1), "*version 0.1*");
        Reject(SyntheticKernel.Build(textOffset: 0x1000), "*text_offset 0x1000*2 MiB*");
        Reject(SyntheticKernel.Build(fileLength: 8192, imageSize: 4096), "*image_size 0x1000*smaller than the file's 8192 bytes*");
        Reject(SyntheticKernel.Build(imageSize: 0), "*image_size 0x0*");
        Reject(new byte[4096], "*magic2*");
    }

    private static void Reject(byte[] image, string message) =>
        FluentActions.Invoking(() => KernelImage.Parse(image)).Should().Throw<InvalidKernelImageException>().WithMessage(message);
}
