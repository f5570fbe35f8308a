// Numbers fixed by the virtio 1.2 specification: MMIO register offsets, status bits, feature bits, device ids.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>Register offsets of the virtio-mmio version 2 transport (virtio 1.2 §4.2.2).</summary>
public static class VirtioMmioRegisters
{
    public const ulong MagicValue = 0x000;
    public const ulong Version = 0x004;
    public const ulong DeviceId = 0x008;
    public const ulong VendorId = 0x00c;
    public const ulong DeviceFeatures = 0x010;
    public const ulong DeviceFeaturesSel = 0x014;
    public const ulong DriverFeatures = 0x020;
    public const ulong DriverFeaturesSel = 0x024;
    public const ulong QueueSel = 0x030;
    public const ulong QueueNumMax = 0x034;
    public const ulong QueueNum = 0x038;
    public const ulong QueueReady = 0x044;
    public const ulong QueueNotify = 0x050;
    public const ulong InterruptStatus = 0x060;
    public const ulong InterruptAck = 0x064;
    public const ulong Status = 0x070;
    public const ulong QueueDescLow = 0x080;
    public const ulong QueueDescHigh = 0x084;
    public const ulong QueueDriverLow = 0x090;
    public const ulong QueueDriverHigh = 0x094;
    public const ulong QueueDeviceLow = 0x0a0;
    public const ulong QueueDeviceHigh = 0x0a4;
    public const ulong ConfigGeneration = 0x0fc;
    public const ulong Config = 0x100;

    /// <summary>"virt" in little-endian ASCII.</summary>
    public const uint Magic = 0x74726976;
}

/// <summary>Bits of the device status register.</summary>
public static class VirtioStatus
{
    public const uint Acknowledge = 1;
    public const uint Driver = 2;
    public const uint DriverOk = 4;
    public const uint FeaturesOk = 8;
    public const uint DeviceNeedsReset = 0x40;
    public const uint Failed = 0x80;

    /// <summary>Every bit a driver may write.</summary>
    public const uint DriverWritable = Acknowledge | Driver | DriverOk | FeaturesOk | Failed;
}

/// <summary>Bits of the interrupt status register.</summary>
public static class VirtioInterrupt
{
    public const uint UsedBuffer = 1;
    public const uint ConfigChange = 2;
}

/// <summary>Device-independent feature bits, as masks.</summary>
public static class VirtioFeatures
{
    public const ulong RingIndirectDesc = 1UL << 28;
    public const ulong RingEventIdx = 1UL << 29;
    public const ulong Version1 = 1UL << 32;
}

/// <summary>Virtio device ids (virtio 1.2 §5).</summary>
public static class VirtioDeviceIds
{
    public const uint Block = 2;
    public const uint Entropy = 4;
    public const uint Vsock = 19;
}
