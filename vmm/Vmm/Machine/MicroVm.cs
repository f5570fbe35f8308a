// A running RISC-V microVM: guest RAM, the MMIO bus and devices, one host thread per vCPU, SBI in the monitor.
// Lifecycle: Created → StartAsync → (PauseAsync ⇄ ResumeAsync)* → exit (guest power-off, panic, fault, StopAsync).
using System.Diagnostics;
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Machine.Sbi;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Machine;

/// <summary>A microVM. Create it with <see cref="MicroVmBuilder"/>; dispose it to release its memory and threads.</summary>
public sealed partial class MicroVm : IAsyncDisposable, ISbiHost, IHartPlatform
{
    /// <summary>Guest instructions a vCPU runs between looks at the machine's pause and stop flags.</summary>
    private const long SliceInstructions = 1_000_000;

    /// <summary>
    /// Longest a WFI-parked vCPU sleeps before it re-checks the machine. Everything that needs it sooner wakes it (the
    /// guest's timer deadline, an interrupt, pause, stop), so this only bounds a lost wake-up; a short value costs
    /// host CPU at density (1,000 idle guests woken every 50 ms kept two cores busy).
    /// </summary>
    private static readonly TimeSpan MaxIdleWait = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly Vcpu[] _vcpus;
    private readonly SbiHandler _sbi;
    private readonly TaskCompletionSource<VmExitReason> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<byte> _sbiConsoleInput = new();
    private readonly List<VirtioSlot> _virtio;
    private bool _started;
    private bool _pauseRequested;
    private bool _stopping;
    private int _threadsAlive;
    private VmExitReason _exitReason;

    /// <summary>The validated configuration this VM was built from.</summary>
    public MicroVmConfig Config { get; }

    /// <summary>Guest RAM.</summary>
    public GuestMemory Memory { get; }

    /// <summary>The guest-physical MMIO space.</summary>
    public MmioBus Bus { get; }

    /// <summary>Everything the guest printed on its console (UART and SBI console).</summary>
    public ConsoleLog Console { get; } = new();

    /// <summary>Guest time (10 MHz). Stops while the VM is paused.</summary>
    public GuestClock Clock { get; }

    /// <summary>Completes with the exit reason when every vCPU thread has ended.</summary>
    public Task<VmExitReason> Exited => _exited.Task;

    /// <summary>The reason the VM ended, or <see cref="VmExitReason.None"/> while it runs.</summary>
    public VmExitReason ExitReason
    {
        get
        {
            lock (_gate)
            {
                return _exitReason;
            }
        }
    }

    /// <summary>For <see cref="VmExitReason.VcpuFault"/>: what failed.</summary>
    public string? FaultMessage { get; private set; }

    /// <summary>True between a completed <see cref="PauseAsync"/> and the next <see cref="ResumeAsync"/>.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Number of vCPUs.</summary>
    public int VcpuCount => _vcpus.Length;

    /// <summary>vCPU threads still alive (0 once the VM has exited).</summary>
    public int VcpuThreadsAlive
    {
        get
        {
            lock (_gate)
            {
                return _vcpus.Count(v => v.LoopRunning);
            }
        }
    }

    /// <summary>Guest instructions retired by all vCPUs. Exact only while paused or after exit.</summary>
    public long InstructionsRetired => _vcpus.Sum(v => v.Hart.InstructionsRetired);

    /// <summary>True while every vCPU that is not stopped is parked in WFI: the guest is idle. Any thread; a snapshot.</summary>
    public bool IsIdle => _vcpus.All(v => v.PowerState == HartPowerState.Stopped || v.Hart.IsWaitingForInterrupt);

    /// <summary>Times a parked vCPU was woken by an interrupt, summed over the vCPUs.</summary>
    public long Wakeups => _vcpus.Sum(v => v.Hart.Wakeups);

    /// <summary>SBI calls the guest made.</summary>
    public long SbiCalls => _sbi.Calls;

    /// <summary>Host CPU time the vCPU threads spent running guest code.</summary>
    public TimeSpan VcpuRunTime => Stopwatch.GetElapsedTime(0, _vcpus.Sum(v => Interlocked.Read(ref v.RunTicks)));

    int ISbiHost.HartCount => _vcpus.Length;

    /// <summary>The program counter of hart <paramref name="hartId"/>; meaningful while paused.</summary>
    public ulong GetHartPc(int hartId) => _vcpus[hartId].Hart.Pc;

    /// <summary>Starts the boot vCPU (hart 0); the guest starts the others through SBI HSM.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_started)
            {
                throw new InvalidOperationException("the VM was already started");
            }

            _started = true;
        }

        Memory.Mapping.WaitUntilReady(); // a restore's pages written ahead of time are in place before the guest writes

        Clock.Resume();
        foreach (Vcpu v in _vcpus)
        {
            lock (_gate)
            {
                v.LoopRunning = true;
            }

            Interlocked.Increment(ref _threadsAlive);
            VcpuThreads.Run(() => RunLoop(v));
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops every vCPU at an instruction boundary and stops guest time. Returns once all are parked.</summary>
    public Task PauseAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            EnsureStartedLocked();
            if (_stopping || _pauseRequested)
            {
                return Task.CompletedTask;
            }

            _pauseRequested = true;
        }

        foreach (Vcpu v in _vcpus)
        {
            v.Hart.RequestExit();
        }

        lock (_gate)
        {
            while (!_stopping && _vcpus.Any(v => v.LoopRunning && !v.Parked))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 10);
            }

            Clock.Pause();
            IsPaused = true;
        }

        // Host-side device threads (vsock) stop touching guest RAM too, so a paused VM is wholly still.
        foreach (VirtioSlot v in _virtio)
        {
            v.Transport.Pause();
        }

        return Task.CompletedTask;
    }

    /// <summary>Resumes a paused VM; guest time continues from where it stopped.</summary>
    public Task ResumeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            EnsureStartedLocked();
            if (!_pauseRequested)
            {
                return Task.CompletedTask;
            }

            foreach (VirtioSlot v in _virtio)
            {
                v.Transport.Resume();
            }

            Clock.Resume();
            _pauseRequested = false;
            IsPaused = false;
            Monitor.PulseAll(_gate);
        }

        return Task.CompletedTask;
    }

    /// <summary>Ends the VM (exit reason <see cref="VmExitReason.Stopped"/> unless the guest ended first) and waits for its threads.</summary>
    public async Task<VmExitReason> StopAsync(CancellationToken cancellationToken = default)
    {
        bool started;
        lock (_gate)
        {
            started = _started;
        }

        if (!started)
        {
            lock (_gate)
            {
                _exitReason = _exitReason == VmExitReason.None ? VmExitReason.Stopped : _exitReason;
                _exited.TrySetResult(_exitReason);
            }

            return VmExitReason.Stopped;
        }

        RequestSystemExit(VmExitReason.Stopped);
        return await Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Feeds bytes to the guest's console input (the UART's receive side, and the SBI console). Returns how many
    /// the UART accepted; the rest should be offered again once the guest has read some.
    /// </summary>
    public int WriteConsoleInput(ReadOnlySpan<byte> data)
    {
        int accepted = Uart.EnqueueInput(data);
        lock (_sbiConsoleInput)
        {
            // The SBI console is a second reader of the same input; keep it bounded like the UART's buffer.
            foreach (byte b in data[..accepted])
            {
                if (_sbiConsoleInput.Count < Uart.InputCapacity)
                {
                    _sbiConsoleInput.Enqueue(b);
                }
            }
        }

        return accepted;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        DisposeDevices();

        // Every vCPU loop has returned: the next machine (often a clone of this one) starts with these decodes.
        foreach (Vcpu v in _vcpus)
        {
            v.Hart.ReleaseDecodeCache();
            v.Hart.Dispose();
        }

        Memory.Dispose();
    }

    ulong IHartPlatform.ReadTime() => Clock.Read();

    bool IHartPlatform.TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from) => _sbi.TryHandle(hart, from);

    RiscVHart ISbiHost.GetHart(int hartId) => _vcpus[hartId].Hart;

    HartPowerState ISbiHost.GetHartPowerState(int hartId)
    {
        lock (_gate)
        {
            return _vcpus[hartId].PowerState;
        }
    }

    bool ISbiHost.TryStartHart(int hartId, ulong startAddress, ulong opaque)
    {
        lock (_gate)
        {
            Vcpu v = _vcpus[hartId];
            if (v.PowerState != HartPowerState.Stopped)
            {
                return false;
            }

            v.StartAddress = startAddress;
            v.StartOpaque = opaque;
            v.PowerState = HartPowerState.StartPending;
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    void ISbiHost.StopHart(int hartId)
    {
        lock (_gate)
        {
            _vcpus[hartId].PowerState = HartPowerState.StopPending;
        }

        _vcpus[hartId].Hart.RequestExit();
    }

    void ISbiHost.ConsolePutchar(byte value) => Console.Write([value]);

    int ISbiHost.ConsoleGetchar()
    {
        lock (_sbiConsoleInput)
        {
            return _sbiConsoleInput.Count > 0 ? _sbiConsoleInput.Dequeue() : -1;
        }
    }

    /// <summary>Ends the VM with <paramref name="reason"/>; the first reason wins. Safe from any thread.</summary>
    public void RequestSystemExit(VmExitReason reason)
    {
        lock (_gate)
        {
            if (_exitReason == VmExitReason.None)
            {
                _exitReason = reason;
            }

            _stopping = true;
            Monitor.PulseAll(_gate);
        }

        foreach (Vcpu v in _vcpus)
        {
            v.Hart.RequestExit();
        }
    }

    private void EnsureStartedLocked()
    {
        if (!_started)
        {
            throw new InvalidOperationException("the VM has not been started");
        }
    }

    private void RunLoop(Vcpu v)
    {
        try
        {
            while (WaitUntilRunnable(v))
            {
                long t0 = Stopwatch.GetTimestamp();
                HartExit exit = v.Hart.Run(SliceInstructions);
                Interlocked.Add(ref v.RunTicks, Stopwatch.GetTimestamp() - t0);
                if (exit == HartExit.WaitForInterrupt)
                {
                    WaitIdle(v);
                }
            }
        }
        catch (Exception ex)
        {
            FaultMessage = $"vcpu{v.Id}: {ex.GetType().Name}: {ex.Message}";
            RequestSystemExit(VmExitReason.VcpuFault);
        }
        finally
        {
            lock (_gate)
            {
                v.Parked = true;
                v.LoopRunning = false;
                Monitor.PulseAll(_gate);
            }

            if (Interlocked.Decrement(ref _threadsAlive) == 0)
            {
                Clock.Pause();
                lock (_gate)
                {
                    _exited.TrySetResult(_exitReason);
                }
            }
        }
    }

    /// <summary>Parks the vCPU while it may not run; false once the VM is stopping.</summary>
    private bool WaitUntilRunnable(Vcpu v)
    {
        lock (_gate)
        {
            while (true)
            {
                if (_stopping)
                {
                    return false;
                }

                if (v.PowerState == HartPowerState.StopPending)
                {
                    v.PowerState = HartPowerState.Stopped;
                }

                if (_pauseRequested || v.PowerState == HartPowerState.Stopped)
                {
                    if (!v.Parked)
                    {
                        v.Parked = true;
                        Monitor.PulseAll(_gate);
                    }

                    Monitor.Wait(_gate);
                    continue;
                }

                if (v.PowerState == HartPowerState.StartPending)
                {
                    EnterSupervisor(v.Hart, v.StartAddress, (ulong)v.Id, v.StartOpaque);
                    v.PowerState = HartPowerState.Started;
                }

                v.Parked = false;
                return true;
            }
        }
    }
}
