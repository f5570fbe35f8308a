// A minimal client of QEMU's machine protocol (QMP) over its Unix socket: the greeting, capabilities negotiation,
// and one command at a time, skipping the asynchronous events QEMU interleaves with replies.
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Harness.Reference;

/// <summary>Talks QMP to one QEMU process.</summary>
public sealed class QmpClient : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly StreamReader _reader;
    private readonly Stream _stream;

    private QmpClient(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    /// <summary>
    /// Connects to the QMP socket at <paramref name="path"/> (retrying while QEMU has not created it yet), reads the
    /// greeting and leaves capabilities negotiation mode.
    /// </summary>
    /// <exception cref="InvalidOperationException">No QMP server answered within <paramref name="timeout"/>.</exception>
    public static async Task<QmpClient> ConnectAsync(string path, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cts.Token).ConfigureAwait(false);
                var client = new QmpClient(socket);
                await client.ReadMessageAsync(cts.Token).ConfigureAwait(false);
                await client.ExecuteAsync("qmp_capabilities", null, cts.Token).ConfigureAwait(false);
                return client;
            }
            catch (SocketException) when (!cts.IsCancellationRequested)
            {
                socket.Dispose();
                await Task.Delay(1, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new InvalidOperationException($"no QMP server at {path} within {timeout}");
            }
        }
    }

    /// <summary>Runs <paramref name="command"/> and returns its "return" value.</summary>
    /// <exception cref="InvalidOperationException">QEMU answered with an error or closed the socket.</exception>
    public async Task<JsonNode?> ExecuteAsync(string command, JsonObject? arguments, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["execute"] = command };
        if (arguments != null)
        {
            request["arguments"] = arguments;
        }

        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToJsonString() + "\n"), cancellationToken).ConfigureAwait(false);
        while (true)
        {
            JsonObject message = await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            if (message.ContainsKey("event"))
            {
                continue;
            }

            if (message["error"] is JsonObject error)
            {
                throw new InvalidOperationException($"QMP {command} failed: {error["desc"]}");
            }

            return message["return"];
        }
    }

    private async Task<JsonObject> ReadMessageAsync(CancellationToken cancellationToken)
    {
        string line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("QEMU closed its QMP socket");
        return JsonNode.Parse(line) as JsonObject ?? throw new InvalidOperationException($"QMP sent '{line}', not an object");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
