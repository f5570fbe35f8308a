// The daemon's HTTP routes: acquire, exec, file read/write, renew and release of leases; status, health and metrics.
using System.Diagnostics;
using System.Text;
using Harness.Agent;
using Harness.Daemon.Leases;
using Harness.Daemon.Pools;
using Harness.Daemon.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Harness.Daemon;

/// <summary>Maps the wire contract of <see cref="DaemonRoutes"/> onto the pools and the lease table.</summary>
internal sealed class DaemonEndpoints(ISandboxPools pools, LeaseTable leases, DaemonMetrics metrics, DaemonOptions options,
    DaemonState state)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(DaemonRoutes.Leases, (Func<HttpContext, Task<IResult>>)AcquireAsync);
        app.MapPost(DaemonRoutes.Leases + "/{id}/exec", ExecAsync);
        app.MapGet(DaemonRoutes.Leases + "/{id}/file", ReadFileAsync);
        app.MapPut(DaemonRoutes.Leases + "/{id}/file", WriteFileAsync);
        app.MapPost(DaemonRoutes.Leases + "/{id}/renew", (string id) => leases.Find(id) is null ? Lost(id) : Results.NoContent());
        app.MapDelete(DaemonRoutes.Leases + "/{id}", async (string id) =>
        {
            bool ended = await leases.EndAsync(id, "release").ConfigureAwait(false);
            return ended ? Results.NoContent() : Lost(id);
        });
        app.MapGet(DaemonRoutes.Status, () => Results.Json(Status(), DaemonJson.Default.DaemonStatus));
        app.MapGet(DaemonRoutes.Health, Health);
        app.MapGet(DaemonRoutes.Metrics, () =>
        {
            var w = new StringWriter(new StringBuilder(8192));
            metrics.WriteTo(w, pools, leases.Count);
            return Results.Text(w.ToString(), "text/plain; version=0.0.4; charset=utf-8");
        });
    }

    private DaemonStatus Status() => new(Environment.ProcessId, pools.LiveVms, leases.Count, HostProcess.Threads(), HostProcess.OpenFileDescriptors(),
        [.. pools.Describe().Select(p => new PoolStatus(p.Name, p.Idle, p.TargetIdle, p.Leased, p.Verified))], state.StartedAt);

    private IResult Health()
    {
        IReadOnlyList<PoolSnapshot> described = pools.Describe();
        PoolSnapshot? bad = described.FirstOrDefault(p => !p.Verified);
        if (state.Stopping || bad != null)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, DaemonErrorCodes.Unavailable,
                state.Stopping ? "shutting down" : bad!.Fault ?? $"pool '{bad.Name}' is not verified");
        }

        return Results.Text("ok\n");
    }

    private async Task<IResult> AcquireAsync(HttpContext context)
    {
        AcquireRequest? body = await ReadJsonAsync(context, DaemonJson.Default.AcquireRequest).ConfigureAwait(false);
        if (body is null || string.IsNullOrEmpty(body.Snapshot))
        {
            metrics.AcquireFailed("bad_request");
            return Error(400, DaemonErrorCodes.BadRequest, "expected {\"snapshot\": NAME, \"ttl_ms\": N}");
        }

        if (body.TtlMs < 1 || body.TtlMs > options.MaxLeaseTtlSeconds * 1000L)
        {
            metrics.AcquireFailed("bad_request");
            return Error(400, DaemonErrorCodes.BadRequest, $"ttl_ms must be within 1–{options.MaxLeaseTtlSeconds * 1000L}");
        }

        if (state.Stopping)
        {
            metrics.AcquireFailed("stopping");
            return Error(503, DaemonErrorCodes.Unavailable, "shutting down");
        }

        ProcessIdentity? owner = context.Features.Get<IPeerCredentialsFeature>() is { } peer ? ProcessIdentity.Of(peer.Peer.Pid) : null;
        long t0 = Stopwatch.GetTimestamp();
        IDaemonSandbox sandbox;
        try
        {
            sandbox = await pools.AcquireAsync(body.Snapshot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (KeyNotFoundException e)
        {
            metrics.AcquireFailed("unknown_snapshot");
            return Error(404, DaemonErrorCodes.UnknownSnapshot, e.Message);
        }
        catch (Exception e) when (e is PoolUnavailableException or ObjectDisposedException or Guest.GuestBootException
                                       or Vmm.Persist.MachineStateException or Snapshots.Format.SnapshotFormatException)
        {
            metrics.AcquireFailed("unavailable");
            return Error(503, DaemonErrorCodes.Unavailable, e.Message);
        }

        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        Lease lease = leases.Add(body.Snapshot, sandbox, owner, TimeSpan.FromMilliseconds(body.TtlMs));
        metrics.Acquired(body.Snapshot, seconds);
        if (context.RequestAborted.IsCancellationRequested)
        {
            await leases.EndAsync(lease.Id, "client_gone").ConfigureAwait(false);
        }

        return Results.Json(new LeaseResponse(lease.Id, lease.Snapshot, sandbox.Generation, body.TtlMs, Math.Round(seconds * 1000, 3),
            Math.Round(sandbox.RestoreToReady.TotalMilliseconds, 3)),
            DaemonJson.Default.LeaseResponse);
    }

    private async Task<IResult> ExecAsync(HttpContext context, string id)
    {
        if (leases.Find(id) is not { } lease)
        {
            return Lost(id);
        }

        ExecWireRequest? body = await ReadJsonAsync(context, DaemonJson.Default.ExecWireRequest).ConfigureAwait(false);
        if (body?.Argv is not { Length: > 0 } || body.TimeoutMs is <= 0)
        {
            return Error(400, DaemonErrorCodes.BadRequest, "expected {\"argv\": [PROGRAM, ...]} with a positive timeout_ms if any");
        }

        ExecRequest request;
        try
        {
            request = new ExecRequest(body.Argv)
            {
                Environment = body.Environment ?? [],
                Stdin = body.Stdin ?? [],
                Timeout = body.TimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
                WorkingDirectory = body.WorkingDirectory,
            };
        }
        catch (ArgumentException e)
        {
            return Error(400, DaemonErrorCodes.BadRequest, e.Message);
        }

        long t0 = Stopwatch.GetTimestamp();
        return await OnSandboxAsync(lease, async ct =>
        {
            ExecResult r = await lease.Sandbox.ExecAsync(request, ct).ConfigureAwait(false);
            metrics.Executed(Stopwatch.GetElapsedTime(t0).TotalSeconds, ok: true);
            return Results.Json(new ExecWireResponse(r.ExitCode, r.Signal, r.TimedOut, r.Duration.TotalMilliseconds, r.Stdout, r.Stderr,
                r.StdoutTruncated, r.StderrTruncated), DaemonJson.Default.ExecWireResponse);
        }, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<IResult> ReadFileAsync(HttpContext context, string id, string? path)
    {
        if (leases.Find(id) is not { } lease)
        {
            return Lost(id);
        }

        if (string.IsNullOrEmpty(path))
        {
            return Error(400, DaemonErrorCodes.BadRequest, "the path query parameter is required");
        }

        return await OnSandboxAsync(lease, async ct =>
        {
            byte[] bytes = await lease.Sandbox.ReadFileAsync(path, ct).ConfigureAwait(false);
            metrics.FileTransfer("read", bytes.Length);
            return Results.Bytes(bytes, "application/octet-stream");
        }, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<IResult> WriteFileAsync(HttpContext context, string id, string? path)
    {
        if (leases.Find(id) is not { } lease)
        {
            return Lost(id);
        }

        if (string.IsNullOrEmpty(path))
        {
            return Error(400, DaemonErrorCodes.BadRequest, "the path query parameter is required");
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return await OnSandboxAsync(lease, async ct =>
        {
            await lease.Sandbox.WriteFileAsync(path, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct).ConfigureAwait(false);
            metrics.FileTransfer("write", buffer.Length);
            return Results.NoContent();
        }, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one agent request on a leased sandbox. An error the agent reports leaves the lease usable; a broken agent
    /// or VM ends the lease (its VM is destroyed) and tells the client so.
    /// </summary>
    private async Task<IResult> OnSandboxAsync(Lease lease, Func<CancellationToken, Task<IResult>> action, CancellationToken ct)
    {
        try
        {
            return await action(ct).ConfigureAwait(false);
        }
        catch (AgentErrorReplyException e)
        {
            metrics.Executed(0, ok: false);
            return Error(422, DaemonErrorCodes.AgentError, e.Message);
        }
        catch (ArgumentException e)
        {
            return Error(400, DaemonErrorCodes.BadRequest, e.Message);
        }
        catch (Exception e) when (e is AgentException or ObjectDisposedException or IOException && !ct.IsCancellationRequested)
        {
            metrics.Executed(0, ok: false);
            await leases.EndAsync(lease.Id, "sandbox_lost").ConfigureAwait(false);
            return Error(410, DaemonErrorCodes.SandboxLost, $"the sandbox of lease {lease.Id} broke and was destroyed: {e.Message}");
        }
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return await context.Request.ReadFromJsonAsync(type, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IResult Lost(string id) =>
        Error(404, DaemonErrorCodes.UnknownLease, $"no lease {id}: released, expired, or granted by an earlier daemon");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(code, message), DaemonJson.Default.ErrorResponse, statusCode: status);
}

/// <summary>Lifecycle facts the endpoints report.</summary>
internal sealed class DaemonState
{
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public volatile bool Stopping;
}
