// How a MicroVmState is split into the snapshot's typed, versioned sections: the machine config, one section per
// vCPU, the platform devices, one section per virtio slot, and the clock. Each is JSON of a plain state type.
using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Snapshots;
using Harness.Snapshots.Format;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Devices;
using Harness.Vmm.Machine;

namespace Harness.Vmm.Persist;

/// <summary>Maps <see cref="MicroVmState"/> to and from snapshot sections.</summary>
public static class MachineSnapshotSections
{
    /// <summary>Layout version of every section written here.</summary>
    public const uint SectionVersion = 1;

    /// <summary>Device-state instance of the platform devices (PLIC, UART, power control).</summary>
    public const uint PlatformInstance = 0;

    /// <summary>Device-state instance of virtio slot 0; slot n is this plus n.</summary>
    public const uint FirstVirtioInstance = 16;

    /// <summary>Adds every section of <paramref name="state"/> to <paramref name="writer"/>.</summary>
    public static void AddTo(SnapshotWriter writer, MicroVmState state)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(state);
        var config = new MachineConfigSection
        {
            Vcpus = state.Vcpus,
            MemoryMiB = state.MemoryMiB,
            CommandLine = state.CommandLine,
            DeviceTree = state.DeviceTree,
            Generation = state.Generation,
        };
        writer.AddSection(SnapshotSectionKinds.MachineConfig, SectionVersion, Json(config, SectionJsonContext.Default.MachineConfigSection));
        for (int i = 0; i < state.Harts.Length; i++)
        {
            var vcpu = new VcpuSection { Hart = state.Harts[i], Power = state.HartPower[i] };
            writer.AddSection(SnapshotSectionKinds.VcpuState, SectionVersion, Json(vcpu, SectionJsonContext.Default.VcpuSection), (uint)i);
        }

        var platform = new PlatformSection { Plic = state.Plic, Uart = state.Uart, PowerControl = state.PowerControl };
        writer.AddSection(SnapshotSectionKinds.DeviceState, SectionVersion, Json(platform, SectionJsonContext.Default.PlatformSection), PlatformInstance);
        foreach (VirtioSlotState slot in state.Virtio)
        {
            writer.AddSection(SnapshotSectionKinds.DeviceState, SectionVersion, Json(slot, SectionJsonContext.Default.VirtioSlotState),
                FirstVirtioInstance + (uint)slot.Slot);
        }

        writer.AddSection(SnapshotSectionKinds.Clock, SectionVersion, Json(state.Clock, SectionJsonContext.Default.GuestClockState));
    }

    /// <summary>Reads the machine state back. Every failure is a <see cref="MachineStateException"/> naming the section.</summary>
    public static MicroVmState ReadFrom(SnapshotReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        MachineConfigSection config = Read(reader, SnapshotSectionKinds.MachineConfig, 0, SectionJsonContext.Default.MachineConfigSection);
        if (config.Vcpus is < MicroVmConfig.MinVcpus or > MicroVmConfig.MaxVcpus)
        {
            throw new MachineStateException($"the machine config section names {config.Vcpus} vCPUs; a machine has 1 to 8");
        }

        var vcpus = new VcpuSection[config.Vcpus];
        for (int i = 0; i < vcpus.Length; i++)
        {
            vcpus[i] = Read(reader, SnapshotSectionKinds.VcpuState, (uint)i, SectionJsonContext.Default.VcpuSection);
        }

        PlatformSection platform = Read(reader, SnapshotSectionKinds.DeviceState, PlatformInstance, SectionJsonContext.Default.PlatformSection);
        var virtio = reader.FindSections(SnapshotSectionKinds.DeviceState)
            .Where(s => s.Instance >= FirstVirtioInstance)
            .OrderBy(s => s.Instance)
            .Select(s => Read(reader, s.Kind, s.Instance, SectionJsonContext.Default.VirtioSlotState))
            .ToArray();
        GuestClockState clock = Read(reader, SnapshotSectionKinds.Clock, 0, SectionJsonContext.Default.GuestClockState);
        return new MicroVmState
        {
            Vcpus = config.Vcpus,
            MemoryMiB = config.MemoryMiB,
            CommandLine = config.CommandLine,
            DeviceTree = config.DeviceTree,
            Generation = config.Generation,
            Harts = [.. vcpus.Select(v => v.Hart)],
            HartPower = [.. vcpus.Select(v => v.Power)],
            Plic = platform.Plic,
            Uart = platform.Uart,
            PowerControl = platform.PowerControl,
            Virtio = virtio,
            Clock = clock,
        };
    }

    private static byte[] Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.SerializeToUtf8Bytes(value, type);

    private static T Read<T>(SnapshotReader reader, uint kind, uint instance, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        string name = $"section kind {kind} instance {instance}";
        SnapshotSection section = reader.FindSection(kind, instance)
            ?? throw new MachineStateException($"the snapshot has no {name}");
        if (section.Version != SectionVersion)
        {
            throw new MachineStateException($"{name} has layout version {section.Version}; this build reads version {SectionVersion}");
        }

        byte[] bytes = reader.ReadSection(section); // checksummed, as every time
        if (DecodedSections<T>.TryGet(section.Checksum, bytes) is { } known)
        {
            return known;
        }

        try
        {
            T decoded = JsonSerializer.Deserialize(bytes, type)
                ?? throw new MachineStateException($"{name} is empty");
            DecodedSections<T>.Keep(section.Checksum, bytes, decoded);
            return decoded;
        }
        catch (JsonException e)
        {
            throw new MachineStateException($"{name} is malformed: {e.Message}", e);
        }
    }
}

/// <summary>
/// Sections decoded before, by their exact bytes. Parsing the JSON was half of reading a machine's state, which a pool
/// does for the same snapshot over and over: a section whose bytes (read and checksummed as always) equal a kept one's
/// gets the kept object. State objects are never modified after decoding (a restore copies out of them), so one
/// object may serve any number of restores.
/// </summary>
internal static class DecodedSections<T>
    where T : class
{
    private const int MaxKept = 64;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, (byte[] Bytes, T Value)> Kept = new();

    public static T? TryGet(ulong checksum, byte[] bytes) =>
        Kept.TryGetValue(checksum, out (byte[] Bytes, T Value) kept) && kept.Bytes.AsSpan().SequenceEqual(bytes) ? kept.Value : null;

    public static void Keep(ulong checksum, byte[] bytes, T value)
    {
        if (Kept.Count >= MaxKept)
        {
            Kept.Clear(); // a process cycling through many snapshots decodes again; the memo never grows without bound
        }

        Kept[checksum] = (bytes, value);
    }
}

internal sealed class MachineConfigSection
{
    public int Vcpus { get; init; }

    public int MemoryMiB { get; init; }

    public string CommandLine { get; init; } = "";

    public byte[] DeviceTree { get; init; } = [];

    public ulong Generation { get; init; }
}

internal sealed class VcpuSection
{
    public HartState Hart { get; init; } = new();

    public VcpuPowerState Power { get; init; } = new();
}

internal sealed class PlatformSection
{
    public PlicState Plic { get; init; } = new();

    public Uart16550State Uart { get; init; } = new();

    public PowerControlState PowerControl { get; init; } = new();
}

[JsonSourceGenerationOptions(RespectNullableAnnotations = true)]
[JsonSerializable(typeof(MachineConfigSection))]
[JsonSerializable(typeof(VcpuSection))]
[JsonSerializable(typeof(PlatformSection))]
[JsonSerializable(typeof(VirtioSlotState))]
[JsonSerializable(typeof(GuestClockState))]
internal sealed partial class SectionJsonContext : JsonSerializerContext;
