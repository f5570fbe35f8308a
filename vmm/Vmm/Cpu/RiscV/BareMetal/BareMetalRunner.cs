// Runs a bare-metal RISC-V ELF (riscv-tests style) on one hart in M-mode, speaking spike's HTIF through tohost/fromhost.
using System.Diagnostics;
using System.Text;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>Loads an ELF into fresh RAM at 0x8000_0000 and runs it until it exits through HTIF or a limit is hit.</summary>
public static class BareMetalRunner
{
    /// <summary>Where RAM starts, as on spike and QEMU virt.</summary>
    public const ulong RamBase = 0x8000_0000;

    private const long Chunk = 1L << 24;
    private const ulong SysWrite = 64, SysExit = 93;

    /// <summary>Runs the ELF file at <paramref name="elfPath"/>.</summary>
    /// <exception cref="ElfLoadException">The file is not a loadable RISC-V ELF64 image.</exception>
    public static BareMetalResult Run(string elfPath, BareMetalOptions options) => Run(ElfImage.Load(elfPath), options);

    /// <summary>Runs an already parsed image.</summary>
    public static BareMetalResult Run(ElfImage image, BareMetalOptions options)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxInstructions);
        using var memory = GuestMemory.CreateAnonymous(RamBase, options.MemorySize);
        image.LoadInto(memory);
        var platform = new BareMetalPlatform();
        var bus = new MmioBus();
        using var hart = new RiscVHart(0, memory, bus, platform);
        bus.Register(BareMetalClint.BaseAddress, BareMetalClint.Size, new BareMetalClint(hart, platform), "clint");
        hart.Reset(image.Entry, PrivilegeLevel.Machine);
        hart.TimerInterruptBit = Interrupt.MachineTimer;

        ulong tohost = image.Symbols.TryGetValue("tohost", out ulong t) && memory.Contains(t, 8) ? t : 0;
        ulong fromhost = image.Symbols.TryGetValue("fromhost", out ulong f) && memory.Contains(f, 8) ? f : 0;
        if (tohost != 0)
        {
            hart.WatchStoresToPage(tohost);
        }

        var console = new Htif(memory, options.Console, fromhost);
        var sw = Stopwatch.StartNew();
        long remaining = options.MaxInstructions;
        while (true)
        {
            if (remaining == 0)
            {
                return Finish(-1, BareMetalStopReason.InstructionLimit);
            }

            long before = hart.InstructionsRetired;
            HartExit exit = hart.Run(Math.Min(remaining, Chunk));
            remaining -= hart.InstructionsRetired - before;
            if (tohost != 0 && console.Poll(tohost, out int code))
            {
                return Finish(code, BareMetalStopReason.HtifExit);
            }

            if (exit == HartExit.WaitForInterrupt)
            {
                long waitStart = Stopwatch.GetTimestamp();
                if (!hart.WaitForInterrupt(options.IdleTimeout) && Stopwatch.GetElapsedTime(waitStart) >= options.IdleTimeout)
                {
                    return Finish(-1, BareMetalStopReason.Idle);
                }
            }
        }

        BareMetalResult Finish(int code, BareMetalStopReason reason)
        {
            sw.Stop();
            options.Console?.Flush();
            return new BareMetalResult(code, reason, hart.InstructionsRetired, sw.Elapsed, console.Text);
        }
    }

    /// <summary>Time from the host's monotonic clock on the 10 MHz timebase; ECALLs trap as on real hardware.</summary>
    private sealed class BareMetalPlatform : IHartPlatform
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        public ulong ReadTime() => (ulong)Stopwatch.GetElapsedTime(_start).Ticks; // TimeSpan ticks are 100 ns

        public bool TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from) => false;
    }

    /// <summary>The host side of HTIF: exit codes, the console device and riscv-tests' syscall proxy (write, exit).</summary>
    private sealed class Htif(GuestMemory memory, TextWriter? sink, ulong fromhost)
    {
        private readonly StringBuilder _text = new();

        public string Text => _text.ToString();

        public bool Poll(ulong tohost, out int exitCode)
        {
            exitCode = 0;
            ulong v = memory.Read<ulong>(tohost);
            if (v == 0)
            {
                return false;
            }

            memory.Write<ulong>(tohost, 0);
            ulong device = v >> 56, cmd = (v >> 48) & 0xFF, payload = v & 0xFFFF_FFFF_FFFF;
            if (device == 0 && cmd == 0)
            {
                if ((payload & 1) != 0)
                {
                    exitCode = (int)(payload >> 1);
                    return true;
                }

                return Syscall(payload, out exitCode);
            }

            if (device == 1 && cmd == 1)
            {
                Emit((byte)payload);
                Respond((1UL << 56) | (1UL << 48));
            }

            return false;
        }

        private bool Syscall(ulong magic, out int exitCode)
        {
            exitCode = 0;
            if (!memory.Contains(magic, 64))
            {
                return false;
            }

            ulong which = memory.Read<ulong>(magic);
            ulong a0 = memory.Read<ulong>(magic + 8), a1 = memory.Read<ulong>(magic + 16), a2 = memory.Read<ulong>(magic + 24);
            if (which == SysExit)
            {
                exitCode = (int)a0;
                return true;
            }

            ulong ret = unchecked((ulong)-38L); // ENOSYS
            if (which == SysWrite && a2 <= int.MaxValue && memory.Contains(a1, a2))
            {
                foreach (byte b in memory.GetReadSpan(a1, (int)a2))
                {
                    Emit(b);
                }

                ret = a2;
            }

            memory.Write(magic, ret);
            Respond(1);
            return false;
        }

        private void Respond(ulong value)
        {
            if (fromhost != 0)
            {
                memory.Write(fromhost, value);
            }
        }

        private void Emit(byte b)
        {
            char c = (char)b;
            _text.Append(c);
            sink?.Write(c);
        }
    }
}
