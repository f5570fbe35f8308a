// The plain, serializable architectural state of one hart: what Save produces and Restore validates.
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>
/// Everything architectural about a hart, as primitives and arrays. Produced by <see cref="RiscVHart.Save"/> and
/// consumed by <see cref="RiscVHart.Restore"/>, which treats it as untrusted input.
/// </summary>
public sealed class HartState
{
    /// <summary>Integer registers x0..x31 (x0 must be 0).</summary>
    public ulong[] X { get; set; } = new ulong[32];

    /// <summary>Floating-point registers f0..f31 as raw (NaN-boxed) bits.</summary>
    public ulong[] F { get; set; } = new ulong[32];

    public ulong Pc { get; set; }
    public byte Privilege { get; set; } = (byte)PrivilegeLevel.Machine;
    public int HartId { get; set; }

    public ulong Mstatus { get; set; }
    public ulong Medeleg { get; set; }
    public ulong Mideleg { get; set; }
    public ulong Mie { get; set; }
    public ulong Mip { get; set; }
    public ulong Mtvec { get; set; }
    public ulong Mscratch { get; set; }
    public ulong Mepc { get; set; }
    public ulong Mcause { get; set; }
    public ulong Mtval { get; set; }
    public ulong Mcounteren { get; set; }
    public ulong Stvec { get; set; }
    public ulong Sscratch { get; set; }
    public ulong Sepc { get; set; }
    public ulong Scause { get; set; }
    public ulong Stval { get; set; }
    public ulong Scounteren { get; set; }
    public ulong Satp { get; set; }
    public uint Fcsr { get; set; }

    /// <summary>The mcycle CSR value.</summary>
    public ulong Cycle { get; set; }

    /// <summary>The minstret CSR value.</summary>
    public ulong Instret { get; set; }

    /// <summary>Instructions retired over the hart's life (independent of guest writes to minstret).</summary>
    public long InstructionsRetired { get; set; }

    public bool ReservationValid { get; set; }

    /// <summary>Guest-physical address of the LR reservation.</summary>
    public ulong ReservationAddress { get; set; }

    /// <summary>Value the LR read, which the SC compares against.</summary>
    public ulong ReservationValue { get; set; }

    /// <summary>1 for a word reservation, 2 for a doubleword one.</summary>
    public byte ReservationSize { get; set; }

    public ulong TimerDeadline { get; set; } = ulong.MaxValue;
    public int TimerInterruptBit { get; set; } = Interrupt.MachineTimer;

    /// <summary>True when the hart is parked in WFI.</summary>
    public bool WaitingForInterrupt { get; set; }

    /// <summary>A deep copy (arrays are not shared).</summary>
    public HartState Clone()
    {
        var c = (HartState)MemberwiseClone();
        c.X = (ulong[])X.Clone();
        c.F = (ulong[])F.Clone();
        return c;
    }
}
