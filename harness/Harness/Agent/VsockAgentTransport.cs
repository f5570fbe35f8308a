// The agent transport over the VM's vsock device, through its host-side Unix socket as Firecracker defines it:
// connect, write "CONNECT <port>\n", read "OK <hostport>\n", then a byte stream to the guest's port.
using System.Net.Sockets;
using System.Text;

namespace Harness.Agent;

/// <summary>Connects to the guest agent's vsock port through the VM's host-side Unix socket.</summary>
public static class VsockAgentTransport
{
    /// <summary>The vsock port the guest agent listens on.</summary>
    public const uint AgentPort = 1024;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// Connects to <paramref name="port"/> in the guest, retrying until <paramref name="timeout"/> while the guest
    /// is not yet listening (the device closes a refused connection without "OK").
    /// </summary>
    /// <exception cref="AgentDisconnectedException">No connection within the timeout.</exception>
    public static async Task<IAgentTransport> ConnectAsync(string udsPath, uint port, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        string lastError = "no attempt";
        while (true)
        {
            try
            {
                return await TryConnectAsync(udsPath, port, cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException && !cts.IsCancellationRequested)
            {
                lastError = e.Message;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AgentDisconnectedException($"no vsock connection to guest port {port} through {udsPath} within {timeout}: {lastError}");
            }

            try
            {
                await Task.Delay(RetryDelay, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AgentDisconnectedException($"no vsock connection to guest port {port} through {udsPath} within {timeout}: {lastError}");
            }
        }
    }

    private static async Task<IAgentTransport> TryConnectAsync(string udsPath, uint port, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(udsPath), ct).ConfigureAwait(false);
            var stream = new NetworkStream(socket, ownsSocket: true);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"CONNECT {port}\n"), ct).ConfigureAwait(false);

            // Read the reply byte by byte: whatever follows the newline belongs to the agent's stream.
            var reply = new StringBuilder();
            var one = new byte[1];
            while (true)
            {
                int n = await stream.ReadAsync(one, ct).ConfigureAwait(false);
                if (n == 0)
                {
                    throw new IOException($"the guest refused vsock port {port}");
                }

                if (one[0] == (byte)'\n')
                {
                    break;
                }

                if (reply.Length > 64)
                {
                    throw new IOException($"unexpected vsock handshake reply '{reply}'");
                }

                reply.Append((char)one[0]);
            }

            if (!reply.ToString().StartsWith("OK ", StringComparison.Ordinal))
            {
                throw new IOException($"unexpected vsock handshake reply '{reply}'");
            }

            return new StreamAgentTransport(stream, ownsStream: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
