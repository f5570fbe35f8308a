// Immutable builder for sandboxes in the style of Testcontainers: each With* returns a new builder and Build()
// validates everything before anything is started.
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;

namespace Harness.Sandboxes;

/// <summary>Builds a <see cref="SandboxSpec"/>; start sandboxes from it with <see cref="Sandbox.StartAsync"/> or a <see cref="SandboxPool"/>.</summary>
public sealed record SandboxBuilder
{
    private SandboxSpec _spec = new();

    /// <summary>Restores sandboxes from an existing snapshot file.</summary>
    public SandboxBuilder WithSnapshot(string path) => this with { _spec = _spec with { SnapshotPath = path } };

    /// <summary>Boots this kernel and initramfs once, runs the warm-up, and restores sandboxes from that snapshot.</summary>
    public SandboxBuilder WithKernel(string kernelPath, string initramfsPath) =>
        this with { _spec = _spec with { KernelPath = kernelPath, InitramfsPath = initramfsPath } };

    /// <summary>Guest RAM in MiB (32 to 4096).</summary>
    public SandboxBuilder WithMemory(int mib) => this with { _spec = _spec with { MemoryMiB = mib } };

    /// <summary>vCPUs (1 to 8).</summary>
    public SandboxBuilder WithVcpus(int count) => this with { _spec = _spec with { Vcpus = count } };

    /// <summary>How guest memory is restored; shared copy-on-write by default.</summary>
    public SandboxBuilder WithRestoreMode(RestoreMode mode) => this with { _spec = _spec with { RestoreMode = mode } };

    /// <summary>A command (sh -c) run after boot, before the snapshot every sandbox starts from is taken.</summary>
    public SandboxBuilder WithWarmup(string command) => this with { _spec = _spec with { Warmup = [.. _spec.Warmup, command] } };

    /// <summary>An environment variable for every command run in the sandbox.</summary>
    public SandboxBuilder WithEnvironment(string name, string value) => this with
    {
        _spec = _spec with { Environment = new Dictionary<string, string>(_spec.Environment) { [name] = value } },
    };

    /// <summary>A disk for the recipe's machine; use copy-on-write so sandboxes never write the image.</summary>
    public SandboxBuilder WithDisk(string path, bool readOnly = false, bool copyOnWrite = true) =>
        this with { _spec = _spec with { Disks = [.. _spec.Disks, new DiskConfig(path, readOnly, copyOnWrite)] } };

    /// <summary>How long one sandbox may take to start.</summary>
    public SandboxBuilder WithStartTimeout(TimeSpan timeout) => this with { _spec = _spec with { StartTimeout = timeout } };

    /// <summary>Validates the description.</summary>
    /// <exception cref="SandboxConfigurationException">A setting is missing, out of range, or names a missing file.</exception>
    public SandboxSpec Build()
    {
        SandboxSpec s = _spec;
        if (s.SnapshotPath == null && (s.KernelPath == null || s.InitramfsPath == null))
        {
            throw new SandboxConfigurationException("a sandbox needs WithSnapshot(path) or WithKernel(kernel, initramfs)");
        }

        if (s.SnapshotPath != null && s.KernelPath != null)
        {
            throw new SandboxConfigurationException("WithSnapshot and WithKernel exclude each other: a snapshot already holds its kernel");
        }

        if (s.SnapshotPath != null && (s.Warmup.Count > 0 || s.Disks.Count > 0))
        {
            throw new SandboxConfigurationException("warm-up commands and disks belong to a kernel recipe; a snapshot was taken with its own");
        }

        foreach (string? path in new[] { s.SnapshotPath, s.KernelPath, s.InitramfsPath }.Concat(s.Disks.Select(d => d.Path)))
        {
            if (path != null && !File.Exists(path))
            {
                throw new SandboxConfigurationException($"'{path}' does not exist");
            }
        }

        if (s.Vcpus is < MicroVmConfig.MinVcpus or > MicroVmConfig.MaxVcpus)
        {
            throw new SandboxConfigurationException($"vCPU count {s.Vcpus} is out of range: it must be 1 to 8");
        }

        if (s.MemoryMiB is < MicroVmConfig.MinMemoryMiB or > MicroVmConfig.MaxMemoryMiB)
        {
            throw new SandboxConfigurationException($"memory {s.MemoryMiB} MiB is out of range: it must be 32 to 4096 MiB");
        }

        if (!Enum.IsDefined(s.RestoreMode))
        {
            throw new SandboxConfigurationException($"restore mode {s.RestoreMode} does not exist");
        }

        foreach (string name in s.Environment.Keys)
        {
            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
            {
                throw new SandboxConfigurationException($"environment variable name '{name}' is invalid");
            }
        }

        if (s.StartTimeout <= TimeSpan.Zero)
        {
            throw new SandboxConfigurationException("the start timeout must be positive");
        }

        return s;
    }
}

/// <summary>A sandbox description is invalid; the message names the setting.</summary>
public sealed class SandboxConfigurationException(string message) : Exception(message);
