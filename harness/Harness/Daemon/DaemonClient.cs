// Client of the pool daemon: HTTP/JSON over its Unix domain socket. A new connection is dialled per pooled HTTP
// connection, so when the daemon restarts the client simply dials again (until ReconnectTimeout).
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization.Metadata;
using Harness.Agent;

namespace Harness.Daemon;

/// <summary>Acquires, drives and releases sandboxes held by a pool daemon (<c>scripts/harness daemon</c>).</summary>
public sealed class DaemonClient : IAsyncDisposable, IDisposable
{
    private readonly HttpClient _http;
    private readonly DaemonClientOptions _options;

    /// <summary>A client of the daemon listening on <paramref name="socketPath"/>.</summary>
    public DaemonClient(string socketPath, DaemonClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        SocketPath = Path.GetFullPath(socketPath);
        _options = options ?? new DaemonClientOptions();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            UseProxy = false,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://harness-daemon"), Timeout = _options.RequestTimeout };
    }

    /// <summary>The daemon's socket.</summary>
    public string SocketPath { get; }

    /// <summary>
    /// A client of the daemon named by <c>HARNESS_DAEMON</c>, or null when it is unset: the switch by which the same test
    /// code runs against the daemon or in-process.
    /// </summary>
    public static DaemonClient? FromEnvironment(DaemonClientOptions? options = null) =>
        DaemonClientOptions.SocketFromEnvironment() is { } socket ? new DaemonClient(socket, options) : null;

    /// <summary>Takes a sandbox restored from <paramref name="snapshot"/> (a name from the daemon's configuration).</summary>
    /// <exception cref="DaemonRequestException">Unknown snapshot, or the pool cannot produce sandboxes.</exception>
    /// <exception cref="DaemonUnavailableException">No daemon answers.</exception>
    public async Task<DaemonLease> AcquireAsync(string snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(snapshot);
        var body = new AcquireRequest(snapshot, (long)_options.LeaseTtl.TotalMilliseconds);
        LeaseResponse granted = await SendAsync(HttpMethod.Post, DaemonRoutes.Leases,
            () => JsonContent.Create(body, DaemonJson.Default.AcquireRequest), DaemonJson.Default.LeaseResponse, cancellationToken)
            .ConfigureAwait(false);
        return new DaemonLease(this, granted);
    }

    /// <summary>Runs a program in the sandbox held by lease <paramref name="lease"/>.</summary>
    public async Task<ExecResult> ExecAsync(string lease, ExecRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new ExecWireRequest([.. request.Argv],
            request.Environment.Count == 0 ? null : new Dictionary<string, string>(request.Environment),
            request.Stdin.IsEmpty ? null : request.Stdin.ToArray(),
            request.Timeout is { } t ? (long)t.TotalMilliseconds : null,
            request.WorkingDirectory);
        ExecWireResponse r = await SendAsync(HttpMethod.Post, DaemonRoutes.Exec(lease),
            () => JsonContent.Create(body, DaemonJson.Default.ExecWireRequest), DaemonJson.Default.ExecWireResponse, cancellationToken)
            .ConfigureAwait(false);
        return new ExecResult(r.ExitCode, r.Signal, r.TimedOut, TimeSpan.FromMilliseconds(r.DurationMs), r.Stdout, r.Stderr,
            r.StdoutTruncated, r.StderrTruncated);
    }

    /// <summary>Reads a whole guest file.</summary>
    public async Task<byte[]> ReadFileAsync(string lease, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Get, DaemonRoutes.File(lease, path), null, cancellationToken)
            .ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates or replaces a guest file.</summary>
    public async Task WriteFileAsync(string lease, string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Put, DaemonRoutes.File(lease, path),
            () => new ReadOnlyMemoryContent(contents), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Extends a lease's TTL (leases renew themselves; this is for callers holding only an id).</summary>
    public async Task RenewAsync(string lease, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Post, DaemonRoutes.Renew(lease), null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Releases a lease; the daemon destroys the VM.</summary>
    /// <exception cref="DaemonLeaseLostException">The daemon does not hold that lease.</exception>
    public async Task ReleaseAsync(string lease, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Delete, DaemonRoutes.Lease(lease), null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The daemon's live VMs, leases, pools, threads and file descriptors.</summary>
    public async Task<DaemonStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, DaemonRoutes.Status, null, DaemonJson.Default.DaemonStatus, cancellationToken).ConfigureAwait(false);

    /// <summary>The Prometheus text the daemon exposes.</summary>
    public async Task<string> GetMetricsTextAsync(CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Get, DaemonRoutes.Metrics, null, cancellationToken)
            .ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the daemon answers its health endpoint with 200.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using HttpResponseMessage response = await SendRawAsync(HttpMethod.Get, DaemonRoutes.Health, null, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (DaemonRequestException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string route, Func<HttpContent>? content, JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendRawAsync(method, route, content, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
               ?? throw new DaemonRequestException((int)response.StatusCode, DaemonErrorCodes.BadRequest, "empty reply");
    }

    /// <summary>
    /// Sends one request, dialling again while the socket refuses (the daemon is restarting) until the reconnect
    /// timeout. Only failures to connect are retried: then the request never reached a daemon, so any verb is safe to
    /// repeat. Errors come back as typed exceptions.
    /// </summary>
    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string route, Func<HttpContent>? content,
        CancellationToken cancellationToken)
    {
        DateTime deadline = DateTime.UtcNow + _options.ReconnectTimeout;
        TimeSpan backoff = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            using var request = new HttpRequestMessage(method, route) { Content = content?.Invoke() };
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (IsConnectFailure(e))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new DaemonUnavailableException(SocketPath, _options.ReconnectTimeout, e);
                }

                await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 500));
                continue;
            }
            catch (HttpRequestException e)
            {
                // Connected, then the daemon went away mid-request (killed, say): whatever it held for us is gone.
                throw new DaemonUnavailableException(SocketPath, $"the pool daemon on {SocketPath} went away during the request: {e.Message}", e);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsConnectFailure(HttpRequestException e) =>
        e.HttpRequestError == HttpRequestError.ConnectionError && e.InnerException is SocketException or FileNotFoundException;

    private static async Task<DaemonRequestException> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorResponse? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(DaemonJson.Default.ErrorResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
        }

        string code = error?.Code ?? (response.StatusCode == HttpStatusCode.NotFound ? DaemonErrorCodes.UnknownLease : DaemonErrorCodes.Unavailable);
        string message = error?.Message ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        return code is DaemonErrorCodes.UnknownLease or DaemonErrorCodes.SandboxLost
            ? new DaemonLeaseLostException((int)response.StatusCode, code, message)
            : new DaemonRequestException((int)response.StatusCode, code, message);
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
