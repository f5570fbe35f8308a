// The wire contract between the pool daemon and its clients: HTTP/JSON over a Unix domain socket. Both sides use
// these records and routes, so the contract lives in one file.
using System.Text.Json.Serialization;

namespace Harness.Daemon;

/// <summary>Routes the daemon serves.</summary>
public static class DaemonRoutes
{
    /// <summary>POST: acquire a lease (<see cref="AcquireRequest"/> → <see cref="LeaseResponse"/>).</summary>
    public const string Leases = "/v1/leases";

    /// <summary>GET: the daemon's live VMs, leases, pools, threads and descriptors.</summary>
    public const string Status = "/v1/status";

    /// <summary>GET: 200 when every pool is serving, 503 otherwise.</summary>
    public const string Health = "/health";

    /// <summary>GET: Prometheus text exposition.</summary>
    public const string Metrics = "/metrics";

    /// <summary>DELETE: release; the VM is destroyed, never reused.</summary>
    public static string Lease(string id) => $"{Leases}/{Uri.EscapeDataString(id)}";

    /// <summary>POST: run a command (<see cref="ExecWireRequest"/> → <see cref="ExecWireResponse"/>).</summary>
    public static string Exec(string id) => Lease(id) + "/exec";

    /// <summary>POST: extend the lease's TTL.</summary>
    public static string Renew(string id) => Lease(id) + "/renew";

    /// <summary>GET (read) or PUT (write) a guest file named by the <c>path</c> query parameter; the body is the bytes.</summary>
    public static string File(string id, string path) => Lease(id) + "/file?path=" + Uri.EscapeDataString(path);
}

/// <summary>Asks for a sandbox restored from the named snapshot.</summary>
public sealed record AcquireRequest(
    [property: JsonPropertyName("snapshot")] string Snapshot,
    [property: JsonPropertyName("ttl_ms")] long TtlMs);

/// <summary>A granted lease.</summary>
public sealed record LeaseResponse(
    [property: JsonPropertyName("lease")] string Lease,
    [property: JsonPropertyName("snapshot")] string Snapshot,
    [property: JsonPropertyName("generation")] ulong Generation,
    [property: JsonPropertyName("ttl_ms")] long TtlMs,
    [property: JsonPropertyName("acquire_ms")] double AcquireMs,
    [property: JsonPropertyName("restore_to_ready_ms")] double RestoreToReadyMs);

/// <summary>A command to run in the leased guest.</summary>
public sealed record ExecWireRequest(
    [property: JsonPropertyName("argv")] string[] Argv,
    [property: JsonPropertyName("env")] Dictionary<string, string>? Environment,
    [property: JsonPropertyName("stdin")] byte[]? Stdin,
    [property: JsonPropertyName("timeout_ms")] long? TimeoutMs,
    [property: JsonPropertyName("cwd")] string? WorkingDirectory);

/// <summary>The outcome of a command.</summary>
public sealed record ExecWireResponse(
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("signal")] int Signal,
    [property: JsonPropertyName("timed_out")] bool TimedOut,
    [property: JsonPropertyName("duration_ms")] double DurationMs,
    [property: JsonPropertyName("stdout")] byte[] Stdout,
    [property: JsonPropertyName("stderr")] byte[] Stderr,
    [property: JsonPropertyName("stdout_truncated")] bool StdoutTruncated,
    [property: JsonPropertyName("stderr_truncated")] bool StderrTruncated);

/// <summary>Every non-2xx answer carries one of these.</summary>
public sealed record ErrorResponse(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>One pool as the status endpoint reports it.</summary>
public sealed record PoolStatus(
    [property: JsonPropertyName("snapshot")] string Snapshot,
    [property: JsonPropertyName("idle")] int Idle,
    [property: JsonPropertyName("target_idle")] int TargetIdle,
    [property: JsonPropertyName("leased")] int Leased,
    [property: JsonPropertyName("verified")] bool Verified);

/// <summary>What the daemon holds right now: the figures leak checks compare against a baseline.</summary>
public sealed record DaemonStatus(
    [property: JsonPropertyName("pid")] int Pid,
    [property: JsonPropertyName("live_vms")] int LiveVms,
    [property: JsonPropertyName("leases")] int Leases,
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("open_fds")] int OpenFileDescriptors,
    [property: JsonPropertyName("pools")] PoolStatus[] Pools,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt);

/// <summary>Error codes of <see cref="ErrorResponse.Code"/>.</summary>
public static class DaemonErrorCodes
{
    /// <summary>No pool for that snapshot name.</summary>
    public const string UnknownSnapshot = "unknown_snapshot";

    /// <summary>The lease id is not (or no longer) held: released, expired, or never granted.</summary>
    public const string UnknownLease = "unknown_lease";

    /// <summary>The request is malformed.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>The guest agent failed the request (the lease stays valid).</summary>
    public const string AgentError = "agent_error";

    /// <summary>The sandbox broke (its VM ended or its agent went away); the lease is gone.</summary>
    public const string SandboxLost = "sandbox_lost";

    /// <summary>The daemon is shutting down or a pool cannot produce sandboxes.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The peer's uid is not allowed.</summary>
    public const string Forbidden = "forbidden";
}

/// <summary>Source-generated JSON for the wire records (no reflection, same shape on both sides).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AcquireRequest))]
[JsonSerializable(typeof(LeaseResponse))]
[JsonSerializable(typeof(ExecWireRequest))]
[JsonSerializable(typeof(ExecWireResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(DaemonStatus))]
public sealed partial class DaemonJson : JsonSerializerContext;
