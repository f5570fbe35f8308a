// Immutable, validating builder for MicroVm, in the style of Testcontainers' builders: each With* returns a new
// builder, and Build() checks everything before any memory is mapped or any thread started.
namespace Harness.Vmm.Machine;

/// <summary>Builds a <see cref="MicroVm"/>.</summary>
public sealed record MicroVmBuilder
{
    private int _vcpus = 1;
    private int _memoryMiB = 128;
    private string? _kernelPath;
    private string? _initramfsPath;
    private string _commandLine = MicroVmConfig.DefaultCommandLine;
    private Action<ReadOnlyMemory<byte>>? _consoleSink;
    private IReadOnlyList<DiskConfig> _disks = [];
    private bool _entropy = true;
    private bool _vsock = true;
    private string? _vsockUdsPath;
    private NetworkConfig? _network;

    /// <summary>Number of vCPUs, 1 to 8.</summary>
    public MicroVmBuilder WithVcpus(int count) => this with { _vcpus = count };

    /// <summary>Guest RAM in MiB, 32 to 4096.</summary>
    public MicroVmBuilder WithMemoryMiB(int mib) => this with { _memoryMiB = mib };

    /// <summary>The RISC-V Linux <c>Image</c> to boot.</summary>
    public MicroVmBuilder WithKernel(string path) => this with { _kernelPath = path };

    /// <summary>The initramfs to hand the kernel.</summary>
    public MicroVmBuilder WithInitramfs(string? path) => this with { _initramfsPath = path };

    /// <summary>The kernel command line.</summary>
    public MicroVmBuilder WithCommandLine(string commandLine) => this with { _commandLine = commandLine };

    /// <summary>Receives console output as it is written (on a vCPU thread: keep it quick).</summary>
    public MicroVmBuilder WithConsoleSink(Action<ReadOnlyMemory<byte>> sink) => this with { _consoleSink = sink };

    /// <summary>Adds a virtio block device backed by <paramref name="path"/>.</summary>
    public MicroVmBuilder WithDisk(string path, bool readOnly = false, bool copyOnWrite = false) =>
        this with { _disks = [.. _disks, new DiskConfig(path, readOnly, copyOnWrite)] };

    /// <summary>Gives the guest a virtio entropy device (on by default).</summary>
    public MicroVmBuilder WithEntropy(bool enabled) => this with { _entropy = enabled };

    /// <summary>
    /// Gives the guest a vsock device whose host side listens on <paramref name="udsPath"/> (by default a socket in
    /// a private temporary directory the VM removes when disposed).
    /// </summary>
    public MicroVmBuilder WithVsock(string? udsPath = null) => this with { _vsock = true, _vsockUdsPath = udsPath };

    /// <summary>Leaves out the vsock device; the agent is then reached over the console.</summary>
    public MicroVmBuilder WithoutVsock() => this with { _vsock = false, _vsockUdsPath = null };

    /// <summary>
    /// Gives the guest a virtio network device (eth0) connected to <paramref name="mode"/>'s backend. The guest
    /// configures its address itself (the harness's NetworkSetup does it through the agent).
    /// </summary>
    /// <param name="mode">User: the in-process endpoint; Tap: a TAP interface made for the VM.</param>
    /// <param name="mac">The NIC's MAC (default 52:54:00:12:34:56).</param>
    /// <param name="userOptions">Addresses of the user-mode network (default 10.0.2.0/24).</param>
    public MicroVmBuilder WithNetwork(NetworkMode mode, Harness.Vmm.Devices.Virtio.Net.MacAddress? mac = null,
        Harness.Vmm.Devices.Virtio.Net.User.UserNetworkOptions? userOptions = null) =>
        this with { _network = new NetworkConfig(mode, mac ?? Harness.Vmm.Devices.Virtio.Net.MacAddress.DefaultGuest, userOptions) };

    /// <summary>Leaves out the network device (the default).</summary>
    public MicroVmBuilder WithoutNetwork() => this with { _network = null };

    /// <summary>Validates the configuration.</summary>
    /// <exception cref="MicroVmConfigException">A setting is out of range or a file is missing or malformed.</exception>
    public MicroVmConfig BuildConfig()
    {
        if (_vcpus is < MicroVmConfig.MinVcpus or > MicroVmConfig.MaxVcpus)
        {
            throw new MicroVmConfigException(
                $"vCPU count {_vcpus} is out of range: it must be {MicroVmConfig.MinVcpus} to {MicroVmConfig.MaxVcpus}");
        }

        if (_memoryMiB is < MicroVmConfig.MinMemoryMiB or > MicroVmConfig.MaxMemoryMiB)
        {
            throw new MicroVmConfigException(
                $"memory {_memoryMiB} MiB is out of range: it must be {MicroVmConfig.MinMemoryMiB} to {MicroVmConfig.MaxMemoryMiB} MiB");
        }

        if (string.IsNullOrEmpty(_kernelPath))
        {
            throw new MicroVmConfigException("no kernel: call WithKernel(path)");
        }

        if (!File.Exists(_kernelPath))
        {
            throw new MicroVmConfigException($"kernel file '{_kernelPath}' does not exist");
        }

        if (_initramfsPath != null && !File.Exists(_initramfsPath))
        {
            throw new MicroVmConfigException($"initramfs file '{_initramfsPath}' does not exist");
        }

        if (_commandLine.Contains('\0', StringComparison.Ordinal))
        {
            throw new MicroVmConfigException("the kernel command line contains a NUL character");
        }

        if (_disks.Count + (_entropy ? 1 : 0) + (_vsock ? 1 : 0) + (_network != null ? 1 : 0) > Boot.VirtMemoryMap.VirtioSlots)
        {
            throw new MicroVmConfigException($"too many virtio devices: the machine has {Boot.VirtMemoryMap.VirtioSlots} slots");
        }

        foreach (DiskConfig disk in _disks)
        {
            if (!File.Exists(disk.Path))
            {
                throw new MicroVmConfigException($"disk image '{disk.Path}' does not exist");
            }
        }

        if (_vsockUdsPath != null && System.Text.Encoding.UTF8.GetByteCount(_vsockUdsPath) > 107)
        {
            throw new MicroVmConfigException($"vsock socket path '{_vsockUdsPath}' is longer than a Unix socket path may be (107 bytes)");
        }

        ValidateNetwork(_network);
        return new MicroVmConfig
        {
            Network = _network,
            Disks = _disks,
            Entropy = _entropy,
            VsockUdsPath = _vsock ? (_vsockUdsPath ?? MicroVmConfig.AutomaticVsockPath) : null,
            Vcpus = _vcpus,
            MemoryMiB = _memoryMiB,
            KernelPath = _kernelPath,
            InitramfsPath = _initramfsPath,
            CommandLine = _commandLine,
        };
    }

    private static void ValidateNetwork(NetworkConfig? network)
    {
        if (network == null)
        {
            return;
        }

        if (!Enum.IsDefined(network.Mode))
        {
            throw new MicroVmConfigException($"network mode {(int)network.Mode} does not exist");
        }

        if (network.Mac.IsMulticast)
        {
            throw new MicroVmConfigException($"MAC address {network.Mac} is a group address; a NIC needs a unicast one");
        }

        if (network.Mode == NetworkMode.Tap && network.User != null)
        {
            throw new MicroVmConfigException("user-network options were given for a TAP network");
        }

        try
        {
            // The endpoint learns the NIC's MAC, so check the pair as the VM will build it.
            ((network.User ?? new Harness.Vmm.Devices.Virtio.Net.User.UserNetworkOptions()) with { GuestMac = network.Mac }).Validate();
        }
        catch (ArgumentException e)
        {
            throw new MicroVmConfigException($"user network: {e.Message}", e);
        }
    }

    /// <summary>Validates, loads the kernel and initramfs, and creates the VM (not yet started).</summary>
    /// <exception cref="MicroVmConfigException">Invalid settings, or a kernel or initramfs that cannot be loaded.</exception>
    public MicroVm Build()
    {
        MicroVmConfig config = BuildConfig();
        var vm = MicroVm.Create(config);
        if (_consoleSink != null)
        {
            vm.Console.Subscribe(_consoleSink);
        }

        return vm;
    }
}
