// The daemon's configuration: where it listens, who may talk to it, and which snapshots it keeps warm. Bound from
// the "Daemon" section of a JSON file (--config) and from --Daemon:Key=value arguments.
namespace Harness.Daemon;

/// <summary>Configuration of the pool daemon.</summary>
public sealed class DaemonOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Daemon";

    /// <summary>The Unix socket to listen on (created with mode 0600).</summary>
    public string Socket { get; set; } = "/run/harness/daemon.sock";

    /// <summary>Peer uids allowed in; empty means the daemon's own uid and root.</summary>
    public List<uint> AllowedUids { get; set; } = [];

    /// <summary>Snapshots to keep pools for.</summary>
    public List<SnapshotPoolOptions> Snapshots { get; set; } = [];

    /// <summary>Longest TTL a client may ask for, in seconds.</summary>
    public int MaxLeaseTtlSeconds { get; set; } = 3600;

    /// <summary>How often leases are checked for a lapsed TTL or an exited owner, in milliseconds.</summary>
    public int ReapIntervalMs { get; set; } = 250;

    /// <summary>Checks the options, with a message naming the bad field.</summary>
    /// <exception cref="DaemonConfigException">A field is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Socket))
        {
            throw new DaemonConfigException("Daemon:Socket is empty");
        }

        if (Snapshots.Count == 0)
        {
            throw new DaemonConfigException("Daemon:Snapshots names no snapshot to serve");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SnapshotPoolOptions s in Snapshots)
        {
            s.Validate();
            if (!names.Add(s.Name))
            {
                throw new DaemonConfigException($"snapshot name '{s.Name}' appears twice");
            }
        }

        if (MaxLeaseTtlSeconds < 1 || ReapIntervalMs is < 10 or > 60_000)
        {
            throw new DaemonConfigException("Daemon:MaxLeaseTtlSeconds must be ≥ 1 and Daemon:ReapIntervalMs within 10–60000");
        }
    }
}

/// <summary>One pool: a snapshot file and how many restored sandboxes to keep ready.</summary>
public sealed class SnapshotPoolOptions
{
    /// <summary>The name clients acquire by.</summary>
    public string Name { get; set; } = "";

    /// <summary>The snapshot file (from <c>harness snapshot create</c>).</summary>
    public string Path { get; set; } = "";

    /// <summary>Restored, idle sandboxes to keep ready.</summary>
    public int MinIdle { get; set; } = 2;

    /// <summary>Most sandboxes of this pool alive at once, idle and leased together.</summary>
    public int MaxSize { get; set; } = 32;

    /// <summary>The daemon's PSS in MiB above which the pool stops restoring (0: no budget).</summary>
    public long MemoryBudgetMiB { get; set; }

    /// <summary>How long an acquire waits for a sandbox when the pool is empty, in seconds.</summary>
    public int AcquireTimeoutSeconds { get; set; } = 60;

    /// <summary>Memory restore mode: eager, shared or lazy.</summary>
    public string Mode { get; set; } = "shared";

    /// <summary>Checks the entry.</summary>
    /// <exception cref="DaemonConfigException">A field is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new DaemonConfigException($"snapshot name '{Name}' must be non-empty letters, digits, '-', '_' or '.'");
        }

        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new DaemonConfigException($"snapshot '{Name}' has no Path");
        }

        if (MinIdle is < 0 or > 256)
        {
            throw new DaemonConfigException($"snapshot '{Name}': MinIdle {MinIdle} is outside 0–256");
        }

        if (MaxSize < 1 || MaxSize < MinIdle || MaxSize > 4096)
        {
            throw new DaemonConfigException($"snapshot '{Name}': MaxSize {MaxSize} must be within MinIdle–4096");
        }

        if (MemoryBudgetMiB < 0 || AcquireTimeoutSeconds is < 1 or > 3600)
        {
            throw new DaemonConfigException($"snapshot '{Name}': MemoryBudgetMiB must be ≥ 0 and AcquireTimeoutSeconds within 1–3600");
        }

        if (Mode is not ("eager" or "shared" or "lazy"))
        {
            throw new DaemonConfigException($"snapshot '{Name}': Mode '{Mode}' is not eager, shared or lazy");
        }
    }
}

/// <summary>The daemon's configuration is invalid.</summary>
public sealed class DaemonConfigException(string message) : Exception(message);
