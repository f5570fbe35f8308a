// virtio-blk (virtio 1.2 §5.2): one request queue, synchronous requests against a block backend. Requests are
// validated (header, sector alignment, capacity) and answered with a status byte; only malformed chains reset.
using System.Buffers.Binary;
using System.Text;
using Harness.Vmm.Bus;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>A virtio block device over an <see cref="IBlockBackend"/>.</summary>
public sealed class VirtioBlockDevice : VirtioDevice
{
    public const ulong FeatureSizeMax = 1UL << 1;
    public const ulong FeatureSegMax = 1UL << 2;
    public const ulong FeatureReadOnly = 1UL << 5;
    public const ulong FeatureFlush = 1UL << 9;

    public const uint RequestIn = 0;
    public const uint RequestOut = 1;
    public const uint RequestFlush = 4;
    public const uint RequestGetId = 8;

    public const byte StatusOk = 0;
    public const byte StatusIoError = 1;
    public const byte StatusUnsupported = 2;

    /// <summary>Largest single segment the guest may hand us (config size_max).</summary>
    public const uint SizeMax = 1 << 20;

    private const int SectorSize = 512;
    private const int HeaderSize = 16;
    private const int IdSize = 20;
    private const int ConfigBytes = 36;

    private readonly IBlockBackend _backend;
    private readonly byte[] _id;
    private readonly ushort _queueSize;
    private long _requests;
    private long _failedRequests;
    private Func<DescriptorChain, uint>? _execute;

    /// <summary>A block device over <paramref name="backend"/>, which it owns and disposes.</summary>
    /// <param name="backend">Where the sectors live.</param>
    /// <param name="id">The GET_ID serial, at most 20 ASCII bytes.</param>
    /// <param name="queueSize">Entries in the request queue, a power of two in [4, 32768].</param>
    public VirtioBlockDevice(IBlockBackend backend, string id, ushort queueSize = 256)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(id);
        _id = Encoding.ASCII.GetBytes(id);
        if (_id.Length > IdSize)
        {
            throw new ArgumentException($"block device id '{id}' is longer than {IdSize} bytes", nameof(id));
        }

        if (queueSize < 4 || queueSize > 32768 || (queueSize & (queueSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(queueSize), queueSize, "queue size must be a power of two in [4, 32768]");
        }

        if (backend.Length % SectorSize != 0)
        {
            throw new ArgumentException($"backend length {backend.Length} is not a whole number of sectors", nameof(backend));
        }

        _backend = backend;
        _queueSize = queueSize;
    }

    /// <summary>Opens the backend the options describe and maps the device behind a virtio-mmio transport.</summary>
    public static VirtioMmioTransport<VirtioBlockDevice> CreateMmio(GuestMemory memory, IIrqLine irq, VirtioBlockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IBlockBackend backend = options.OpenBackend();
        try
        {
            return new VirtioMmioTransport<VirtioBlockDevice>(memory, irq, new VirtioBlockDevice(backend, options.Id, options.QueueSize));
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override uint DeviceId => VirtioDeviceIds.Block;

    /// <summary>The backend behind the device.</summary>
    public IBlockBackend Backend => _backend;

    /// <summary>Capacity in 512-byte sectors.</summary>
    public ulong CapacitySectors => (ulong)_backend.Length / SectorSize;

    /// <summary>Requests completed (any status).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests answered with IOERR or UNSUPP.</summary>
    public long FailedRequests => Interlocked.Read(ref _failedRequests);

    /// <inheritdoc />
    protected internal override ulong DeviceFeatures =>
        FeatureSizeMax | FeatureSegMax | FeatureFlush | (_backend.ReadOnly ? FeatureReadOnly : 0);

    /// <inheritdoc />
    protected internal override IReadOnlyList<ushort> QueueMaxSizes => [_queueSize];

    /// <inheritdoc />
    protected internal override int ConfigSize => ConfigBytes;

    /// <inheritdoc />
    protected internal override void ReadConfig(int offset, Span<byte> destination)
    {
        Span<byte> config = stackalloc byte[ConfigBytes];
        config.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(config, CapacitySectors);
        BinaryPrimitives.WriteUInt32LittleEndian(config[8..], SizeMax);
        BinaryPrimitives.WriteUInt32LittleEndian(config[12..], (uint)_queueSize - 2);
        BinaryPrimitives.WriteUInt16LittleEndian(config[34..], 1);
        config.Slice(offset, destination.Length).CopyTo(destination);
    }

    /// <inheritdoc />
    protected internal override void ProcessQueue(int queueIndex) => DrainQueue(queueIndex, _execute ??= Execute);

    private uint Execute(DescriptorChain chain)
    {
        if (chain.WritableLength == 0)
        {
            throw new VirtQueueException("block request has no writable status byte");
        }

        Interlocked.Increment(ref _requests);
        var reader = new ChainReader(Memory, chain);
        var writer = new ChainWriter(Memory, chain);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (reader.Read(header) != HeaderSize)
        {
            return Complete(writer, StatusIoError);
        }

        uint type = BinaryPrimitives.ReadUInt32LittleEndian(header);
        ulong sector = BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
        ulong dataIn = chain.WritableLength - 1;
        try
        {
            switch (type)
            {
                case RequestIn:
                    return ReadSectors(writer, sector, dataIn);
                case RequestOut:
                    return WriteSectors(reader, writer, sector);
                case RequestFlush:
                    _backend.Flush();
                    return Complete(writer, StatusOk);
                case RequestGetId:
                    Span<byte> id = stackalloc byte[IdSize];
                    id.Clear();
                    _id.CopyTo(id);
                    int n = writer.Write(id[..(int)Math.Min((ulong)IdSize, dataIn)]);
                    return Complete(writer, StatusOk, n);
                default:
                    return Complete(writer, StatusUnsupported);
            }
        }
        catch (IOException)
        {
            return Complete(writer, StatusIoError);
        }
        catch (UnauthorizedAccessException)
        {
            return Complete(writer, StatusIoError);
        }
    }

    private bool InRange(ulong sector, ulong bytes) =>
        bytes % SectorSize == 0 && bytes <= int.MaxValue && sector <= CapacitySectors && bytes / SectorSize <= CapacitySectors - sector;

    private uint ReadSectors(ChainWriter writer, ulong sector, ulong bytes)
    {
        if (!InRange(sector, bytes))
        {
            return Complete(writer, StatusIoError);
        }

        long offset = (long)(sector * SectorSize);
        long left = (long)bytes;
        while (left > 0 && writer.NextSpan((int)Math.Min(left, SizeMax), out Span<byte> span))
        {
            _backend.Read(offset, span);
            offset += span.Length;
            left -= span.Length;
        }

        return Complete(writer, StatusOk, (int)bytes);
    }

    private uint WriteSectors(ChainReader reader, ChainWriter writer, ulong sector)
    {
        ulong bytes = reader.Remaining;
        if (_backend.ReadOnly || !InRange(sector, bytes))
        {
            return Complete(writer, StatusIoError);
        }

        long offset = (long)(sector * SectorSize);
        if (_backend is CopyOnWriteBlockBackend)
        {
            // The overlay works in whole sectors and segments may split one, so stage through a bounded buffer.
            byte[] staging = new byte[Math.Min(bytes, SizeMax)];
            while (reader.Remaining > 0)
            {
                int n = reader.Read(staging);
                _backend.Write(offset, staging.AsSpan(0, n));
                offset += n;
            }
        }
        else
        {
            while (reader.NextSpan(int.MaxValue, out ReadOnlySpan<byte> span))
            {
                _backend.Write(offset, span);
                offset += span.Length;
            }
        }

        return Complete(writer, StatusOk);
    }

    private uint Complete(ChainWriter writer, byte status, int dataBytes = 0)
    {
        if (status != StatusOk)
        {
            Interlocked.Increment(ref _failedRequests);
        }

        writer.WriteLastByte(status);
        return (uint)dataBytes + 1;
    }

    /// <summary>The device's state; a copy-on-write disk includes its overlay. Call with the machine paused.</summary>
    public VirtioBlockState Save()
    {
        lock (SyncRoot)
        {
            if (_backend is CopyOnWriteBlockBackend cow)
            {
                (ulong[] bitmap, byte[] data) = cow.ExportOverlay();
                return new VirtioBlockState { CapacitySectors = CapacitySectors, ReadOnly = _backend.ReadOnly, OverlaySectorBitmap = bitmap, OverlayData = data };
            }

            return new VirtioBlockState { CapacitySectors = CapacitySectors, ReadOnly = _backend.ReadOnly };
        }
    }

    /// <summary>Restores from untrusted <paramref name="state"/>: the disk must match, an overlay is replayed.</summary>
    /// <exception cref="VirtioStateException">The state does not fit this disk.</exception>
    public void Restore(VirtioBlockState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.CapacitySectors != CapacitySectors || state.ReadOnly != _backend.ReadOnly)
        {
            throw new VirtioStateException(
                $"state is for a {state.CapacitySectors}-sector {(state.ReadOnly ? "read-only" : "writable")} disk, this one has {CapacitySectors} sectors{(_backend.ReadOnly ? ", read-only" : string.Empty)}");
        }

        // A serializer may turn an absent overlay into empty arrays; both empty (or absent) means "no overlay". A
        // copy-on-write disk with no writes yet has a bitmap, so it is never mistaken for one without an overlay.
        if (state.OverlaySectorBitmap is null or { Length: 0 } && state.OverlayData is null or { Length: 0 })
        {
            state = state with { OverlaySectorBitmap = null, OverlayData = null };
        }

        bool hasOverlay = state.OverlaySectorBitmap != null || state.OverlayData != null;
        if (hasOverlay != _backend is CopyOnWriteBlockBackend)
        {
            throw new VirtioStateException(hasOverlay ? "state carries an overlay but this disk is not copy-on-write" : "state has no overlay for this copy-on-write disk");
        }

        if (_backend is CopyOnWriteBlockBackend cow)
        {
            lock (SyncRoot)
            {
                try
                {
                    cow.ImportOverlay(state.OverlaySectorBitmap!, state.OverlayData!);
                }
                catch (ArgumentException ex)
                {
                    throw new VirtioStateException(ex.Message);
                }
            }
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _backend.Dispose();
        }
    }
}
