// One software-TLB entry: a virtual page and the offset that turns a virtual address in it into a host pointer.
using System.Runtime.InteropServices;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>
/// Maps virtual page <see cref="Tag"/> (page-aligned; <see cref="Invalid"/> when empty) to host memory:
/// host = <see cref="Addend"/> + va. Low tag bits are zero, so comparing against va masked with the access's
/// alignment bits also sends misaligned accesses to the slow path.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TlbEntry
{
    public const ulong Invalid = ulong.MaxValue;

    public ulong Tag;
    public long Addend;
}

/// <summary>The three access kinds; each has its own TLB.</summary>
internal enum AccessKind
{
    Fetch = 0,
    Load = 1,
    Store = 2,
}
