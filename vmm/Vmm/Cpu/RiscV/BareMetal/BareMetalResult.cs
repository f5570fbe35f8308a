// The outcome of one bare-metal run.
namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>Why a bare-metal run stopped.</summary>
public enum BareMetalStopReason
{
    /// <summary>The program reported an exit code through HTIF tohost.</summary>
    HtifExit,

    /// <summary>The instruction limit was reached first.</summary>
    InstructionLimit,

    /// <summary>The program sat in WFI with nothing that could wake it for <see cref="BareMetalOptions.IdleTimeout"/>.</summary>
    Idle,
}

/// <summary>What a bare-metal program did.</summary>
public sealed record BareMetalResult(
    int ExitCode,
    BareMetalStopReason StopReason,
    long InstructionsRetired,
    TimeSpan Elapsed,
    string ConsoleOutput)
{
    /// <summary>True when the program exited through HTIF with code 0.</summary>
    public bool Passed => StopReason == BareMetalStopReason.HtifExit && ExitCode == 0;

    /// <summary>Millions of instructions per second of wall time.</summary>
    public double Mips => Elapsed.TotalSeconds > 0 ? InstructionsRetired / Elapsed.TotalSeconds / 1e6 : 0;
}
