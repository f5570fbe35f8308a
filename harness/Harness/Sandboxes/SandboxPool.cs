// Keeps restored sandboxes warm so that acquiring one is a queue operation, refills in the background, bounds the
// number alive and the host memory they use, and destroys every sandbox once its lease ends.
using System.Collections.Concurrent;
using System.Diagnostics;

namespace Harness.Sandboxes;

/// <summary>A pool of pre-restored sandboxes of one <see cref="SandboxSpec"/>.</summary>
public sealed class SandboxPool : IAsyncDisposable
{
    private readonly SandboxSpec _spec;
    private readonly SandboxPoolOptions _options;
    private readonly SnapshotCatalog _catalog;
    private readonly ConcurrentQueue<Sandbox> _idle = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly SemaphoreSlim _refillSignal = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Sandbox, byte> _leased = new();
    private Task? _refill;
    private int _alive;
    private long _created;
    private long _destroyed;
    private Exception? _lastError;

    /// <summary>Creates the pool; <see cref="StartAsync"/> fills it.</summary>
    /// <exception cref="SandboxConfigurationException">The options are inconsistent.</exception>
    public SandboxPool(SandboxSpec spec, SandboxPoolOptions? options = null)
    {
        _spec = spec ?? throw new ArgumentNullException(nameof(spec));
        _options = options ?? new SandboxPoolOptions();
        if (_options.MinIdle < 0 || _options.MaxSize < 1 || _options.MinIdle > _options.MaxSize)
        {
            throw new SandboxConfigurationException($"pool sizes are inconsistent: MinIdle {_options.MinIdle}, MaxSize {_options.MaxSize}");
        }

        _catalog = _options.Catalog ?? new SnapshotCatalog();
    }

    /// <summary>Sandboxes restored and waiting.</summary>
    public int Idle => _idle.Count;

    /// <summary>Sandboxes handed out and not yet released.</summary>
    public int Leased => _leased.Count;

    /// <summary>Sandboxes restored since the pool started.</summary>
    public long Created => Interlocked.Read(ref _created);

    /// <summary>Sandboxes destroyed since the pool started.</summary>
    public long Destroyed => Interlocked.Read(ref _destroyed);

    /// <summary>Whether the last refill stopped at the memory budget.</summary>
    public bool AtMemoryBudget { get; private set; }

    /// <summary>The most recent restore failure of the background refill, if any.</summary>
    public Exception? LastError => Volatile.Read(ref _lastError);

    /// <summary>Builds the snapshot if needed and restores <see cref="SandboxPoolOptions.MinIdle"/> sandboxes.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _catalog.GetSnapshotAsync(_spec, cancellationToken).ConfigureAwait(false);
        while (_idle.Count < _options.MinIdle && await TryAddOneAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        _refill = Task.Run(() => RefillLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>
    /// Hands out an idle sandbox, waiting up to <paramref name="timeout"/> for one to be restored when none is idle.
    /// </summary>
    /// <exception cref="SandboxPoolExhaustedException">No sandbox became available in time.</exception>
    public async Task<SandboxLease> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        long t0 = Stopwatch.GetTimestamp();
        while (true)
        {
            if (_idle.TryDequeue(out Sandbox? sandbox))
            {
                _leased[sandbox] = 0;
                _refillSignal.Release();
                return new SandboxLease(this, sandbox, Stopwatch.GetElapsedTime(t0));
            }

            _refillSignal.Release();
            TimeSpan left = timeout - Stopwatch.GetElapsedTime(t0);
            if (left <= TimeSpan.Zero || !await _available.WaitAsync(left, cancellationToken).ConfigureAwait(false))
            {
                throw new SandboxPoolExhaustedException(
                    $"no sandbox within {timeout}: {Leased} leased of at most {_options.MaxSize}" +
                    (AtMemoryBudget ? $", host memory at the budget of {_options.MemoryBudgetMiB} MiB" : "") +
                    (LastError is { } e ? $"; last restore failure: {e.Message}" : ""));
            }
        }
    }

    internal async ValueTask ReleaseAsync(Sandbox sandbox)
    {
        // A lease released after the pool was disposed finds its sandbox already destroyed.
        if (_leased.TryRemove(sandbox, out _))
        {
            await DestroyAsync(sandbox).ConfigureAwait(false);
            if (!_stopping.IsCancellationRequested)
            {
                _refillSignal.Release();
            }
        }
    }

    /// <summary>Stops refilling and destroys every sandbox, idle and leased.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _refillSignal.Release();
        if (_refill != null)
        {
            await _refill.ConfigureAwait(false);
        }

        while (_idle.TryDequeue(out Sandbox? s))
        {
            await DestroyAsync(s).ConfigureAwait(false);
        }

        foreach (Sandbox s in _leased.Keys)
        {
            if (_leased.TryRemove(s, out _))
            {
                await DestroyAsync(s).ConfigureAwait(false);
            }
        }
    }

    private async Task RefillLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await _refillSignal.WaitAsync(ct).ConfigureAwait(false);
                while (!ct.IsCancellationRequested && _idle.Count < Math.Max(_options.MinIdle, 1)
                       && await TryAddOneAsync(ct).ConfigureAwait(false))
                {
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed restore must not end the refill: remember it for the next acquire's message and retry later.
                Volatile.Write(ref _lastError, e);
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Restores one sandbox into the idle queue unless the pool is full or at its memory budget.</summary>
    private async Task<bool> TryAddOneAsync(CancellationToken ct)
    {
        if (Interlocked.Increment(ref _alive) > _options.MaxSize)
        {
            Interlocked.Decrement(ref _alive);
            return false;
        }

        AtMemoryBudget = _options.MemoryBudgetMiB != long.MaxValue && HostMemory.ProcessPssMiB() >= _options.MemoryBudgetMiB;
        if (AtMemoryBudget)
        {
            Interlocked.Decrement(ref _alive);
            return false;
        }

        try
        {
            Sandbox sandbox = await Sandbox.StartAsync(_spec, _catalog, ct).ConfigureAwait(false);
            Interlocked.Increment(ref _created);
            _idle.Enqueue(sandbox);
            _available.Release();
            return true;
        }
        catch
        {
            Interlocked.Decrement(ref _alive);
            throw;
        }
    }

    private async ValueTask DestroyAsync(Sandbox sandbox)
    {
        await sandbox.DisposeAsync().ConfigureAwait(false);
        Interlocked.Decrement(ref _alive);
        Interlocked.Increment(ref _destroyed);
    }
}

/// <summary>A pool could not hand out a sandbox in time; the message says what held it back.</summary>
public sealed class SandboxPoolExhaustedException(string message) : Exception(message);
