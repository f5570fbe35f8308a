// An IRQ line for tests: records the level and lets a test thread wait for the next assertion.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal sealed class TestIrqLine : IIrqLine, IDisposable
{
    private readonly SemaphoreSlim _raised = new(0);
    private int _level;
    private int _raises;

    public bool Level => Volatile.Read(ref _level) != 0;

    public int Raises => Volatile.Read(ref _raises);

    public void SetLevel(bool asserted)
    {
        Volatile.Write(ref _level, asserted ? 1 : 0);
        if (asserted)
        {
            Interlocked.Increment(ref _raises);
            _raised.Release();
        }
    }

    /// <summary>Waits until the line is raised or <paramref name="timeout"/> passes; a hang guard, not a timing check.</summary>
    public bool WaitRaised(TimeSpan timeout) => _raised.Wait(timeout);

    public void Dispose() => _raised.Dispose();
}
