// Exception flag bits of fflags and the rounding modes of frm, as the RISC-V F extension numbers them.
namespace Harness.Vmm.Cpu.RiscV.Fpu;

/// <summary>Bits of the fflags CSR (fcsr bits 4:0).</summary>
public static class FpFlags
{
    /// <summary>Inexact.</summary>
    public const uint NX = 0x01;
    /// <summary>Underflow.</summary>
    public const uint UF = 0x02;
    /// <summary>Overflow.</summary>
    public const uint OF = 0x04;
    /// <summary>Divide by zero.</summary>
    public const uint DZ = 0x08;
    /// <summary>Invalid operation.</summary>
    public const uint NV = 0x10;
}

/// <summary>Rounding modes as encoded in the rm field and in frm.</summary>
public enum RoundingMode
{
    /// <summary>Round to nearest, ties to even.</summary>
    NearestEven = 0,
    /// <summary>Round towards zero.</summary>
    TowardZero = 1,
    /// <summary>Round down, towards negative infinity.</summary>
    Down = 2,
    /// <summary>Round up, towards positive infinity.</summary>
    Up = 3,
    /// <summary>Round to nearest, ties away from zero.</summary>
    NearestMaxMagnitude = 4,
}
