// Typed failures of talking to the pool daemon.
namespace Harness.Daemon;

/// <summary>Base of every daemon client failure.</summary>
public abstract class DaemonException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>No daemon answered on the socket within the reconnect timeout.</summary>
public sealed class DaemonUnavailableException(string socketPath, string message, Exception? inner = null) : DaemonException(message, inner)
{
    /// <summary>No daemon accepted a connection within <paramref name="waited"/>.</summary>
    public DaemonUnavailableException(string socketPath, TimeSpan waited, Exception? inner = null)
        : this(socketPath, $"no pool daemon answered on {socketPath} within {waited}", inner)
    {
    }

    /// <summary>The socket tried.</summary>
    public string SocketPath { get; } = socketPath;
}

/// <summary>The daemon answered with an error.</summary>
public class DaemonRequestException(int status, string code, string message)
    : DaemonException($"pool daemon: {code}: {message}")
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>One of <see cref="DaemonErrorCodes"/>.</summary>
    public string Code { get; } = code;
}

/// <summary>The lease is gone: released, expired, its sandbox broke, or the daemon restarted since it was granted.</summary>
public sealed class DaemonLeaseLostException(int status, string code, string message) : DaemonRequestException(status, code, message);
