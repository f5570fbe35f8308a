// The density sweep: restore sandboxes one after another from the default snapshot (shared copy-on-write, so the
// pages no guest writes stay shared) and keep them idle, until a count or a host memory budget is reached; then
// measure what each costs (smaps of the guest RAM mappings and of the whole process) and the CPU they burn idle.
// Every sandbox is disposed at the end, whatever happened.
using System.Diagnostics;
using Harness.Guest;
using Harness.Reports;
using Harness.Vmm.Persist;

namespace Harness.Cli.Bench;

internal static class DensitySweep
{
    /// <summary>The sweep stops early when the host has less memory available than this, budget or not.</summary>
    private const long HostReserveMiB = 1536;

    public static async Task<DensityFigures> RunAsync(SnapshotRestoreRequest request, BenchOptions options, IBenchProgress progress,
        CancellationToken ct)
    {
        double baselineCpu;
        using (progress.Begin($"density: none idle for {options.IdleWindow.TotalSeconds:0.#} s"))
        {
            // The same settling time as the measurement with sandboxes, so the two compare.
            await Task.Delay(options.IdleSettle, ct).ConfigureAwait(false);
            baselineCpu = await IdleCpuPercentAsync(options.IdleWindow, ct).ConfigureAwait(false);
        }

        var guests = new List<BootedGuest>(Math.Min(options.DensityMax, 4096));
        var curve = new List<DensityPoint>();
        MemoryFigures baseline = ProcessMemory.Process();
        curve.Add(new DensityPoint(0, 0, 0, 0, 0));
        string stoppedBy = "count";
        long t0 = Stopwatch.GetTimestamp();
        TimeSpan restoreAll;
        try
        {
            using (IBenchStep step = progress.Begin($"density: up to {options.DensityMax} idle", options.DensityMax))
            {
                while (guests.Count < options.DensityMax)
                {
                    BootedGuest guest;
                    try
                    {
                        (guest, _) = await SnapshotRestore.RestoreAsync(request, ct).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is GuestBootException or MachineStateException or IOException or OutOfMemoryException)
                    {
                        // The host ran out of something (memory, threads, sockets) before the count or the budget:
                        // that is the density, so it is reported rather than failing the bench.
                        stoppedBy = $"restore {guests.Count + 1} failed: {e.GetType().Name}: {e.Message}";
                        progress.Note($"density: {stoppedBy}");
                        break;
                    }

                    guests.Add(guest);
                    int n = guests.Count;
                    if (IsCheckpoint(n) || n == options.DensityMax)
                    {
                        DensityPoint p = Measure(guests, baseline);
                        curve.Add(p);
                        step.Report(n, $"+{p.ProcessPssMib:F0} MiB");
                        if (p.ProcessPssMib >= options.DensityBudgetMiB)
                        {
                            stoppedBy = "budget";
                            break;
                        }
                    }
                    else if (n % 10 == 0)
                    {
                        step.Report(n);
                    }

                    if (n % 10 == 0 && HostAvailableMiB() < HostReserveMiB)
                    {
                        stoppedBy = $"host memory (under {HostReserveMiB} MiB available)";
                        break;
                    }
                }
            }

            restoreAll = Stopwatch.GetElapsedTime(t0);
            if (curve[^1].Sandboxes != guests.Count)
            {
                curve.Add(Measure(guests, baseline));
            }

            double idleCpu, wakeups, instructions;
            using (progress.Begin($"density: {guests.Count} idle for {options.IdleWindow.TotalSeconds:0.#} s"))
            {
                // Let the last restores' after-restore work settle before the window opens.
                await Task.Delay(options.IdleSettle, ct).ConfigureAwait(false);
                long w0 = guests.Sum(g => g.Vm.Wakeups), i0 = guests.Sum(g => g.Vm.InstructionsRetired);
                long t1 = Stopwatch.GetTimestamp();
                idleCpu = await IdleCpuPercentAsync(options.IdleWindow, ct).ConfigureAwait(false);
                double seconds = Stopwatch.GetElapsedTime(t1).TotalSeconds * Math.Max(guests.Count, 1);
                wakeups = (guests.Sum(g => g.Vm.Wakeups) - w0) / seconds;
                instructions = (guests.Sum(g => g.Vm.InstructionsRetired) - i0) / seconds;
            }

            int alive = guests.Count(g => !g.Vm.Exited.IsCompleted);
            if (alive != guests.Count)
            {
                throw new BenchException($"{guests.Count - alive} of {guests.Count} idle sandboxes ended while idle");
            }

            DensityPoint last = curve[^1];
            int count = Math.Max(guests.Count, 1);
            return new DensityFigures
            {
                Sandboxes = guests.Count,
                MemoryBudgetMib = options.DensityBudgetMiB,
                MaxSandboxes = options.DensityMax,
                StoppedBy = stoppedBy,
                PrivateMibPerSandbox = last.PrivateMib / count,
                PssMibPerSandbox = last.PssMib / count,
                RssMibPerSandbox = last.RssMib / count,
                ProcessPssMibPerSandbox = last.ProcessPssMib / count,
                IdleCpuPercentOfOneCore = idleCpu,
                IdleCpuBaselinePercentOfOneCore = baselineCpu,
                IdleWindowMs = options.IdleWindow.TotalMilliseconds,
                IdleSettleMs = options.IdleSettle.TotalMilliseconds,
                IdleWakeupsPerSandboxPerSecond = wakeups,
                IdleGuestInstructionsPerSandboxPerSecond = instructions,
                RestoreAllMs = restoreAll.TotalMilliseconds,
                Curve = curve,
            };
        }
        finally
        {
            using IBenchStep stop = progress.Begin($"density: dispose {guests.Count}", guests.Count);
            await DisposeAllAsync(guests, stop).ConfigureAwait(false);
        }
    }

    /// <summary>1, 2, 5, 10, 20, 50, ... and every 50 past 100: dense enough for the plot, cheap enough for 1,000.</summary>
    internal static bool IsCheckpoint(int n)
    {
        if (n >= 100)
        {
            return n % 50 == 0;
        }

        for (int decade = 1; decade <= n; decade *= 10)
        {
            if (n == decade || n == 2 * decade || n == 5 * decade)
            {
                return true;
            }
        }

        return false;
    }

    private static unsafe DensityPoint Measure(List<BootedGuest> guests, MemoryFigures baseline)
    {
        var ranges = new List<(ulong, ulong)>(guests.Count);
        foreach (BootedGuest g in guests)
        {
            ulong start = (ulong)g.Vm.Memory.Pointer;
            ranges.Add((start, start + g.Vm.Memory.Size));
        }

        MemoryFigures ram = ProcessMemory.Inside(ranges);
        MemoryFigures process = ProcessMemory.Process();
        return new DensityPoint(guests.Count, ram.PrivateMib, ram.PssMib, ram.RssMib, Math.Max(process.PssMib - baseline.PssMib, 0));
    }

    private static async Task<double> IdleCpuPercentAsync(TimeSpan window, CancellationToken ct)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        TimeSpan cpu0 = self.TotalProcessorTime;
        long t0 = Stopwatch.GetTimestamp();
        await Task.Delay(window, ct).ConfigureAwait(false);
        self.Refresh();
        TimeSpan cpu = self.TotalProcessorTime - cpu0;
        return cpu.TotalMilliseconds / Stopwatch.GetElapsedTime(t0).TotalMilliseconds * 100;
    }

    private static long HostAvailableMiB()
    {
        foreach (string line in File.ReadLines("/proc/meminfo"))
        {
            if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
            {
                return long.Parse(line["MemAvailable:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        return long.MaxValue;
    }

    private static async Task DisposeAllAsync(List<BootedGuest> guests, IBenchStep step)
    {
        int done = 0;
        await Parallel.ForEachAsync(guests, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (g, _) =>
        {
            await g.DisposeAsync().ConfigureAwait(false);
            int n = Interlocked.Increment(ref done);
            if (n % 25 == 0)
            {
                step.Report(n);
            }
        }).ConfigureAwait(false);
        guests.Clear();
    }
}
