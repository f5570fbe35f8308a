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

    /// <summary>
    /// Connects to the device's Unix socket and sends the CONNECT line without waiting for the guest's answer: the
    /// returned transport takes the "OK" line off the stream on its first read, and what is written meanwhile waits
    /// in the socket until the guest accepts. A request can thus travel right behind the connection request, which
    /// saves a round trip through the guest after a restore, and the connection can be opened before the vCPUs start.
    /// A refusal shows as the guest side closing (a read returns 0, or a malformed reply is an <see cref="IOException"/>).
    /// </summary>
    /// <exception cref="SocketException">Nothing listens on <paramref name="udsPath"/>.</exception>
    public static async Task<IAgentTransport> OpenPipelinedAsync(string udsPath, uint port, CancellationToken cancellationToken = default)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(udsPath), cancellationToken).ConfigureAwait(false);
            var stream = new NetworkStream(socket, ownsSocket: true);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"CONNECT {port}\n"), cancellationToken).ConfigureAwait(false);
            return new PipelinedTransport(stream);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A transport over a socket already connected to the device's host side and already past its CONNECT line (as
    /// <c>VirtioVsockDevice.ConnectInProcess</c> returns it): the "OK" reply is taken off on the first read, as with
    /// <see cref="OpenPipelinedAsync"/>. Owns the socket.
    /// </summary>
    public static IAgentTransport FromConnectedSocket(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return new PipelinedTransport(new NetworkStream(socket, ownsSocket: true));
    }

    /// <summary>
    /// A transport over a stream already connected to the device's host side and past its CONNECT line (as
    /// <c>VirtioVsockDevice.ConnectLocal</c> returns it): the "OK" reply is taken off on the first read. The stream is
    /// owned and disposed by the transport.
    /// </summary>
    public static IAgentTransport FromConnectedStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new PipelinedTransport(stream);
    }

    /// <summary>A vsock stream whose handshake reply is still ahead of the agent's bytes.</summary>
    private sealed class PipelinedTransport(Stream stream) : IAgentTransport
    {
        private const int MaxReply = 64;
        private readonly byte[] _buffer = new byte[4096];
        private int _start;
        private int _end;
        private bool _handshakeDone;

        public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (!_handshakeDone)
            {
                if (!await ReadReplyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return 0;
                }
            }

            if (_start < _end)
            {
                int n = Math.Min(buffer.Length, _end - _start);
                _buffer.AsMemory(_start, n).CopyTo(buffer);
                _start += n;
                return n;
            }

            return await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reads up to the reply's newline; false when the guest refused (the stream ended first).</summary>
        private async ValueTask<bool> ReadReplyAsync(CancellationToken ct)
        {
            while (true)
            {
                int newline = Array.IndexOf(_buffer, (byte)'\n', 0, _end);
                if (newline >= 0)
                {
                    string reply = Encoding.ASCII.GetString(_buffer, 0, newline);
                    if (!reply.StartsWith("OK ", StringComparison.Ordinal))
                    {
                        throw new IOException($"unexpected vsock handshake reply '{reply}'");
                    }

                    _start = newline + 1;
                    _handshakeDone = true;
                    return true;
                }

                if (_end >= MaxReply)
                {
                    throw new IOException($"unexpected vsock handshake reply '{Encoding.ASCII.GetString(_buffer, 0, _end)}'");
                }

                int n = await stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
                if (n == 0)
                {
                    return false;
                }

                _end += n;
            }
        }

        public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
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
