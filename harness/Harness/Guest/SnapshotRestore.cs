// Restores a guest from a snapshot file, times every phase, and runs the after-restore hook that makes each clone
// unique (fresh entropy and CRNG reseed, the host's wall clock, its generation number).
using System.Diagnostics;
using System.Security.Cryptography;
using Harness.Agent;
using Harness.Snapshots;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Guest;

/// <summary>Options for <see cref="SnapshotRestore.RestoreAsync"/>.</summary>
public sealed record SnapshotRestoreRequest(string SnapshotPath)
{
    /// <summary>How guest memory is brought back.</summary>
    public RestoreMode Mode { get; init; } = RestoreMode.SharedCopyOnWrite;

    /// <summary>Base snapshots a diff may need, and the shared image cache.</summary>
    public SnapshotRestoreOptions? MemoryOptions { get; init; }

    /// <summary>How long the agent may take to answer after the vCPUs start.</summary>
    public TimeSpan AgentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Run the guest's after-restore hook (on by default: without it clones share their random state).</summary>
    public bool RunAfterRestoreHook { get; init; } = true;
}

/// <summary>Restoring guests from snapshot files.</summary>
public static class SnapshotRestore
{
    /// <summary>Bytes of host entropy handed to each restored guest.</summary>
    public const int EntropyBytes = 64;

    /// <summary>
    /// The most pages a first request may leave written and still be learned (4 MiB): every later clone of the
    /// snapshot writes the learned pages into place and holds them while idle.
    /// </summary>
    public const int MaxLearnedPages = 1024;

    /// <summary>Restores, starts, waits for the agent, and runs the after-restore hook.</summary>
    /// <exception cref="MachineStateException">The machine state does not restore.</exception>
    /// <exception cref="Harness.Snapshots.Format.SnapshotFormatException">The file is corrupt or a diff's base is missing.</exception>
    /// <exception cref="GuestBootException">The restored agent did not answer.</exception>
    public static async Task<(BootedGuest Guest, RestorePhases Phases)> RestoreAsync(SnapshotRestoreRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long t = Stopwatch.GetTimestamp();
        TimeSpan Lap()
        {
            long now = Stopwatch.GetTimestamp();
            TimeSpan d = Stopwatch.GetElapsedTime(t, now);
            t = now;
            return d;
        }

        MicroVm vm;
        TimeSpan open, map, state;
        using (SnapshotReader reader = MachineSnapshot.Open(request.SnapshotPath))
        {
            open = Lap();

            // Memory first: a shared restore starts bringing in the learned pages on another core, which then
            // overlaps decoding the state and building the machine.
            GuestMemory memory = SnapshotMemory.Restore(reader, Harness.Vmm.Boot.VirtMemoryMap.RamBase, request.Mode, request.MemoryOptions);
            map = Lap();
            try
            {
                MicroVmState machine = MachineSnapshotSections.ReadFrom(reader);
                vm = MicroVm.Restore(machine, memory);
                vm.SnapshotBase = reader.ContentHash;
            }
            catch
            {
                memory.Dispose();
                throw;
            }

            TestOnlyRestoreDelay.Apply(); // test-only slowdown (HARNESS_TEST_RESTORE_DELAY_MS) that the perf gate's tests inject
            state = Lap();
        }

        // The hook goes right behind the ready ping, so the guest takes both in one wake-up instead of sleeping between
        // them; this returns once the hook has run.
        AfterRestoreRequest? hook = request.RunAfterRestoreHook
            ? new AfterRestoreRequest(DateTimeOffset.UtcNow, RandomNumberGenerator.GetBytes(EntropyBytes), vm.Generation, Guid.NewGuid())
            : null;
        BootedGuest guest = await BootedGuest.StartRestoredAsync(vm, request.AgentTimeout, hook, cancellationToken).ConfigureAwait(false);
        TimeSpan ready = Lap();
        TimeSpan afterRestore = TimeSpan.Zero;
        if (hook != null)
        {
            try
            {
                await guest.AfterRestoreCompletion.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await guest.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            afterRestore = Lap();
        }

        if (vm.SnapshotBase is { } hash)
        {
            // What this clone writes on its way to ready and through its first request, the next clone of the snapshot
            // gets written in place up front. The path to ready alone is learned only until a first request is.
            if (RestoreWriteSet.For(hash) == null)
            {
                RestoreWriteSet.Learn(hash, vm.Memory);
            }

            GuestMemory memory = vm.Memory;
            guest.Agent.AfterNextReply(() => RestoreWriteSet.LearnIfAtMost(hash, memory, MaxLearnedPages));
        }

        return (guest, new RestorePhases
        {
            Open = open,
            MapMemory = map,
            RestoreState = state,
            Resume = guest.ResumeTime,
            AgentReady = ready - guest.ResumeTime,
            AfterRestore = afterRestore,
        });
    }
}
