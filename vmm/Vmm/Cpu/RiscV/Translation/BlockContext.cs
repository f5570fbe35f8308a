// What a compiled block reads and writes besides guest memory: the hart's registers pointer, TLBs, budget and pc, and
// the pieces of hart state that compiled code uses (attention word, LR reservation, mstatus, trap CSRs, FP registers),
// which the hart keeps here rather than in fields so that machine code can reach them at fixed offsets.
namespace Harness.Vmm.Cpu.RiscV.Translation;

/// <summary>The context a compiled block reads and writes (one per hart, in a pinned array the hart owns).</summary>
internal unsafe struct BlockContext
{
    public const int XOffset = 0, LoadTlbOffset = 8, LeftOffset = 16, HostOffset = 24, PcOffset = 32, PageVaOffset = 40,
        ChainSiteOffset = 48, FetchTlbOffset = 56, RamOffset = 64, AttentionOffset = 72,
        ResValidOffset = 80, ResAddressOffset = 88, ResValueOffset = 96, ResSizeOffset = 104, RamBaseOffset = 112,
        MstatusOffset = 120, SscratchOffset = 128, SepcOffset = 136, ScauseOffset = 144, StvalOffset = 152, PrivOffset = 160,
        FprOffset = 168, GrantedCountOffset = 176, GrantedSlotsOffset = 184, ImageOffset = 440, DirtyMapOffset = 448;

    /// <summary>TLB entries filled through a grant of SUM or MXR that the context can list (see RiscVHart.TlbFences).</summary>
    public const int GrantedCapacity = 32;

    public unsafe ulong* X;          // guest registers + 16 (slot 32 absorbs writes to x0), so that all take a byte offset
    public unsafe TlbEntry* LoadTlb; // the load TLB of the data privilege; the store TLB follows it
    public long Left;                // budget left (in and out)
    public unsafe byte* Host;        // host address of the block's first instruction
    public ulong Pc;                 // out: where the guest goes on
    public ulong PageVa;             // virtual address of the block's page
    public unsafe byte* ChainSite;   // out: the jump to patch when Pc is a block of the same page, or null
    public unsafe TlbEntry* FetchTlb; // the fetch TLB of the hart's privilege (the dispatch code looks pages up in it)
    public unsafe byte* Ram;         // host address of guest RAM (frames count from it)
    public int Attention;            // the hart's attention word (RiscVHart._attention points here)
    public int Padding;
    public long ResValid;            // the LR reservation: nonzero when held,
    public ulong ResAddress;         // its guest-physical address,
    public ulong ResValue;           // the value LR read (SC compare-exchanges against it),
    public long ResSize;             // and its size in words (1 or 2); the interpreter keeps it here too
    public ulong RamBase;            // guest-physical address of RAM
    public ulong Mstatus;            // the hart's CSRs that compiled code reads and writes: mstatus, and the
    public ulong Sscratch;           // supervisor trap registers (RiscVHart keeps them here, not in fields)
    public ulong Sepc;
    public ulong Scause;
    public ulong Stval;
    public long Priv;                // the privilege the block runs at (set on each entry from C#)
    public unsafe ulong* Fpr;        // the FP registers, as raw bits
    public long GrantedCount;        // TLB entries filled through SUM or MXR since the last drop (may exceed capacity),
    public unsafe fixed long GrantedSlots[GrantedCapacity]; // and the first of them: withdrawing the grant drops these
    public int Image;                // the memory image clean pages hold (BlockCache.ImageOf), or 0 (set on each entry)
    public int ImagePadding;
    public unsafe ulong* DirtyMap;   // the memory's dirty bitmap, one bit per page (GuestMemory.DirtyBitmap)
}
