// How a restore brings a snapshot's memory back: names the behaviour, not the mechanism.
namespace Harness.Vmm.Memory;

/// <summary>How guest memory is restored from a snapshot.</summary>
public enum RestoreMode
{
    /// <summary>Decompress everything into fresh private memory before the guest runs.</summary>
    Eager,

    /// <summary>
    /// Decompress once per host into a cache file, then map it copy-on-write: restoring is a mapping, not a copy,
    /// and clones share every page they have not written.
    /// </summary>
    SharedCopyOnWrite,

    /// <summary>Map fresh memory and fill each chunk of pages the first time the guest or a device touches it.</summary>
    Lazy,
}
