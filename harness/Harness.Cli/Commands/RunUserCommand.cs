// `harness run-user FILE [ARGS...]`: runs a static RV64 Linux program on the interpreter in user mode.
using System.CommandLine;
using Harness.Vmm.Cpu.RiscV.BareMetal;
using Harness.Vmm.Cpu.RiscV.UserMode;

namespace Harness.Cli.Commands;

internal static class RunUserCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Static RISC-V RV64 Linux executable (ET_EXEC)" };
        var args = new Argument<string[]>("args") { Description = "Arguments passed to the program", Arity = ArgumentArity.ZeroOrMore };
        var maxInstructions = new Option<long?>("--max-instructions")
        {
            Description = "Stop after this many instructions (exit code 124 when reached)",
        };
        var memory = new Option<ulong?>("--memory-mib") { Description = "Guest RAM in MiB (default 256)" };
        var command = new Command("run-user", "Run a static RISC-V Linux program in user mode, with its stdout, stderr and exit status");
        command.Arguments.Add(file);
        command.Arguments.Add(args);
        command.Options.Add(maxInstructions);
        command.Options.Add(memory);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(args) ?? [], parse.GetValue(maxInstructions), parse.GetValue(memory)));
        return command;
    }

    private static int Run(FileInfo file, string[] args, long? maxInstructions, ulong? memoryMib)
    {
        if (maxInstructions is < 0)
        {
            Console.Error.WriteLine("run-user: --max-instructions must not be negative");
            return 2;
        }

        byte[] stdin = Console.IsInputRedirected ? ReadAll(Console.OpenStandardInput()) : [];
        var options = new UserModeOptions
        {
            MaxInstructions = maxInstructions ?? long.MaxValue,
            MemorySize = (memoryMib ?? 256) << 20,
            Stdin = stdin,
        };
        UserModeResult result;
        try
        {
            result = UserModeRunner.Run(file.FullName, args, options);
        }
        catch (Exception e) when (e is ElfLoadException or FileNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine($"run-user: {file.FullName}: {e.Message}");
            return 2;
        }

        using (Stream stdout = Console.OpenStandardOutput())
        {
            stdout.Write(result.Stdout);
        }

        using (Stream stderr = Console.OpenStandardError())
        {
            stderr.Write(result.Stderr);
        }

        if (result.StopReason == UserModeStopReason.Fault)
        {
            Console.Error.WriteLine($"run-user: guest fault: {result.FaultDescription}");
        }

        Console.Error.WriteLine($"run-user: {result.StopReason}, {result.InstructionsRetired} instructions, "
            + $"{result.Elapsed.TotalSeconds:F3} s, {result.InstructionsRetired / Math.Max(result.Elapsed.TotalSeconds, 1e-9) / 1e6:F1} MIPS");
        return result.StopReason == UserModeStopReason.InstructionLimit ? 124 : result.ExitCode;
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
