// The machine a report was measured on: CPUs, memory, OS, .NET version and the repository's commit.
using System.Diagnostics;
using System.Runtime.InteropServices;
using Harness.Reports;

namespace Harness.Cli.Bench;

internal static class HostFacts
{
    public static HostInfo Collect(string repositoryRoot) =>
        new(Environment.ProcessorCount, MemoryMiB(), OsName(), Environment.Version.ToString(), GitCommit(repositoryRoot));

    private static long MemoryMiB()
    {
        try
        {
            string? line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string OsName()
    {
        try
        {
            string? pretty = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            if (pretty != null)
            {
                return pretty["PRETTY_NAME=".Length..].Trim('"') + $" ({RuntimeInformation.OSArchitecture})";
            }
        }
        catch (IOException)
        {
            // Not every host has os-release; the runtime's description will do.
        }

        return RuntimeInformation.OSDescription;
    }

    private static string? GitCommit(string root)
    {
        try
        {
            var psi = new ProcessStartInfo("git", ["-C", root, "rev-parse", "--short=12", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process? p = Process.Start(psi);
            if (p is null)
            {
                return null;
            }

            string commit = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && commit.Length > 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
