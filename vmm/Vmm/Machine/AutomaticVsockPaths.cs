// Socket paths for VMs that asked for an automatic vsock path: one private directory per process, made on first
// use, and a fresh name in it per VM. A directory per VM cost a mkdir and an rmdir on every restore.
namespace Harness.Vmm.Machine;

internal static class AutomaticVsockPaths
{
    private static readonly Lazy<string> Directory = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static long _next;

    /// <summary>A path no VM of this process has used.</summary>
    public static string Next() => Path.Combine(Directory.Value, $"vm-{Interlocked.Increment(ref _next)}.sock");

    private static string Create()
    {
        string directory = System.IO.Directory.CreateTempSubdirectory("harness-vms-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A socket file still open at exit: the temporary directory is the OS's to clean.
            }
        };
        return directory;
    }
}
