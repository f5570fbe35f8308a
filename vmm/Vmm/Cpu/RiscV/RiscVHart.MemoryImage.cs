// Which memory image this hart's clean pages hold, for compiled blocks' cheap check. A block must only run while memory
// holds the instructions it was compiled from; comparing them all on each entry cost about an eighth of the time
// spent in compiled code. Clones restored from one snapshot start with the same bytes in every page, and a page they
// never wrote (the dirty log, which every writer marks before its first store) still holds them. So a block compiled
// from a clean page of image N checks only that the hart's image is N and that the page is still clean, and compares
// the bytes only when either fails (a booted VM, another snapshot, a page written since).
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    private int _image;
    private long _imageEpoch;

    /// <summary>
    /// Declares that every page of memory not marked in the dirty log holds what it holds in image
    /// <paramref name="image"/> (<see cref="Translation.BlockCache.ImageOf"/>; 0 for none). Holds until the dirty
    /// log is next cleared. Only while the hart is not running.
    /// </summary>
    internal void SetMemoryImage(int image)
    {
        _image = image;
        _imageEpoch = _memory.DirtyEpoch;
    }

    /// <summary>The image declared last (whether or not the dirty log has been cleared since).</summary>
    internal int MemoryImage => _image;

    /// <summary>The image compiled blocks may assume now: none once the dirty log was cleared since it was declared.</summary>
    private int CurrentImage => _memory.DirtyEpoch == _imageEpoch ? _image : 0;

    /// <summary>The image a block compiled now from page <paramref name="frame"/> may claim: none for a written page.</summary>
    private int ImageForCompile(ulong frame) =>
        _blockContext->Image != 0 && !_memory.IsPageDirty((int)frame) ? _blockContext->Image : 0;
}
