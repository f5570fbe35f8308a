// The outcome of one user-mode Linux program run.
using System.Text;

namespace Harness.Vmm.Cpu.RiscV.UserMode;

/// <summary>Why a user-mode run stopped.</summary>
public enum UserModeStopReason
{
    /// <summary>The program called exit or exit_group.</summary>
    Exited,

    /// <summary>The program sent itself a signal through kill or tgkill (abort does); ExitCode is 128 + signal.</summary>
    Signaled,

    /// <summary>The program took a trap Linux would have turned into a signal (page fault, illegal instruction...).</summary>
    Fault,

    /// <summary>The instruction limit was reached first.</summary>
    InstructionLimit,
}

/// <summary>What a user-mode program did.</summary>
public sealed record UserModeResult(
    UserModeStopReason StopReason,
    int ExitCode,
    byte[] Stdout,
    byte[] Stderr,
    long InstructionsRetired,
    TimeSpan Elapsed,
    string? FaultDescription)
{
    /// <summary>Standard output decoded as UTF-8.</summary>
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>Standard error decoded as UTF-8.</summary>
    public string StderrText => Encoding.UTF8.GetString(Stderr);
}
