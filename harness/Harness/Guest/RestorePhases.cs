// Wall time of each phase of one restore, for reports and the `restore --json` output.
namespace Harness.Guest;

/// <summary>How long each phase of a restore took.</summary>
public sealed record RestorePhases
{
    /// <summary>Opening the snapshot file: header, section table and checksums.</summary>
    public TimeSpan Open { get; init; }

    /// <summary>Mapping (shared), decompressing (eager) or arming (lazy) guest memory.</summary>
    public TimeSpan MapMemory { get; init; }

    /// <summary>Decoding the machine state and building the vCPUs and devices from it.</summary>
    public TimeSpan RestoreState { get; init; }

    /// <summary>Starting the vCPU threads.</summary>
    public TimeSpan Resume { get; init; }

    /// <summary>
    /// Connecting to the agent (in-process, queued before the vCPUs start) and its answer to a ping: the guest's own
    /// work after the restore, almost all of this phase.
    /// </summary>
    public TimeSpan AgentReady { get; init; }

    /// <summary>
    /// The guest's after-restore hook (wall clock, entropy and CRNG reseed, generation), from the ping's answer until
    /// the hook's: the hook is sent right behind the ping, and the agent runs it once it has answered the ping.
    /// </summary>
    public TimeSpan AfterRestore { get; init; }

    /// <summary>Restore start until the agent answered a ping: the figure budgets are usually about.</summary>
    public TimeSpan RestoreToReady => Open + MapMemory + RestoreState + Resume + AgentReady;
}
