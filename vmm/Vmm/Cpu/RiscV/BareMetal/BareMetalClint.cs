// A minimal SiFive-style CLINT for bare-metal programs: msip, mtimecmp and mtime of hart 0, as spike maps them.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>The core-local interruptor of the bare-metal machine (one hart), at <see cref="BaseAddress"/>.</summary>
internal sealed class BareMetalClint(RiscVHart hart, IHartPlatform platform) : IMmioDevice
{
    public const ulong BaseAddress = 0x0200_0000;
    public const ulong Size = 0x1_0000;
    private const ulong Msip = 0x0, MtimeCmp = 0x4000, Mtime = 0xBFF8;

    private ulong _mtimecmp = ulong.MaxValue;

    public bool Read(ulong offset, int size, out ulong value)
    {
        value = 0;
        if (offset == Msip && size == 4)
        {
            value = (hart.PendingInterrupts >> Interrupt.MachineSoftware) & 1;
            return true;
        }

        if (offset >= MtimeCmp && offset + (ulong)size <= MtimeCmp + 8 && (size == 4 || size == 8))
        {
            value = Part(_mtimecmp, offset - MtimeCmp, size);
            return true;
        }

        if (offset >= Mtime && offset + (ulong)size <= Mtime + 8 && (size == 4 || size == 8))
        {
            value = Part(platform.ReadTime(), offset - Mtime, size);
            return true;
        }

        return false;
    }

    public bool Write(ulong offset, int size, ulong value)
    {
        if (offset == Msip && size == 4)
        {
            hart.SetPendingInterrupt(Interrupt.MachineSoftware, (value & 1) != 0);
            return true;
        }

        if (offset >= MtimeCmp && offset + (ulong)size <= MtimeCmp + 8 && (size == 4 || size == 8))
        {
            if (size == 8)
            {
                _mtimecmp = value;
            }
            else
            {
                int shift = (int)(offset - MtimeCmp) * 8;
                _mtimecmp = (_mtimecmp & ~(0xFFFF_FFFFUL << shift)) | ((value & 0xFFFF_FFFF) << shift);
            }

            hart.TimerDeadline = _mtimecmp;
            return true;
        }

        return offset >= Mtime && offset + (ulong)size <= Mtime + 8; // mtime is read-only here; writes are ignored
    }

    private static ulong Part(ulong v, ulong byteOffset, int size) =>
        size == 8 ? v : (v >> (int)(byteOffset * 8)) & 0xFFFF_FFFF;
}
