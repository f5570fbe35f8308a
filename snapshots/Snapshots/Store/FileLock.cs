// An exclusive advisory lock (flock) on a lock file, shared by every process on the host that uses the same path.
// Opened with our own open(2): .NET's own FileShare emulation would take a second flock on the same descriptor.
using System.Runtime.InteropServices;

namespace Harness.Snapshots.Store;

/// <summary>Holds an exclusive flock on a file until disposed. The kernel drops it if the process dies.</summary>
public sealed partial class FileLock : IDisposable
{
    private const int OpenReadWrite = 2;
    private const int OpenCreate = 0x40;
    private const int OpenCloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int LockUnlock = 8;
    private const int Interrupted = 4;

    private int _fd;

    private FileLock(int fd) => _fd = fd;

    /// <summary>Blocks until this process holds the exclusive lock on <paramref name="path"/> (created if missing).</summary>
    public static FileLock Acquire(string path)
    {
        int fd = Open(path, OpenReadWrite | OpenCreate | OpenCloseOnExec, 0x1A4);
        if (fd < 0)
        {
            throw new IOException($"cannot open lock file {path} (errno {Marshal.GetLastPInvokeError()})");
        }

        while (Flock(fd, LockExclusive) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != Interrupted)
            {
                _ = Close(fd);
                throw new IOException($"cannot lock {path} (errno {errno})");
            }
        }

        return new FileLock(fd);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            _ = Flock(fd, LockUnlock);
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
