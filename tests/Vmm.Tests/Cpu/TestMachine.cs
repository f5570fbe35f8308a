// A small machine for CPU unit tests: RAM at 0x8000_0000, an optional MMIO test device, a controllable platform.
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Tests.Cpu;

/// <summary>One hart plus RAM; ECALL from M-mode with a7 = 93 stops the run (the "exit" convention of these tests).</summary>
internal sealed class TestMachine : IDisposable
{
    public const ulong RamBase = 0x8000_0000;
    public const ulong DeviceBase = 0x1000_0000;

    public TestMachine(ulong ramSize = 4 << 20)
    {
        Memory = GuestMemory.CreateAnonymous(RamBase, ramSize);
        Bus = new MmioBus();
        Device = new RecordingDevice();
        Bus.Register(DeviceBase, 0x1000, Device, "test-device");
        Platform = new TestPlatform();
        Hart = new RiscVHart(0, Memory, Bus, Platform);
        Hart.Reset(RamBase, PrivilegeLevel.Machine);
    }

    public GuestMemory Memory { get; }

    public MmioBus Bus { get; }

    public RecordingDevice Device { get; }

    public TestPlatform Platform { get; }

    public RiscVHart Hart { get; }

    /// <summary>Assembles <paramref name="asm"/> and places it at the start of RAM.</summary>
    public TestMachine Load(string asm)
    {
        Memory.WriteBytes(RamBase, RiscVAssembler.Assemble(asm));
        return this;
    }

    /// <summary>Runs until the program's exit ECALL (a7 = 93) and checks that it got there.</summary>
    public void RunToExit(long maxInstructions = 1_000_000)
    {
        HartExit exit = Hart.Run(maxInstructions);
        exit.Should().Be(HartExit.ExitRequested, "the program should reach its exit ecall (pc=0x{0:x}, mcause={1})", Hart.Pc, Hart.ReadCsr(Csr.Mcause));
        Platform.Exited.Should().BeTrue();
    }

    public ulong X(int i) => Hart.GetRegister(i);

    public void Dispose() => Memory.Dispose();

    /// <summary>The platform: a settable clock, and ECALL a7=93 as "exit" (other ECALLs trap normally).</summary>
    internal sealed class TestPlatform : IHartPlatform
    {
        public ulong Time { get; set; }

        public bool Exited { get; private set; }

        public int EcallCount { get; private set; }

        public ulong ReadTime() => Time;

        public bool TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from)
        {
            EcallCount++;
            if (hart.GetRegister(17) == 93)
            {
                Exited = true;
                hart.RequestExit();
                return true;
            }

            return false;
        }
    }

    /// <summary>A device with 8 bytes of storage at offset 0 that rejects everything else.</summary>
    internal sealed class RecordingDevice : IMmioDevice
    {
        public ulong Value { get; set; }

        public int Writes { get; private set; }

        public Action<ulong>? OnWrite { get; set; }

        public bool Read(ulong offset, int size, out ulong value)
        {
            value = offset == 0 ? Value : 0;
            return offset == 0;
        }

        public bool Write(ulong offset, int size, ulong value)
        {
            if (offset != 0)
            {
                return false;
            }

            Writes++;
            Value = value;
            OnWrite?.Invoke(value);
            return true;
        }
    }
}
