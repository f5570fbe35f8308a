// Copies a state object through a real serializer, as a snapshot file would, so round-trip tests prove the
// state type carries everything in plain fields.
using System.Text.Json;

namespace Harness.Vmm.Tests.Devices;

internal static class StateClone
{
    public static T ThroughJson<T>(T state)
    {
        string json = JsonSerializer.Serialize(state);
        return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException("state did not deserialize");
    }
}
