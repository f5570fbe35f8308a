// Our own Linux system calls that Tmds.LibC does not bind (ioctl and the plain fd calls used with it): one static
// class, every result checked, every failure an exception that carries errno.
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Harness.Vmm.Platform;

/// <summary>A Linux system call failed; <see cref="Errno"/> says why.</summary>
public sealed class PlatformCallException : IOException
{
    /// <summary>Creates the exception for <paramref name="call"/> failing with <paramref name="errno"/>.</summary>
    public PlatformCallException(string call, int errno)
        : base($"{call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})")
    {
        Call = call;
        Errno = errno;
    }

    /// <summary>The call that failed, with its main argument.</summary>
    public string Call { get; }

    /// <summary>The errno it returned.</summary>
    public int Errno { get; }
}

/// <summary>P/Invoke for the Linux calls the monitor needs beyond Tmds.LibC. Linux on 64-bit hosts only.</summary>
internal static partial class LinuxInterop
{
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int ENXIO = 6;
    public const int EAGAIN = 11;
    public const int EACCES = 13;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int EPERM = 1;

    public const int O_RDWR = 0x2;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;

    public const short POLLIN = 0x1;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    /// <summary>_IOW('T', 202, int).</summary>
    public const ulong TUNSETIFF = 0x400454ca;
    public const short IFF_TAP = 0x0002;
    public const short IFF_NO_PI = 0x1000;

    /// <summary>IFNAMSIZ, including the terminating NUL.</summary>
    public const int InterfaceNameSize = 16;

    /// <summary>sizeof(struct ifreq) on 64-bit Linux.</summary>
    private const int IfreqSize = 40;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SysOpen(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static unsafe partial int SysIoctl(int fd, ulong request, void* argument);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint SysRead(int fd, void* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint SysWrite(int fd, void* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int SysPoll(PollFd* fds, nuint count, int timeoutMs);

    /// <summary>open(2); the handle closes the descriptor.</summary>
    public static SafeFileHandle Open(string path, int flags)
    {
        int fd = SysOpen(path, flags, 0);
        if (fd < 0)
        {
            throw new PlatformCallException($"open({path})", Marshal.GetLastPInvokeError());
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>TUNSETIFF on an open /dev/net/tun: attaches it to interface <paramref name="name"/>; returns the name the kernel used.</summary>
    public static unsafe string TunSetInterface(SafeFileHandle tun, string name, short flags)
    {
        byte[] utf8 = System.Text.Encoding.ASCII.GetBytes(name);
        if (utf8.Length >= InterfaceNameSize)
        {
            throw new ArgumentException($"interface name '{name}' is longer than {InterfaceNameSize - 1} bytes", nameof(name));
        }

        byte* ifr = stackalloc byte[IfreqSize];
        new Span<byte>(ifr, IfreqSize).Clear();
        utf8.CopyTo(new Span<byte>(ifr, InterfaceNameSize));
        *(short*)(ifr + InterfaceNameSize) = flags;
        int rc;
        using (var lease = new FdLease(tun))
        {
            rc = SysIoctl(lease.Fd, TUNSETIFF, ifr);
        }

        if (rc < 0)
        {
            throw new PlatformCallException($"ioctl(TUNSETIFF, {name})", Marshal.GetLastPInvokeError());
        }

        var chosen = new ReadOnlySpan<byte>(ifr, InterfaceNameSize);
        int nul = chosen.IndexOf((byte)0);
        return System.Text.Encoding.ASCII.GetString(nul < 0 ? chosen : chosen[..nul]);
    }

    /// <summary>read(2) on a non-blocking descriptor: bytes read, or -1 when nothing is ready (EAGAIN/EINTR).</summary>
    public static unsafe int Read(SafeFileHandle handle, Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            nint n;
            using (var lease = new FdLease(handle))
            {
                n = SysRead(lease.Fd, p, (nuint)buffer.Length);
            }

            if (n >= 0)
            {
                return (int)n;
            }

            int errno = Marshal.GetLastPInvokeError();
            return errno is EAGAIN or EINTR ? -1 : throw new PlatformCallException("read", errno);
        }
    }

    /// <summary>write(2) of one whole datagram (a frame); false when the descriptor would block.</summary>
    public static unsafe bool Write(SafeFileHandle handle, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            nint n;
            using (var lease = new FdLease(handle))
            {
                n = SysWrite(lease.Fd, p, (nuint)data.Length);
            }

            if (n >= 0)
            {
                return true;
            }

            int errno = Marshal.GetLastPInvokeError();
            return errno is EAGAIN or EINTR ? false : throw new PlatformCallException("write", errno);
        }
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> for the descriptor to be readable; true when it is (or has hung up).</summary>
    public static unsafe bool PollReadable(SafeFileHandle handle, int timeoutMs)
    {
        var pfd = new PollFd { Events = POLLIN };
        int rc;
        using (var lease = new FdLease(handle))
        {
            pfd.Fd = lease.Fd;
            rc = SysPoll(&pfd, 1, timeoutMs);
        }

        if (rc < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno == EINTR ? false : throw new PlatformCallException("poll", errno);
        }

        if ((pfd.Revents & POLLNVAL) != 0)
        {
            throw new PlatformCallException("poll", 9);
        }

        return rc > 0;
    }

    /// <summary>Keeps the descriptor alive (not closed and reused by another thread) for the length of one call.</summary>
    private ref struct FdLease
    {
        private readonly SafeFileHandle _handle;
        private bool _added;

        public FdLease(SafeFileHandle handle)
        {
            _handle = handle;
            handle.DangerousAddRef(ref _added);
            Fd = (int)handle.DangerousGetHandle();
        }

        public int Fd { get; }

        public void Dispose()
        {
            if (_added)
            {
                _added = false;
                _handle.DangerousRelease();
            }
        }
    }
}
