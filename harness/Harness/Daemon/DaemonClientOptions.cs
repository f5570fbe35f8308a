// Settings of a DaemonClient.
namespace Harness.Daemon;

/// <summary>How a <see cref="DaemonClient"/> talks to the daemon.</summary>
public sealed record DaemonClientOptions
{
    /// <summary>The environment variable naming the daemon's socket: set, tests go through the daemon.</summary>
    public const string SocketVariable = "HARNESS_DAEMON";

    /// <summary>
    /// How long a lease lives without a renewal. A lease also ends as soon as the process that took it exits; the TTL
    /// covers a client that hangs. Leases renew themselves at a third of it.
    /// </summary>
    public TimeSpan LeaseTtl { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to keep trying to connect while the daemon is down (restarting, say) before giving up.</summary>
    public TimeSpan ReconnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound on one request (an acquire waits for a pool to refill; an exec for its program).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The socket named by <see cref="SocketVariable"/>, or null when it is unset or empty.</summary>
    public static string? SocketFromEnvironment() =>
        Environment.GetEnvironmentVariable(SocketVariable) is { Length: > 0 } s ? s : null;
}
