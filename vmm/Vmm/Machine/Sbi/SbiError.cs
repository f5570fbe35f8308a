// SBI return codes (SBI specification, "Binary Encoding"); negative values travel in a0 as two's complement.
namespace Harness.Vmm.Machine.Sbi;

/// <summary>Standard SBI error codes.</summary>
public static class SbiError
{
    public const long Success = 0;
    public const long Failed = -1;
    public const long NotSupported = -2;
    public const long InvalidParam = -3;
    public const long Denied = -4;
    public const long InvalidAddress = -5;
    public const long AlreadyAvailable = -6;
    public const long AlreadyStarted = -7;
    public const long AlreadyStopped = -8;
}
