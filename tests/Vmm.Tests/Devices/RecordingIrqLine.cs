// An IRQ line for tests that remembers its level and how often it was driven.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Tests.Devices;

internal sealed class RecordingIrqLine : IIrqLine
{
    private int _level;
    private int _edges;

    public bool Level => Volatile.Read(ref _level) != 0;

    public int RisingEdges => Volatile.Read(ref _edges);

    public void SetLevel(bool asserted)
    {
        int before = Interlocked.Exchange(ref _level, asserted ? 1 : 0);
        if (asserted && before == 0)
        {
            Interlocked.Increment(ref _edges);
        }
    }
}
