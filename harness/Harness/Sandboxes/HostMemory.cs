// The process's proportional set size, the figure the pool's memory budget is about: shared copy-on-write pages
// count once across every sandbox that maps them.
namespace Harness.Sandboxes;

internal static class HostMemory
{
    /// <summary>The process's PSS in MiB, from /proc/self/smaps_rollup.</summary>
    public static long ProcessPssMiB()
    {
        foreach (string line in File.ReadLines("/proc/self/smaps_rollup"))
        {
            if (line.StartsWith("Pss:", StringComparison.Ordinal))
            {
                string kb = line["Pss:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        throw new InvalidOperationException("/proc/self/smaps_rollup has no Pss line");
    }
}
