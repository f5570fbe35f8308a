// The validated description of a sandbox, produced by SandboxBuilder.Build(): what to restore (or boot), how, and
// with which environment.
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;

namespace Harness.Sandboxes;

/// <summary>An immutable, validated sandbox description. Create it with <see cref="SandboxBuilder"/>.</summary>
public sealed record SandboxSpec
{
    /// <summary>A snapshot file to restore, or null to build one from the kernel recipe through the catalog.</summary>
    public string? SnapshotPath { get; init; }

    /// <summary>Kernel Image of the recipe (when no snapshot is given).</summary>
    public string? KernelPath { get; init; }

    /// <summary>Initramfs of the recipe (when no snapshot is given).</summary>
    public string? InitramfsPath { get; init; }

    public int Vcpus { get; init; } = 1;

    public int MemoryMiB { get; init; } = 128;

    public RestoreMode RestoreMode { get; init; } = RestoreMode.SharedCopyOnWrite;

    /// <summary>Commands (sh -c) run once after boot, before the recipe's snapshot is taken.</summary>
    public IReadOnlyList<string> Warmup { get; init; } = [];

    /// <summary>Environment variables every exec in the sandbox gets.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Disks attached to the recipe's machine (and therefore to every sandbox restored from it).</summary>
    public IReadOnlyList<DiskConfig> Disks { get; init; } = [];

    /// <summary>How long restoring (or booting) plus the agent's first answer may take.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
