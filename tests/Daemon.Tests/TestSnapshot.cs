// The snapshot every daemon test serves: the default guest booted once per test run and captured.
using Harness.Daemon.Load;

namespace Harness.Daemon.Tests;

internal static class TestSnapshot
{
    public static readonly string Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"daemon-tests-{Environment.ProcessId}");

    private static readonly Lazy<Task<string>> Path = new(() => LoadSnapshot.EnsureAsync(FindRoot(),
        System.IO.Path.Combine(Directory, "default.snap")));

    public static Task<string> GetAsync() => Path.Value;

    public static Task<DaemonProcess> StartDaemonAsync(string snapshot, int minIdle, IReadOnlyList<uint>? allowedUids = null) =>
        DaemonProcess.StartAsync(snapshot, "default", minIdle, TimeSpan.FromSeconds(120), allowedUids: allowedUids);

    private static string FindRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Harness.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln) above the test directory");
    }
}
