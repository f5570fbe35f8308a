// Assembles a MicroVm from a validated configuration: RAM, the platform devices on the bus, the device tree,
// the kernel and initramfs in RAM, and one hart per vCPU with hart 0 at the kernel's entry.
using Harness.Vmm.Boot;
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Devices;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Devices.Virtio.Vsock;
using Harness.Vmm.Machine.Sbi;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Machine;

public sealed partial class MicroVm
{
    /// <summary>
    /// Exceptions the monitor hands to the guest kernel directly: everything an S-mode kernel handles itself.
    /// Environment calls from S-mode (9) never trap (the monitor serves SBI); 10, 11 and 14 are reserved or M-only.
    /// </summary>
    private const ulong DelegatedExceptions = 0xB1FF;

    /// <summary>The supervisor software, timer and external interrupts.</summary>
    private const ulong DelegatedInterrupts = (1UL << Interrupt.SupervisorSoftware) | (1UL << Interrupt.SupervisorTimer)
        | (1UL << Interrupt.SupervisorExternal);

    private MicroVm(MicroVmConfig config, GuestMemory memory)
    {
        Config = config;
        Memory = memory;
        Bus = new MmioBus();
        Clock = new GuestClock();
        _sbi = new SbiHandler(this);
        _vcpus = new Vcpu[config.Vcpus];
        for (int i = 0; i < _vcpus.Length; i++)
        {
            _vcpus[i] = new Vcpu(new RiscVHart(i, memory, Bus, this));
        }

        var contextOutputs = _vcpus.Select(v => (IIrqLine)new HartInterruptLine(v.Hart, Interrupt.SupervisorExternal)).ToArray();
        Plic = new Plic(VirtMemoryMap.DefaultPlicSources, contextOutputs);
        Uart = new Uart16550(Plic.GetSourceLine((int)VirtMemoryMap.UartIrq), new ConsoleSink(Console));
        PowerControl = new PowerControl(OnPowerRequest);
        Bus.Register(VirtMemoryMap.PlicBase, Plic.WindowSize, Plic, "plic");
        Bus.Register(VirtMemoryMap.UartBase, Uart16550.WindowSize, Uart, "uart");
        Bus.Register(VirtMemoryMap.PowerControlBase, PowerControl.WindowSize, PowerControl, "power");
        Console.PanicSeen += () => RequestSystemExit(VmExitReason.GuestPanic);
        try
        {
            _virtio = CreateVirtioDevices(config);
        }
        catch
        {
            DisposeDevices();
            throw;
        }
    }

    private string? _vsockUdsPath;

    /// <summary>
    /// The Unix socket of the vsock device's host side, or null when the VM has no vsock device. An automatic path
    /// is bound when first read here: in-process callers reach the guest through <see cref="VirtioVsockDevice.ConnectInProcess"/>
    /// and never pay for a socket file, and whoever learns the path from this property finds it listening.
    /// </summary>
    /// <exception cref="System.Net.Sockets.SocketException">An automatic path could not be bound.</exception>
    public string? VsockUdsPath
    {
        get
        {
            if (_vsockUdsPath != null)
            {
                Vsock?.EnsureListening();
            }

            return _vsockUdsPath;
        }
    }

    /// <summary>The vsock device, or null.</summary>
    public VirtioVsockDevice? Vsock => _virtio.FirstOrDefault(v => v.Kind == VirtioKind.Vsock)?.Transport.Device as VirtioVsockDevice;

    /// <summary>The virtio devices in slot order, for inspection (NEEDS_RESET counts and the like).</summary>
    public IReadOnlyList<VirtioMmioTransport> VirtioDevices => [.. _virtio.Select(v => v.Transport)];

    /// <summary>Slots in a fixed order (vsock, entropy, net, disks) so that saved state maps back onto the same windows.</summary>
    private List<VirtioSlot> CreateVirtioDevices(MicroVmConfig config)
    {
        var slots = new List<VirtioSlot>();
        try
        {
            return CreateVirtioDevices(config, slots);
        }
        catch
        {
            // A device that cannot be made (a TAP without privilege, a missing disk) must not leak the ones before it.
            foreach (VirtioSlot v in slots)
            {
                v.Transport.Dispose();
            }

            throw;
        }
    }

    private List<VirtioSlot> CreateVirtioDevices(MicroVmConfig config, List<VirtioSlot> slots)
    {
        int next = 0;
        IIrqLine Line(int slot) => Plic.GetSourceLine((int)VirtMemoryMap.VirtioWindow(slot).Irq);
        if (config.VsockUdsPath != null)
        {
            bool automatic = config.VsockUdsPath == MicroVmConfig.AutomaticVsockPath;
            _vsockUdsPath = automatic ? AutomaticVsockPaths.Next() : config.VsockUdsPath;
            var options = new VirtioVsockOptions { UdsPath = _vsockUdsPath, GuestCid = config.VsockGuestCid, ListenOnDemand = automatic };
            slots.Add(new VirtioSlot(next, VirtioKind.Vsock, VirtioVsockDevice.CreateMmio(Memory, Line(next), options), null));
            next++;
        }

        if (config.Entropy)
        {
            slots.Add(new VirtioSlot(next, VirtioKind.Entropy, VirtioRngDevice.CreateMmio(Memory, Line(next)), null));
            next++;
        }

        if (config.Network != null)
        {
            slots.Add(new VirtioSlot(next, VirtioKind.Net, CreateNetworkDevice(config.Network, Line(next)), null));
            next++;
        }

        foreach (DiskConfig disk in config.Disks)
        {
            var options = new VirtioBlockOptions { Path = disk.Path, ReadOnly = disk.ReadOnly, CopyOnWrite = disk.CopyOnWrite };
            slots.Add(new VirtioSlot(next, VirtioKind.Block, VirtioBlockDevice.CreateMmio(Memory, Line(next), options), disk));
            next++;
        }

        foreach (VirtioSlot v in slots)
        {
            Bus.Register(VirtMemoryMap.VirtioWindow(v.Slot).Base, VirtMemoryMap.VirtioStride, v.Transport, $"virtio-{v.Kind}-{v.Slot}".ToLowerInvariant());
        }

        return slots;
    }

    private void DisposeDevices()
    {
        foreach (VirtioSlot v in _virtio ?? [])
        {
            v.Transport.Dispose();
        }
    }

    /// <summary>The platform-level interrupt controller.</summary>
    public Plic Plic { get; }

    /// <summary>The 16550 console UART.</summary>
    public Uart16550 Uart { get; }

    /// <summary>The SiFive test device the guest powers off or reboots through.</summary>
    public PowerControl PowerControl { get; }

    /// <summary>The device tree the guest was booted with.</summary>
    public byte[] DeviceTree { get; private set; } = [];

    internal static MicroVm Create(MicroVmConfig config)
    {
        KernelImage kernel;
        try
        {
            kernel = KernelImage.Load(config.KernelPath);
        }
        catch (Exception e) when (e is InvalidKernelImageException or IOException)
        {
            throw new MicroVmConfigException($"kernel '{config.KernelPath}' is not a RISC-V Image: {e.Message}", e);
        }

        byte[] initramfs = [];
        if (config.InitramfsPath != null)
        {
            long length = new FileInfo(config.InitramfsPath).Length;
            if ((ulong)length >= config.MemoryBytes)
            {
                throw new MicroVmConfigException(
                    $"initramfs '{config.InitramfsPath}' ({length} bytes) is larger than guest RAM ({config.MemoryMiB} MiB)");
            }

            initramfs = File.ReadAllBytes(config.InitramfsPath);
        }

        var memory = GuestMemory.CreateAnonymous(VirtMemoryMap.RamBase, config.MemoryBytes);
        MicroVm? vm = null;
        try
        {
            vm = new MicroVm(config, memory);
            var description = new MachineDescription
            {
                HartCount = config.Vcpus,
                RamBase = memory.BaseAddress,
                RamSize = memory.Size,
                Bootargs = config.CommandLine,
                PlicSources = VirtMemoryMap.DefaultPlicSources,
                VirtioWindows = [.. vm._virtio.Select(v => VirtMemoryMap.VirtioWindow(v.Slot))],
            };
            BootInfo boot;
            try
            {
                boot = BootLoader.Load(memory, kernel, initramfs, description);
            }
            catch (BootLayoutException e)
            {
                throw new MicroVmConfigException($"cannot lay out the boot in {config.MemoryMiB} MiB: {e.Message}", e);
            }

            vm.DeviceTree = boot.DeviceTree;
            Vcpu boot0 = vm._vcpus[0];
            boot0.StartAddress = boot.EntryPc;
            boot0.StartOpaque = boot.DtbAddress;
            boot0.PowerState = HartPowerState.StartPending;
            foreach (Vcpu v in vm._vcpus)
            {
                ConfigureForSupervisorGuest(v.Hart);
            }

            return vm;
        }
        catch
        {
            vm?.DisposeDevices();
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Puts a hart in S-mode at <paramref name="pc"/> with a0 and a1 set, as SBI HSM hart_start specifies.</summary>
    private static void EnterSupervisor(RiscVHart hart, ulong pc, ulong a0, ulong a1)
    {
        hart.Reset(pc, PrivilegeLevel.Supervisor);
        ConfigureForSupervisorGuest(hart);
        hart.SetRegister(10, a0);
        hart.SetRegister(11, a1);
    }

    /// <summary>The M-mode setup a firmware would leave behind: delegation, counters visible to S-mode, the SBI timer.</summary>
    private static void ConfigureForSupervisorGuest(RiscVHart hart)
    {
        HartState s = hart.Save();
        s.Medeleg = DelegatedExceptions;
        s.Mideleg = DelegatedInterrupts;
        s.Mcounteren = 0x7; // cycle, time, instret
        s.TimerInterruptBit = Interrupt.SupervisorTimer;
        s.TimerDeadline = ulong.MaxValue;
        hart.Restore(s);
    }

    private void OnPowerRequest(PowerRequest request) => RequestSystemExit(request.Kind switch
    {
        PowerRequestKind.Reboot => VmExitReason.Rebooted,
        _ => VmExitReason.PoweredOff,
    });

    private sealed class ConsoleSink(ConsoleLog log) : ISerialSink
    {
        public void Write(ReadOnlySpan<byte> data) => log.Write(data);
    }
}
