// Host threads for vCPU loops, parked between machines and reused: a restored VM then starts its vCPUs with a
// wake-up instead of a thread creation, which costs about 0.1 ms on an idle host and milliseconds on a busy one. A
// restore's write-ahead of learned pages borrows one too (CopyOnWriteMapping.PopulateWritesInBackground), for the same wake-up.
namespace Harness.Vmm.Machine;

/// <summary>A small pool of parked threads that run vCPU loops.</summary>
internal static class VcpuThreads
{
    /// <summary>Idle threads kept beyond this many end instead of parking.</summary>
    private const int MaxIdle = 16;

    private static readonly Stack<Worker> Idle = new();

    /// <summary>Runs <paramref name="loop"/> on a parked thread, or a new one when none is idle.</summary>
    public static void Run(Action loop)
    {
        Worker? worker;
        lock (Idle)
        {
            Idle.TryPop(out worker);
        }

        (worker ?? new Worker()).Start(loop);
    }

    private sealed class Worker
    {
        private readonly SemaphoreSlim _go = new(0);
        private Action? _work;

        public Worker()
        {
            new Thread(Loop) { IsBackground = true, Name = "vcpu" }.Start();
        }

        public void Start(Action work)
        {
            Volatile.Write(ref _work, work);
            _go.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _go.Wait();
                Action work = Interlocked.Exchange(ref _work, null)!;

                // The vCPU loop reports its own failures to its machine; nothing escapes it.
                work();
                lock (Idle)
                {
                    if (Idle.Count >= MaxIdle)
                    {
                        return;
                    }

                    Idle.Push(this);
                }
            }
        }
    }
}
