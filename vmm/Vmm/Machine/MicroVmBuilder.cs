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

        return new MicroVmConfig
        {
            Vcpus = _vcpus,
            MemoryMiB = _memoryMiB,
            KernelPath = _kernelPath,
            InitramfsPath = _initramfsPath,
            CommandLine = _commandLine,
        };
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
