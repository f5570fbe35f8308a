// The typed error of the ELF loader, with a machine-readable reason.
namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>Why an ELF file could not be loaded.</summary>
public enum ElfLoadError
{
    /// <summary>The file ends before a header, table or segment it declares.</summary>
    Truncated,

    /// <summary>The file does not start with the ELF magic.</summary>
    NotElf,

    /// <summary>The file is not ELFCLASS64.</summary>
    NotElf64,

    /// <summary>The file is not little-endian.</summary>
    NotLittleEndian,

    /// <summary>The file is not for RISC-V (EM_RISCV).</summary>
    NotRiscV,

    /// <summary>A loadable segment lies (partly) outside guest RAM.</summary>
    SegmentOutsideRam,

    /// <summary>The file or a segment exceeds the loader's size limits.</summary>
    TooLarge,

    /// <summary>The file has no loadable segments.</summary>
    NoLoadableSegments,
}

/// <summary>Thrown when an ELF image cannot be parsed or placed in guest RAM.</summary>
public sealed class ElfLoadException : Exception
{
    public ElfLoadException()
    {
    }

    public ElfLoadException(string message)
        : base(message)
    {
    }

    public ElfLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ElfLoadException(ElfLoadError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The reason.</summary>
    public ElfLoadError Error { get; }
}
