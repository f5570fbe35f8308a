// The credentials of the process at the other end of a Unix socket (SO_PEERCRED), read through the socket API so no
// P/Invoke is needed, and the identity of that process over time (pid plus start time, so a reused pid is noticed).
using System.Net.Sockets;

namespace Harness.Daemon.Security;

/// <summary>pid, uid and gid of a Unix socket's peer, as the kernel recorded them at connect time.</summary>
public readonly record struct PeerCredentials(int Pid, uint Uid, uint Gid)
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;

    /// <summary>Reads SO_PEERCRED of a connected Unix socket.</summary>
    /// <exception cref="SocketException">The socket has no peer credentials (not a connected Unix socket).</exception>
    public static PeerCredentials Of(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (socket.AddressFamily != AddressFamily.Unix)
        {
            throw new SocketException((int)SocketError.AddressFamilyNotSupported);
        }

        Span<byte> ucred = stackalloc byte[12];
        int length = socket.GetRawSocketOption(SolSocket, SoPeerCred, ucred);
        int pid = BitConverter.ToInt32(ucred);
        // An unconnected socket reports pid 0: no peer, so no credentials to trust.
        if (length != ucred.Length || pid <= 0)
        {
            throw new SocketException((int)SocketError.NotConnected);
        }

        return new PeerCredentials(pid, BitConverter.ToUInt32(ucred[4..]), BitConverter.ToUInt32(ucred[8..]));
    }
}

/// <summary>A process identified by pid and kernel start time, so that a recycled pid is not mistaken for it.</summary>
public readonly record struct ProcessIdentity(int Pid, ulong StartTime)
{
    /// <summary>The identity of live process <paramref name="pid"/>, or null when it does not exist.</summary>
    public static ProcessIdentity? Of(int pid) => StartTimeOf(pid) is { } start ? new ProcessIdentity(pid, start) : null;

    /// <summary>True while the same process still runs (and is not a zombie).</summary>
    public bool IsAlive => StartTimeOf(Pid) == StartTime;

    /// <summary>Field 22 of /proc/PID/stat (start time in clock ticks); null when the process is gone or a zombie.</summary>
    private static ulong? StartTimeOf(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces; count fields after its closing one.
        int close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        string[] fields = stat[(close + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field 22 is fields[19].
        if (fields.Length < 20 || fields[0] == "Z" || !ulong.TryParse(fields[19], out ulong start))
        {
            return null;
        }

        return start;
    }
}
