// Connection middleware that admits only allowed uids and attaches the peer's credentials to the connection, where
// request handlers find them (leases are bound to the peer process).
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon.Security;

/// <summary>The credentials of a connection's peer.</summary>
public interface IPeerCredentialsFeature
{
    /// <summary>The peer.</summary>
    PeerCredentials Peer { get; }
}

/// <summary>Checks SO_PEERCRED of every accepted connection against the allowed uids.</summary>
internal sealed class PeerCredentialsGate(IReadOnlySet<uint> allowedUids, DaemonMetrics metrics, ILogger log)
{
    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        Socket? socket = connection.Features.Get<IConnectionSocketFeature>()?.Socket;
        PeerCredentials peer;
        try
        {
            peer = socket != null ? PeerCredentials.Of(socket) : throw new SocketException((int)SocketError.NotSocket);
        }
        catch (SocketException e)
        {
            metrics.Rejected("no_credentials");
            log.LogWarning("connection without peer credentials refused: {Message}", e.Message);
            connection.Abort();
            return;
        }

        if (!allowedUids.Contains(peer.Uid))
        {
            metrics.Rejected("uid");
            log.LogWarning("connection from uid {Uid} (pid {Pid}) refused: not in the allowed uids", peer.Uid, peer.Pid);
            connection.Abort();
            return;
        }

        connection.Features.Set<IPeerCredentialsFeature>(new Feature(peer));
        await next(connection).ConfigureAwait(false);
    };

    private sealed record Feature(PeerCredentials Peer) : IPeerCredentialsFeature;
}
