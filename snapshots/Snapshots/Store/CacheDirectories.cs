// Where per-host caches live: ${HARNESS_CACHE_DIR:-~/.cache/harness}/snapshots.
namespace Harness.Snapshots.Store;

/// <summary>Default locations of the harness caches.</summary>
public static class CacheDirectories
{
    /// <summary>The harness cache root: $HARNESS_CACHE_DIR, else ~/.cache/harness.</summary>
    public static string Root
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("HARNESS_CACHE_DIR");
            return string.IsNullOrEmpty(configured)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "harness")
                : configured;
        }
    }

    /// <summary>The snapshot cache: decompressed memory images for shared restores.</summary>
    public static string Snapshots => Path.Combine(Root, "snapshots");
}
