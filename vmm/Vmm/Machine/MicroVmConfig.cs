// The validated description of one microVM, as built by MicroVmBuilder.
namespace Harness.Vmm.Machine;

/// <summary>Immutable machine configuration. Create it through <see cref="MicroVmBuilder"/>, which validates it.</summary>
public sealed record MicroVmConfig
{
    public const int MinVcpus = 1;
    public const int MaxVcpus = 8;
    public const int MinMemoryMiB = 32;
    public const int MaxMemoryMiB = 4096;

    /// <summary>The command line used when none is given: the 8250 UART as console, and a quiet boot.</summary>
    public const string DefaultCommandLine = "console=ttyS0 quiet";

    /// <summary>
    /// The vsock path meaning "a socket of the VM's own in a private temporary directory of this process", bound when
    /// first asked for (<see cref="MicroVm.VsockUdsPath"/>).
    /// </summary>
    public const string AutomaticVsockPath = "auto";

    public int Vcpus { get; init; } = 1;

    public int MemoryMiB { get; init; } = 128;

    /// <summary>Path of a RISC-V Linux <c>Image</c>; empty for a VM restored from saved state.</summary>
    public string KernelPath { get; init; } = "";

    /// <summary>Path of an initramfs (cpio, optionally compressed), or null for none.</summary>
    public string? InitramfsPath { get; init; }

    public string CommandLine { get; init; } = DefaultCommandLine;

    /// <summary>Block devices, in the order the guest sees them (vda, vdb, ...).</summary>
    public IReadOnlyList<DiskConfig> Disks { get; init; } = [];

    /// <summary>Whether the guest gets a virtio entropy device fed from the host's random source.</summary>
    public bool Entropy { get; init; } = true;

    /// <summary>The host Unix socket of the vsock device (Firecracker's convention), or null for no vsock device.</summary>
    public string? VsockUdsPath { get; init; }

    /// <summary>The guest's vsock context ID.</summary>
    public ulong VsockGuestCid { get; init; } = 3;

    /// <summary>The virtio network device and its backend, or null for no network.</summary>
    public NetworkConfig? Network { get; init; }

    /// <summary>Guest RAM in bytes.</summary>
    public ulong MemoryBytes => (ulong)MemoryMiB << 20;
}

/// <summary>A virtio block device backed by a host file.</summary>
/// <param name="Path">The disk image.</param>
/// <param name="ReadOnly">The guest may not write.</param>
/// <param name="CopyOnWrite">Guest writes go to a private overlay; the image itself is never written.</param>
public sealed record DiskConfig(string Path, bool ReadOnly = false, bool CopyOnWrite = false);

/// <summary>Where a VM's network device is connected on the host side.</summary>
public enum NetworkMode
{
    /// <summary>The unprivileged in-process user-mode endpoint (gateway 10.0.2.2, guest 10.0.2.15).</summary>
    User = 1,

    /// <summary>A TAP interface created for the VM (needs /dev/net/tun and root); removed when the VM is disposed.</summary>
    Tap = 2,
}

/// <summary>A virtio network device.</summary>
/// <param name="Mode">Its backend.</param>
/// <param name="Mac">The guest NIC's MAC address.</param>
/// <param name="User">Addresses of the user-mode network (User mode only; null for the defaults).</param>
public sealed record NetworkConfig(NetworkMode Mode, Harness.Vmm.Devices.Virtio.Net.MacAddress Mac,
    Harness.Vmm.Devices.Virtio.Net.User.UserNetworkOptions? User = null);
