// The seam for lazily filled guest RAM: the mapping owns a resident-page bitmap and fills pages on request.
namespace Harness.Vmm.Memory;

/// <summary>
/// A mapping whose pages hold their contents only once made resident. <see cref="GuestMemory"/> tests
/// <see cref="ResidentPages"/> before every host-side access and calls <see cref="MakeResident"/> for a missing page.
/// </summary>
public interface IDemandPagedMapping : IMemoryMapping
{
    /// <summary>
    /// One bit per page, least significant first. A bit, once set, stays set while the mapping lives, and is set
    /// only after the page's contents are in place, so a reader that sees it set may read the page.
    /// </summary>
    ulong[] ResidentPages { get; }

    /// <summary>Fills page <paramref name="page"/> (and whatever else is cheap to fill with it). Thread-safe, idempotent.</summary>
    void MakeResident(int page);
}
