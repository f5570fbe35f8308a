// The host end of Firecracker's vsock convention: a Unix socket listener where each host process writes
// "CONNECT <port>\n" and is then bridged to that guest port.
using System.Net.Sockets;
using System.Text;

namespace Harness.Vmm.Devices.Virtio.Vsock;

internal sealed class VsockHostListener : IDisposable
{
    private const int MaxLine = 32;

    private readonly Socket _listener;
    private readonly string _path;
    private readonly CancellationTokenSource _cts = new();
    private Action<Socket, uint>? _onConnect;

    /// <summary>Binds <paramref name="path"/> (replacing a stale socket file); accepting begins with <see cref="Start"/>.</summary>
    public VsockHostListener(string path)
    {
        _path = path;
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            var endpoint = new UnixDomainSocketEndPoint(path);
            if (File.Exists(path))
            {
                ReplaceStaleSocket(endpoint, path);
            }

            _listener.Bind(endpoint);
            _listener.Listen(128);
        }
        catch
        {
            _listener.Dispose();
            throw;
        }
    }

    private static void ReplaceStaleSocket(UnixDomainSocketEndPoint endpoint, string path)
    {
        // A socket file nobody listens on is left over from an earlier run; one with a listener belongs to another
        // device, and taking its path over would silently steal its connections.
        using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            probe.Connect(endpoint);
        }
        catch (SocketException)
        {
            File.Delete(path);
            return;
        }

        throw new IOException($"vsock socket path '{path}' is in use by a live listener");
    }

    /// <summary>Starts accepting; each well-formed CONNECT line calls <paramref name="onConnect"/> with the guest port.</summary>
    public void Start(Action<Socket, uint> onConnect)
    {
        _onConnect = onConnect;
        _ = Task.Run(AcceptLoopAsync);
    }

    private async Task AcceptLoopAsync()
    {
        CancellationToken ct = _cts.Token;
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (ct.IsCancellationRequested)
                {
                    return;
                }

                // Out of descriptors or a similar transient failure: back off instead of spinning.
                await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            _ = Task.Run(() => HandshakeAsync(client, ct));
        }
    }

    private async Task HandshakeAsync(Socket client, CancellationToken ct)
    {
        try
        {
            // One byte at a time so nothing after the newline is consumed here: it belongs to the stream.
            var line = new byte[MaxLine];
            int n = 0;
            while (true)
            {
                if (n == MaxLine || await client.ReceiveAsync(line.AsMemory(n, 1), SocketFlags.None, ct).ConfigureAwait(false) == 0)
                {
                    client.Dispose();
                    return;
                }

                if (line[n++] == (byte)'\n')
                {
                    break;
                }
            }

            string text = Encoding.ASCII.GetString(line, 0, n - 1).TrimEnd('\r');
            if (!text.StartsWith("CONNECT ", StringComparison.Ordinal)
                || !uint.TryParse(text.AsSpan(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint port))
            {
                client.Dispose();
                return;
            }

            _onConnect!(client, port);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        _cts.Cancel();
        _listener.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // Someone else owns the path now; leaving it is harmless.
        }
    }
}
