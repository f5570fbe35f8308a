// `harness run-elf FILE`: runs a bare-metal RISC-V ELF on the interpreter with HTIF console and exit code.
using System.CommandLine;
using Harness.Vmm.Cpu.RiscV.BareMetal;

namespace Harness.Cli.Commands;

internal static class RunElfCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Bare-metal RISC-V ELF64 executable (HTIF tohost/fromhost)" };
        var maxInstructions = new Option<long?>("--max-instructions")
        {
            Description = "Stop after this many instructions (exit code 124 when reached)",
        };
        var memory = new Option<ulong?>("--memory-mib") { Description = "Guest RAM in MiB (default 128)" };
        var command = new Command("run-elf", "Run a bare-metal RISC-V ELF in M-mode and exit with its HTIF exit code");
        command.Arguments.Add(file);
        command.Options.Add(maxInstructions);
        command.Options.Add(memory);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(maxInstructions), parse.GetValue(memory)));
        return command;
    }

    private static int Run(FileInfo file, long? maxInstructions, ulong? memoryMib)
    {
        if (maxInstructions is < 0)
        {
            Console.Error.WriteLine("run-elf: --max-instructions must not be negative");
            return 2;
        }

        var options = new BareMetalOptions
        {
            MaxInstructions = maxInstructions ?? long.MaxValue,
            MemorySize = (memoryMib ?? 128) << 20,
            Console = Console.Out,
        };
        BareMetalResult result;
        try
        {
            result = BareMetalRunner.Run(file.FullName, options);
        }
        catch (ElfLoadException e)
        {
            Console.Error.WriteLine($"run-elf: {file.FullName}: {e.Message} ({e.Error})");
            return 2;
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"run-elf: {e.Message}");
            return 2;
        }

        Console.Out.Flush();
        Console.Error.WriteLine($"stop reason: {result.StopReason}");
        Console.Error.WriteLine($"instructions retired: {result.InstructionsRetired}");
        Console.Error.WriteLine($"elapsed: {result.Elapsed.TotalSeconds:F3} s");
        Console.Error.WriteLine($"MIPS: {result.Mips:F1}");
        return result.StopReason switch
        {
            BareMetalStopReason.HtifExit => result.ExitCode,
            BareMetalStopReason.InstructionLimit => 124,
            _ => 125,
        };
    }
}
