// Figures about the daemon's own process and host read from /proc: memory (RSS, PSS), threads and open descriptors.
namespace Harness.Daemon;

/// <summary>Readings of the current process and host from /proc.</summary>
public static class HostProcess
{
    /// <summary>Threads of process <paramref name="pid"/> (default: this one).</summary>
    public static int Threads(int? pid = null) => Count($"/proc/{pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "self"}/task");

    /// <summary>Open file descriptors of process <paramref name="pid"/> (default: this one).</summary>
    public static int OpenFileDescriptors(int? pid = null) => Count($"/proc/{pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "self"}/fd");

    /// <summary>Rss and Pss of this process in bytes, from /proc/self/smaps_rollup (0 where unreadable).</summary>
    public static (long Rss, long Pss) Memory()
    {
        long rss = 0, pss = 0;
        try
        {
            foreach (string line in File.ReadLines("/proc/self/smaps_rollup"))
            {
                if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    rss = KiB(line);
                }
                else if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    pss = KiB(line);
                }
            }
        }
        catch (IOException)
        {
        }

        return (rss, pss);
    }

    /// <summary>MemAvailable of the host in bytes (0 where unreadable).</summary>
    public static long HostMemAvailable()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    return KiB(line);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static long KiB(string line)
    {
        string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], out long kib) ? kib * 1024 : 0;
    }

    private static int Count(string directory)
    {
        try
        {
            return Directory.GetFileSystemEntries(directory).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
