// A socket file left by a daemon that was killed (kill -9 leaves it behind): removed only when nothing listens on it,
// so a second daemon never steals a live one's socket.
using System.Net.Sockets;

namespace Harness.Daemon;

/// <summary>Reclaims a daemon socket path before binding it.</summary>
public static class StaleSocket
{
    /// <summary>
    /// Makes <paramref name="path"/> free to bind: creates its directory, and deletes a socket file nobody listens on.
    /// Returns true when a stale socket was removed.
    /// </summary>
    /// <exception cref="DaemonAlreadyRunningException">A process accepts connections on the socket.</exception>
    /// <exception cref="DaemonConfigException">The path exists and is not a socket.</exception>
    public static bool Reclaim(string path)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }

        // File.Exists is false for sockets; Path.Exists sees any kind of entry.
        if (!Path.Exists(path))
        {
            return false;
        }

        if (!IsSocket(path))
        {
            throw new DaemonConfigException($"{path} exists and is not a socket; refusing to replace it");
        }

        using (var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                probe.Connect(new UnixDomainSocketEndPoint(path));
                throw new DaemonAlreadyRunningException(path);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressNotAvailable)
            {
                // Nobody listens: the file belongs to a daemon that died.
            }
        }

        File.Delete(path);
        return true;
    }

    /// <summary>
    /// True when <paramref name="path"/> is a socket. Connecting cannot tell (a regular file also refuses), but opening
    /// can: open(2) of a socket fails with ENXIO, while a regular file opens.
    /// </summary>
    private static bool IsSocket(string path)
    {
        if (Directory.Exists(path))
        {
            return false;
        }

        try
        {
            using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}

/// <summary>Another daemon already serves the socket.</summary>
public sealed class DaemonAlreadyRunningException(string path) : Exception($"a daemon is already listening on {path}");
