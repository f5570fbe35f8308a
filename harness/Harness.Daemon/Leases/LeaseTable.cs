// The leases the daemon has granted. A lease binds one sandbox to the client process that acquired it (pid and start
// time from SO_PEERCRED) and to a TTL the client renews; it ends on release, when the TTL lapses, or as soon as that
// process exits, and then its VM is destroyed. Lease ids are 128 random bits, so an id is never handed out twice.
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Harness.Daemon.Pools;
using Harness.Daemon.Security;

namespace Harness.Daemon.Leases;

/// <summary>One granted lease.</summary>
internal sealed class Lease(string id, string snapshot, IDaemonSandbox sandbox, ProcessIdentity? owner, TimeSpan ttl)
{
    private long _expiresAt = Environment.TickCount64 + (long)ttl.TotalMilliseconds;

    public string Id { get; } = id;
    public string Snapshot { get; } = snapshot;
    public IDaemonSandbox Sandbox { get; } = sandbox;
    public ProcessIdentity? Owner { get; } = owner;
    public TimeSpan Ttl { get; } = ttl;

    public void Renew() => Volatile.Write(ref _expiresAt, Environment.TickCount64 + (long)Ttl.TotalMilliseconds);

    public bool Expired(long now) => now >= Volatile.Read(ref _expiresAt);
}

/// <summary>The granted leases, by id.</summary>
internal sealed class LeaseTable(DaemonMetrics metrics)
{
    private readonly ConcurrentDictionary<string, Lease> _leases = new(StringComparer.Ordinal);

    public int Count => _leases.Count;

    public Lease Add(string snapshot, IDaemonSandbox sandbox, ProcessIdentity? owner, TimeSpan ttl)
    {
        while (true)
        {
            var lease = new Lease(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), snapshot, sandbox, owner, ttl);
            if (_leases.TryAdd(lease.Id, lease))
            {
                return lease;
            }
        }
    }

    /// <summary>The lease with that id, renewed (any use of a lease counts as a renewal).</summary>
    public Lease? Find(string id)
    {
        if (_leases.TryGetValue(id, out Lease? lease))
        {
            lease.Renew();
            return lease;
        }

        return null;
    }

    /// <summary>Ends the lease and destroys its VM; false if no such lease is held (already ended).</summary>
    public async Task<bool> EndAsync(string id, string reason)
    {
        if (!_leases.TryRemove(id, out Lease? lease))
        {
            return false;
        }

        metrics.LeaseEnded(reason);
        await lease.Sandbox.DisposeAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>Ends leases whose TTL lapsed, whose owner exited, or whose VM died; returns how many.</summary>
    public async Task<int> ReapAsync()
    {
        long now = Environment.TickCount64;
        int ended = 0;
        foreach (Lease lease in _leases.Values)
        {
            string? reason = lease.Expired(now) ? "ttl"
                : lease.Owner is { IsAlive: false } ? "owner_exit"
                : !lease.Sandbox.IsAlive ? "sandbox_lost"
                : null;
            if (reason != null && await EndAsync(lease.Id, reason).ConfigureAwait(false))
            {
                ended++;
            }
        }

        return ended;
    }

    /// <summary>Ends every lease (shutdown).</summary>
    public async Task EndAllAsync()
    {
        foreach (string id in _leases.Keys)
        {
            await EndAsync(id, "shutdown").ConfigureAwait(false);
        }
    }
}
