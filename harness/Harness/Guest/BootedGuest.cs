// A microVM booted to the agent's READY line, with the agent client attached: the unit every harness feature
// (boot benchmarks, integration tests, later sandboxes) starts from.
using System.Diagnostics;
using Harness.Agent;
using Harness.Vmm.Machine;

namespace Harness.Guest;

/// <summary>A running VM whose agent has said READY. Disposing it stops the VM.</summary>
public sealed class BootedGuest : IAsyncDisposable
{
    private readonly IAgentTransport _transport;

    private BootedGuest(MicroVm vm, IAgentTransport transport, AgentClient agent, TimeSpan timeToReady)
    {
        Vm = vm;
        _transport = transport;
        Agent = agent;
        TimeToReady = timeToReady;
    }

    /// <summary>The VM.</summary>
    public MicroVm Vm { get; }

    /// <summary>The agent client, over the VM's console.</summary>
    public AgentClient Agent { get; }

    /// <summary>Wall time from the start of <see cref="BootAsync"/> (building included) to READY.</summary>
    public TimeSpan TimeToReady { get; }

    /// <summary>Guest instructions retired until READY (all vCPUs): a machine-independent boot cost.</summary>
    public long InstructionsToReady { get; private init; }

    /// <summary>Builds the VM, starts it and waits for READY.</summary>
    /// <exception cref="MicroVmConfigException">The configuration is invalid.</exception>
    /// <exception cref="GuestBootException">The VM ended before READY, or READY did not come in time.</exception>
    public static async Task<BootedGuest> BootAsync(MicroVmBuilder builder, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        long t0 = Stopwatch.GetTimestamp();
        MicroVm vm = builder.Build();
        IAgentTransport? transport = vm.VsockUdsPath == null ? new ConsoleAgentTransport(vm) : null;
        AgentClient? agent = null;
        try
        {
            await vm.StartAsync(cancellationToken).ConfigureAwait(false);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            Task first;
            try
            {
                first = await Task.WhenAny(vm.Console.Ready, vm.Exited).WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GuestBootException($"no HARNESS-READY within {timeout}", vm.Console.ToString());
            }

            if (first != vm.Console.Ready)
            {
                throw new GuestBootException($"the VM ended ({vm.ExitReason}{(vm.FaultMessage is { } f ? ": " + f : "")}) before HARNESS-READY",
                    vm.Console.ToString());
            }

            TimeSpan timeToReady = Stopwatch.GetElapsedTime(t0);
            long instructions = vm.InstructionsRetired;
            transport ??= await ConnectVsockAsync(vm, timeout, cts.Token).ConfigureAwait(false);
            agent = new AgentClient(transport);
            return new BootedGuest(vm, transport, agent, timeToReady) { InstructionsToReady = instructions };
        }
        catch
        {
            await DisposeAllAsync(vm, transport, agent).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The agent's transport: vsock when the VM has it (fast, and free of console noise), else the console.</summary>
    private static async Task<IAgentTransport> ConnectVsockAsync(MicroVm vm, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return await VsockAgentTransport.ConnectAsync(vm.VsockUdsPath!, VsockAgentTransport.AgentPort, timeout, ct)
                .ConfigureAwait(false);
        }
        catch (AgentDisconnectedException e)
        {
            throw new GuestBootException(e.Message, vm.Console.ToString());
        }
    }

    /// <summary>
    /// Connects to the agent over vsock and pings it. A connection made before the guest has handled the transport
    /// reset is dropped by that reset, so a closed channel means "connect again", until the timeout.
    /// </summary>
    private static async Task<(IAgentTransport, AgentClient)> ConnectAfterTransportResetAsync(MicroVm vm, TimeSpan timeout,
        CancellationToken ct)
    {
        while (true)
        {
            IAgentTransport transport = await VsockAgentTransport.ConnectAsync(vm.VsockUdsPath!, VsockAgentTransport.AgentPort, timeout, ct)
                .ConfigureAwait(false);
            var agent = new AgentClient(transport);
            try
            {
                await agent.PingAsync(ct).ConfigureAwait(false);
                return (transport, agent);
            }
            catch (AgentDisconnectedException)
            {
                await agent.DisposeAsync().ConfigureAwait(false);
                await transport.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task DisposeAllAsync(MicroVm vm, IAgentTransport? transport, AgentClient? agent)
    {
        if (agent != null)
        {
            await agent.DisposeAsync().ConfigureAwait(false);
        }

        if (transport != null)
        {
            await transport.DisposeAsync().ConfigureAwait(false);
        }

        await vm.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Restores a saved machine over <paramref name="memory"/> (already holding its RAM), starts it, and waits until
    /// the agent answers a ping. Takes ownership of <paramref name="memory"/>.
    /// </summary>
    /// <exception cref="Harness.Vmm.Persist.MachineStateException">The state does not restore.</exception>
    /// <exception cref="GuestBootException">The agent did not answer in time.</exception>
    public static Task<BootedGuest> RestoreAsync(Harness.Vmm.Persist.MicroVmState state, Harness.Vmm.Memory.GuestMemory memory,
        TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        MicroVm vm;
        try
        {
            vm = MicroVm.Restore(state, memory);
        }
        catch
        {
            memory.Dispose();
            throw;
        }

        return StartRestoredAsync(vm, timeout, cancellationToken);
    }

    /// <summary>
    /// The after-restore hook queued behind the ready ping by <see cref="StartRestoredAsync(MicroVm, TimeSpan, AfterRestoreRequest?, CancellationToken)"/>:
    /// completes when the guest has run it (faults if it failed); completed when none was queued.
    /// </summary>
    public Task AfterRestoreCompletion { get; private init; } = Task.CompletedTask;

    /// <summary>Time the restored VM took to start its vCPU threads (for restores).</summary>
    public TimeSpan ResumeTime { get; private init; }

    /// <summary>
    /// Starts a VM restored from saved state and waits until its agent answers a ping (over vsock after the transport
    /// reset, or the console). <see cref="TimeToReady"/> runs from this call. Takes ownership of <paramref name="vm"/>.
    /// </summary>
    /// <exception cref="GuestBootException">The agent did not answer in time.</exception>
    public static Task<BootedGuest> StartRestoredAsync(MicroVm vm, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        StartRestoredAsync(vm, timeout, null, cancellationToken);

    /// <summary>
    /// As <see cref="StartRestoredAsync(MicroVm, TimeSpan, CancellationToken)"/>, and with <paramref name="afterRestore"/>
    /// queued right behind the ping, so that the guest takes both in one wake-up: <see cref="AfterRestoreCompletion"/>
    /// completes when the hook has run.
    /// </summary>
    public static async Task<BootedGuest> StartRestoredAsync(MicroVm vm, TimeSpan timeout, AfterRestoreRequest? afterRestore,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vm);
        long t0 = Stopwatch.GetTimestamp();
        IAgentTransport? transport = null;
        AgentClient? agent = null;
        Task? hook = null;
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            TimeSpan resume;
            try
            {
                // The connection and the ping go out before the vCPUs start, the connection in-process (no socket) so
                // its request is queued in the device when they do. If the restore queued a transport reset, the device holds the
                // request until the guest has consumed it, so the reset cannot tear it down. The ping waits right
                // behind the request and reaches the guest with it: one pass instead of a round trip per step.
                transport = vm.Vsock is { } vsock
                    ? VsockAgentTransport.FromConnectedStream(vsock.ConnectLocal(VsockAgentTransport.AgentPort))
                    : new ConsoleAgentTransport(vm);
                agent = new AgentClient(transport);
                Task<TimeSpan> ping;
                if (afterRestore != null)
                {
                    (ping, hook) = agent.PingThenAfterRestore(afterRestore.WallClock, afterRestore.Entropy, afterRestore.Generation,
                        afterRestore.GenerationId, cts.Token);
                }
                else
                {
                    ping = agent.PingAsync(cts.Token);
                }

                long s0 = Stopwatch.GetTimestamp();
                await vm.StartAsync(cancellationToken).ConfigureAwait(false);
                resume = Stopwatch.GetElapsedTime(s0);
                try
                {
                    await ping.ConfigureAwait(false);
                }
                catch (AgentDisconnectedException) when (vm.VsockUdsPath != null && !cts.IsCancellationRequested)
                {
                    // Refused (the guest was not listening yet) or dropped: connect the slow way until it answers.
                    Observe(hook);
                    await DisposeAgentAsync(transport, agent).ConfigureAwait(false);
                    (transport, agent) = (null, null);
                    (transport, agent) = await ConnectAfterTransportResetAsync(vm, timeout, cts.Token).ConfigureAwait(false);
                    hook = afterRestore == null ? null : agent.AfterRestoreAsync(afterRestore.WallClock, afterRestore.Entropy,
                        afterRestore.Generation, afterRestore.GenerationId, cancellationToken);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or AgentException or IOException or System.Net.Sockets.SocketException
                                      && !cancellationToken.IsCancellationRequested)
            {
                throw new GuestBootException($"the restored guest's agent did not answer a ping within {timeout}: {e.Message}",
                    vm.Console.ToString());
            }

            return new BootedGuest(vm, transport, agent, Stopwatch.GetElapsedTime(t0))
            {
                InstructionsToReady = vm.InstructionsRetired,
                ResumeTime = resume,
                AfterRestoreCompletion = hook ?? Task.CompletedTask,
            };
        }
        catch
        {
            Observe(hook);
            await DisposeAllAsync(vm, transport, agent).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A queued hook given up on faults when its client goes; nobody awaits it, so its fault is taken here.</summary>
    private static void Observe(Task? abandoned) =>
        abandoned?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private static async Task DisposeAgentAsync(IAgentTransport transport, AgentClient agent)
    {
        await agent.DisposeAsync().ConfigureAwait(false);
        await transport.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Readies the guest for capture and pauses it: runs the agent's before-snapshot hook, then closes the agent's
    /// vsock connection and waits until the device holds no connection at all, so that no guest socket is connected
    /// in the captured machine and a restored clone starts with nothing to tear down. Afterwards the agent is closed:
    /// write the snapshot, then stop or dispose the guest.
    /// </summary>
    /// <exception cref="GuestBootException">The connection did not close within <paramref name="timeout"/>.</exception>
    public async Task PauseForSnapshotAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        await Agent.BeforeSnapshotAsync(cts.Token).ConfigureAwait(false);
        if (Vm.Vsock is { } vsock)
        {
            await Agent.DisposeAsync().ConfigureAwait(false);
            await _transport.DisposeAsync().ConfigureAwait(false);
            try
            {
                // The guest answers our close with its own shutdown and a reset; the device then forgets the connection.
                while (vsock.ConnectionCount > 0)
                {
                    await Task.Delay(1, cts.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GuestBootException($"the guest kept {vsock.ConnectionCount} vsock connection(s) open for {timeout} after the host closed",
                    Vm.Console.ToString());
            }
        }

        await AgeToSteadyStateAsync(cts.Token).ConfigureAwait(false);
        await Vm.PauseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Guest uptime from which a captured guest idles at its steady rate. For its first two minutes Linux 6.1 runs an
    /// early-boot schedule: the CRNG reseeds and the hwrng thread reads virtio-rng every max(1 s, uptime / 2), and
    /// only a call after 120 s of uptime switches both to every 60 s. A snapshot taken just after boot would make
    /// every clone live through that schedule again, waking about ten times as often when idle; 200 s is past the
    /// switch with one early interval to spare.
    /// </summary>
    public static readonly TimeSpan SteadyUptime = TimeSpan.FromSeconds(200);

    /// <summary>
    /// Names how <see cref="PauseForSnapshotAsync"/> prepares a capture; caches of captured snapshots put it in their
    /// keys, so a change here (bump it) rebuilds them rather than reusing captures made the old way.
    /// </summary>
    public const string CaptureRecipe = "aged-to-200s-quiet";

    /// <summary>
    /// Fast-forwards an idle guest whose uptime is under <see cref="SteadyUptime"/> (a fresh boot; a restored
    /// snapshot is already past it). Only idle time is skipped, so the host pays for the timer events alone.
    /// </summary>
    private async Task AgeToSteadyStateAsync(CancellationToken cancellationToken)
    {
        TimeSpan uptime = TimeSpan.FromTicks((long)Vm.Clock.Read());
        if (uptime < SteadyUptime)
        {
            // A guest kept busy by its warm-up ages at the host's pace; it is captured as it stands after this bound.
            await Vm.FastForwardIdleAsync(SteadyUptime - uptime, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Asks the guest to power off and waits for the VM to end; stops it if the guest does not.</summary>
    public async Task<VmExitReason> PowerOffAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await Agent.PowerOffAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AgentException or IOException)
        {
            // The guest may power off before its reply gets out (vsock goes down with it); its exit says more.
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return await Vm.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            return await Vm.Exited.WaitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return await Vm.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Agent.DisposeAsync().ConfigureAwait(false);
        await _transport.DisposeAsync().ConfigureAwait(false);
        await Vm.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>A guest did not reach READY; <see cref="Console"/> holds what it printed.</summary>
public sealed class GuestBootException(string message, string console) : Exception(message)
{
    /// <summary>The console output up to the failure.</summary>
    public string Console { get; } = console;
}
