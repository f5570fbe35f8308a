// CSR numbers, mstatus fields, interrupt bits and exception causes of the privileged spec, in one place.
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>CSR addresses this hart implements.</summary>
public static class Csr
{
    public const int Fflags = 0x001, Frm = 0x002, Fcsr = 0x003;
    public const int Cycle = 0xC00, Time = 0xC01, Instret = 0xC02, HpmCounter3 = 0xC03, HpmCounter31 = 0xC1F;
    public const int Sstatus = 0x100, Sie = 0x104, Stvec = 0x105, Scounteren = 0x106, Senvcfg = 0x10A;
    public const int Sscratch = 0x140, Sepc = 0x141, Scause = 0x142, Stval = 0x143, Sip = 0x144, Satp = 0x180;
    public const int Mvendorid = 0xF11, Marchid = 0xF12, Mimpid = 0xF13, Mhartid = 0xF14, Mconfigptr = 0xF15;
    public const int Mstatus = 0x300, Misa = 0x301, Medeleg = 0x302, Mideleg = 0x303, Mie = 0x304, Mtvec = 0x305;
    public const int Mcounteren = 0x306, Menvcfg = 0x30A, Mcountinhibit = 0x320, MhpmEvent3 = 0x323, MhpmEvent31 = 0x33F;
    public const int Mscratch = 0x340, Mepc = 0x341, Mcause = 0x342, Mtval = 0x343, Mip = 0x344;
    public const int PmpCfg0 = 0x3A0, PmpCfg15 = 0x3AF, PmpAddr0 = 0x3B0, PmpAddr63 = 0x3EF;
    public const int Tselect = 0x7A0, Tdata1 = 0x7A1, Tdata2 = 0x7A2, Tdata3 = 0x7A3;
    public const int Mcycle = 0xB00, Minstret = 0xB02, MhpmCounter3 = 0xB03, MhpmCounter31 = 0xB1F;
}

/// <summary>Bits of mstatus and sstatus.</summary>
public static class MStatus
{
    public const ulong SIE = 1UL << 1, MIE = 1UL << 3, SPIE = 1UL << 5, UBE = 1UL << 6, MPIE = 1UL << 7, SPP = 1UL << 8;
    public const int MppShift = 11;
    public const ulong MPP = 3UL << MppShift;
    public const int FsShift = 13;
    public const ulong FS = 3UL << FsShift, FsDirty = 3UL << FsShift, FsInitial = 1UL << FsShift;
    public const ulong XS = 3UL << 15, VS = 3UL << 9;
    public const ulong MPRV = 1UL << 17, SUM = 1UL << 18, MXR = 1UL << 19, TVM = 1UL << 20, TW = 1UL << 21, TSR = 1UL << 22;
    public const ulong UXL = 3UL << 32, SXL = 3UL << 34, SD = 1UL << 63;

    /// <summary>UXL = SXL = 2 (64-bit), read-only.</summary>
    public const ulong XlFields = (2UL << 32) | (2UL << 34);

    /// <summary>Fields M-mode can write through mstatus.</summary>
    public const ulong WritableMask = SIE | MIE | SPIE | MPIE | SPP | MPP | FS | MPRV | SUM | MXR | TVM | TW | TSR;

    /// <summary>Fields visible through sstatus.</summary>
    public const ulong SstatusMask = SIE | SPIE | UBE | SPP | VS | FS | XS | SUM | MXR | UXL | SD;

    /// <summary>Fields S-mode can write through sstatus.</summary>
    public const ulong SstatusWritable = SIE | SPIE | SPP | FS | SUM | MXR;
}

/// <summary>Interrupt numbers (bits of mip and mie).</summary>
public static class Interrupt
{
    public const int SupervisorSoftware = 1, MachineSoftware = 3, SupervisorTimer = 5, MachineTimer = 7;
    public const int SupervisorExternal = 9, MachineExternal = 11;

    /// <summary>Interrupts M-mode may delegate to S-mode (and S-mode sees in sip/sie).</summary>
    public const ulong SupervisorMask = (1UL << 1) | (1UL << 5) | (1UL << 9);

    /// <summary>All implemented interrupt bits.</summary>
    public const ulong AllMask = SupervisorMask | (1UL << 3) | (1UL << 7) | (1UL << 11);
}

/// <summary>Synchronous exception causes.</summary>
public static class TrapCause
{
    public const int InstructionMisaligned = 0, InstructionAccessFault = 1, IllegalInstruction = 2, Breakpoint = 3;
    public const int LoadMisaligned = 4, LoadAccessFault = 5, StoreMisaligned = 6, StoreAccessFault = 7;
    public const int EcallFromU = 8, EcallFromS = 9, EcallFromM = 11;
    public const int InstructionPageFault = 12, LoadPageFault = 13, StorePageFault = 15;

    /// <summary>Exceptions M-mode may delegate through medeleg (ECALL from M cannot be).</summary>
    public const ulong DelegableMask = 0xB3FF;
}
