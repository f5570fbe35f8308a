// Locates the repository root, where scripts/ and kernels/ live, from the running binary or the working directory.
namespace Harness.Cli;

internal static class RepoRoot
{
    public static string Find()
    {
        string? env = Environment.GetEnvironmentVariable("HARNESS_ROOT");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? d = new(start); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
                {
                    return d.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln); set HARNESS_ROOT");
    }
}
