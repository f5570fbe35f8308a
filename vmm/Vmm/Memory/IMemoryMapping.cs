// The seam between guest RAM and how its host pages came to be (anonymous, memfd, file-backed, lazily filled).
namespace Harness.Vmm.Memory;

/// <summary>A host mapping that backs guest RAM. Owns the pages; <see cref="GuestMemory"/> only addresses them.</summary>
public unsafe interface IMemoryMapping : IDisposable
{
    /// <summary>First byte of the mapping; valid until disposal.</summary>
    byte* Pointer { get; }

    /// <summary>Length of the mapping in bytes, a multiple of the host page size.</summary>
    ulong Length { get; }

    /// <summary>
    /// Returns once work the mapping started in the background is done (a shared restore's write-ahead of learned
    /// pages); a machine calls it before its vCPUs start. Nothing to wait for by default.
    /// </summary>
    void WaitUntilReady()
    {
    }
}
