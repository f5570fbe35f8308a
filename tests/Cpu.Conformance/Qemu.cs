// The reference emulators: QEMU's spike board for bare-metal HTIF programs and qemu-riscv64 for Linux programs.
namespace Harness.Cpu.Conformance;

internal static class Qemu
{
    public const string System = "qemu-system-riscv64";
    public const string User = "qemu-riscv64-static";

    /// <summary>Runs a bare-metal ELF on QEMU's spike machine; HTIF console output arrives on stdout and the
    /// exit code is the program's HTIF exit code.</summary>
    public static ProcessResult RunBareMetal(string elf, TimeSpan timeout) =>
        HostProcess.Run(System, ["-M", "spike", "-bios", "none", "-nographic", "-monitor", "none", "-kernel", elf], timeout);

    /// <summary>Runs a static Linux program under QEMU user mode (the programs never print their environment).</summary>
    public static ProcessResult RunUser(string elf, IEnumerable<string> args, TimeSpan timeout, byte[]? stdin = null) =>
        HostProcess.Run(User, [elf, .. args], timeout, stdin);

    /// <summary>Runs a static Linux program under QEMU user mode one instruction per block, logging the integer and FP
    /// registers before every instruction to <paramref name="traceFile"/>.</summary>
    public static ProcessResult TraceUser(string elf, string traceFile, TimeSpan timeout) =>
        HostProcess.Run(User, ["-singlestep", "-d", "cpu,fpu,nochain", "-D", traceFile, elf], timeout);
}
