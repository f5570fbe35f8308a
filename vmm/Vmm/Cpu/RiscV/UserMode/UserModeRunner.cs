// Runs a static RV64 Linux program to completion on the interpreter and collects its output and exit status.
using System.Diagnostics;

namespace Harness.Vmm.Cpu.RiscV.UserMode;

/// <summary>The one-call way to run a user-mode program: load, run until it stops, report.</summary>
public static class UserModeRunner
{
    private const long Slice = 1L << 24;

    /// <summary>Runs the ELF at <paramref name="elfPath"/> with <paramref name="args"/> after argv[0] (the path).</summary>
    /// <exception cref="BareMetal.ElfLoadException">The file is not a static RV64 executable that fits in RAM.</exception>
    public static UserModeResult Run(string elfPath, IReadOnlyList<string> args, UserModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(elfPath);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxInstructions);
        using UserModeProcess process = UserModeProcess.Load(elfPath, [elfPath, .. args], options);
        var sw = Stopwatch.StartNew();
        long remaining = options.MaxInstructions;
        UserModeStopReason? stop = null;
        while (stop is null && remaining > 0)
        {
            long before = process.Hart.InstructionsRetired;
            stop = process.Run(Math.Min(remaining, Slice));
            remaining -= process.Hart.InstructionsRetired - before;
        }

        sw.Stop();
        return new UserModeResult(
            stop ?? UserModeStopReason.InstructionLimit,
            stop is null ? -1 : process.ExitCode,
            process.Stdout,
            process.Stderr,
            process.Hart.InstructionsRetired,
            sw.Elapsed,
            process.FaultDescription);
    }
}
