// Host memory of this process from /proc/self/smaps: the whole process (smaps_rollup) and the part inside given
// address ranges (the guests' RAM mappings), so density can say what each idle sandbox really costs.
using System.Globalization;

namespace Harness.Cli.Bench;

/// <summary>Memory in MiB: resident, proportional (shared pages divided among sharers) and private.</summary>
internal readonly record struct MemoryFigures(double RssMib, double PssMib, double PrivateMib);

internal static class ProcessMemory
{
    /// <summary>The whole process, from /proc/self/smaps_rollup.</summary>
    public static MemoryFigures Process() => Sum(File.ReadLines("/proc/self/smaps_rollup"), (_, _) => true);

    /// <summary>The mappings lying inside <paramref name="ranges"/> ([start, end) host addresses).</summary>
    public static MemoryFigures Inside(IReadOnlyList<(ulong Start, ulong End)> ranges)
    {
        (ulong Start, ulong End)[] sorted = [.. ranges.OrderBy(r => r.Start)];
        ulong[] starts = [.. sorted.Select(r => r.Start)];
        bool Contains(ulong start, ulong end)
        {
            int i = Array.BinarySearch(starts, start);
            i = i >= 0 ? i : ~i - 1;
            return i >= 0 && start >= sorted[i].Start && end <= sorted[i].End;
        }

        return Sum(File.ReadLines("/proc/self/smaps"), Contains);
    }

    /// <summary>Sums Rss, Pss and Private_* over the mappings whose header range <paramref name="include"/> accepts.</summary>
    internal static MemoryFigures Sum(IEnumerable<string> lines, Func<ulong, ulong, bool> include)
    {
        long rss = 0, pss = 0, priv = 0;
        bool counting = false;
        foreach (string line in lines)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && (colon < 0 || dash < colon) && IsHex(line.AsSpan(0, dash)))
            {
                int space = line.IndexOf(' ', StringComparison.Ordinal);
                counting = include(ulong.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber),
                    ulong.Parse(line.AsSpan(dash + 1, (space < 0 ? line.Length : space) - dash - 1), NumberStyles.HexNumber));
                continue;
            }

            if (!counting || colon < 0)
            {
                continue;
            }

            ReadOnlySpan<char> key = line.AsSpan(0, colon);
            if (key is "Rss")
            {
                rss += Kb(line, colon);
            }
            else if (key is "Pss")
            {
                pss += Kb(line, colon);
            }
            else if (key is "Private_Clean" or "Private_Dirty")
            {
                priv += Kb(line, colon);
            }
        }

        return new MemoryFigures(rss / 1024.0, pss / 1024.0, priv / 1024.0);
    }

    private static long Kb(string line, int colon)
    {
        ReadOnlySpan<char> v = line.AsSpan(colon + 1).Trim();
        int space = v.IndexOf(' ');
        return long.Parse(space < 0 ? v : v[..space], CultureInfo.InvariantCulture);
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
