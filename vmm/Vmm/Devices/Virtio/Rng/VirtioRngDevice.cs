// virtio-rng (virtio 1.2 §5.4): fills every writable buffer the guest offers with host entropy.
using System.Security.Cryptography;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio.Rng;

/// <summary>A virtio entropy device fed from <see cref="RandomNumberGenerator"/>. Stateless beyond its transport.</summary>
public sealed class VirtioRngDevice : VirtioDevice
{
    /// <summary>Most bytes served per request, so one huge buffer cannot pin a vCPU in the host RNG.</summary>
    public const int MaxBytesPerRequest = 64 * 1024;

    private readonly ushort _queueSize;
    private long _bytesServed;
    private Func<DescriptorChain, uint>? _fill;

    /// <summary>An entropy device with a request queue of <paramref name="queueSize"/> entries.</summary>
    public VirtioRngDevice(ushort queueSize = 64)
    {
        if (queueSize == 0 || queueSize > 32768 || (queueSize & (queueSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(queueSize), queueSize, "queue size must be a power of two up to 32768");
        }

        _queueSize = queueSize;
    }

    /// <summary>Maps a new entropy device behind a virtio-mmio transport.</summary>
    public static VirtioMmioTransport<VirtioRngDevice> CreateMmio(GuestMemory memory, IIrqLine irq, VirtioRngOptions? options = null) =>
        new(memory, irq, new VirtioRngDevice((options ?? new VirtioRngOptions()).QueueSize));

    /// <inheritdoc />
    public override uint DeviceId => VirtioDeviceIds.Entropy;

    /// <summary>Random bytes handed to the guest so far.</summary>
    public long BytesServed => Interlocked.Read(ref _bytesServed);

    /// <inheritdoc />
    protected internal override ulong DeviceFeatures => 0;

    /// <inheritdoc />
    protected internal override IReadOnlyList<ushort> QueueMaxSizes => [_queueSize];

    /// <inheritdoc />
    protected internal override int ConfigSize => 0;

    /// <inheritdoc />
    protected internal override void ReadConfig(int offset, Span<byte> destination)
    {
    }

    /// <inheritdoc />
    protected internal override void ProcessQueue(int queueIndex) => DrainQueue(queueIndex, _fill ??= Fill);

    private uint Fill(DescriptorChain chain)
    {
        var writer = new ChainWriter(Memory, chain);
        int left = MaxBytesPerRequest;
        while (left > 0 && writer.NextSpan(left, out Span<byte> span))
        {
            RandomNumberGenerator.Fill(span);
            left -= span.Length;
        }

        Interlocked.Add(ref _bytesServed, writer.Written);
        return writer.Written;
    }

    /// <summary>The device's own state (none beyond the transport's); present so every device round-trips alike.</summary>
    public VirtioRngState Save() => new() { QueueSize = _queueSize };

    /// <summary>Checks <paramref name="state"/> was saved from a device of the same shape.</summary>
    /// <exception cref="VirtioStateException">The queue size differs.</exception>
    public void Restore(VirtioRngState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.QueueSize != _queueSize)
        {
            throw new VirtioStateException($"state is for a queue of {state.QueueSize}, this device has {_queueSize}");
        }
    }
}
