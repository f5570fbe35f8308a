// A host-side "guest driver" for virtio-mmio: pokes the registers in the order Linux's virtio_mmio does and
// lays rings out in a GuestMemory with a bump allocator.
using Harness.Vmm.Bus;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Devices.Virtio;

internal sealed class GuestDriver
{
    public const ulong RamBase = 0x8000_0000;

    private ulong _next;

    public GuestDriver(GuestMemory memory, IMmioDevice device, ulong allocStart = RamBase + 0x10_0000)
    {
        Memory = memory;
        Device = device;
        _next = allocStart;
    }

    public GuestMemory Memory { get; }

    public IMmioDevice Device { get; }

    public ulong Alloc(ulong size, ulong align = 16)
    {
        ulong at = (_next + align - 1) & ~(align - 1);
        _next = at + size;
        if (_next > Memory.EndAddress)
        {
            throw new InvalidOperationException("test guest RAM exhausted");
        }

        return at;
    }

    public uint ReadReg(ulong offset)
    {
        Device.Read(offset, 4, out ulong v).Should().BeTrue($"register 0x{offset:x} should be readable");
        return (uint)v;
    }

    public void WriteReg(ulong offset, uint value) => Device.Write(offset, 4, value).Should().BeTrue($"register 0x{offset:x} should be writable");

    public uint Status => ReadReg(VirtioMmioRegisters.Status);

    public ulong ReadDeviceFeatures()
    {
        WriteReg(VirtioMmioRegisters.DeviceFeaturesSel, 0);
        ulong lo = ReadReg(VirtioMmioRegisters.DeviceFeatures);
        WriteReg(VirtioMmioRegisters.DeviceFeaturesSel, 1);
        ulong hi = ReadReg(VirtioMmioRegisters.DeviceFeatures);
        return lo | (hi << 32);
    }

    /// <summary>Reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK; returns whether the device accepted them.</summary>
    public bool Negotiate(ulong features)
    {
        WriteReg(VirtioMmioRegisters.Status, 0);
        WriteReg(VirtioMmioRegisters.Status, VirtioStatus.Acknowledge);
        WriteReg(VirtioMmioRegisters.Status, VirtioStatus.Acknowledge | VirtioStatus.Driver);
        WriteReg(VirtioMmioRegisters.DriverFeaturesSel, 0);
        WriteReg(VirtioMmioRegisters.DriverFeatures, (uint)features);
        WriteReg(VirtioMmioRegisters.DriverFeaturesSel, 1);
        WriteReg(VirtioMmioRegisters.DriverFeatures, (uint)(features >> 32));
        WriteReg(VirtioMmioRegisters.Status, VirtioStatus.Acknowledge | VirtioStatus.Driver | VirtioStatus.FeaturesOk);
        return (Status & VirtioStatus.FeaturesOk) != 0;
    }

    public DriverQueue SetupQueue(int index, ushort size) =>
        SetupQueueAt(index, size, Alloc(16UL * size, 16), Alloc(6 + (2UL * size), 2), Alloc(6 + (8UL * size), 4));

    /// <summary>Sets a queue up over rings at fixed addresses (zeroing them first, as a fresh allocation would be).</summary>
    public DriverQueue SetupQueueAt(int index, ushort size, ulong desc, ulong avail, ulong used)
    {
        WriteReg(VirtioMmioRegisters.QueueSel, (uint)index);
        ReadReg(VirtioMmioRegisters.QueueReady).Should().Be(0);
        uint max = ReadReg(VirtioMmioRegisters.QueueNumMax);
        max.Should().BeGreaterThanOrEqualTo(size);
        Memory.GetWriteSpan(desc, 16 * size).Clear();
        Memory.GetWriteSpan(avail, 6 + (2 * size)).Clear();
        Memory.GetWriteSpan(used, 6 + (8 * size)).Clear();
        WriteReg(VirtioMmioRegisters.QueueNum, size);
        WriteReg(VirtioMmioRegisters.QueueDescLow, (uint)desc);
        WriteReg(VirtioMmioRegisters.QueueDescHigh, (uint)(desc >> 32));
        WriteReg(VirtioMmioRegisters.QueueDriverLow, (uint)avail);
        WriteReg(VirtioMmioRegisters.QueueDriverHigh, (uint)(avail >> 32));
        WriteReg(VirtioMmioRegisters.QueueDeviceLow, (uint)used);
        WriteReg(VirtioMmioRegisters.QueueDeviceHigh, (uint)(used >> 32));
        WriteReg(VirtioMmioRegisters.QueueReady, 1);
        return new DriverQueue(this, index, size, desc, avail, used);
    }

    public void DriverOk() =>
        WriteReg(VirtioMmioRegisters.Status, VirtioStatus.Acknowledge | VirtioStatus.Driver | VirtioStatus.FeaturesOk | VirtioStatus.DriverOk);

    /// <summary>Reads interrupt status and acknowledges every bit, as the Linux interrupt handler does.</summary>
    public uint AckInterrupt()
    {
        uint isr = ReadReg(VirtioMmioRegisters.InterruptStatus);
        WriteReg(VirtioMmioRegisters.InterruptAck, isr);
        return isr;
    }

    public ulong ReadConfig(ulong offset, int size)
    {
        Device.Read(VirtioMmioRegisters.Config + offset, size, out ulong v).Should().BeTrue();
        return v;
    }
}
