// The console UART (ns16550a) as Linux's 8250 driver programs it: byte-wide registers at reg-shift 0, 16-byte
// FIFOs, and interrupts for received data, transmitter empty, line status and modem status.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Devices;

/// <summary>
/// A 16550A UART. Transmission is instantaneous: a byte written to THR goes straight to the host sink, so the
/// transmitter is always empty and the THR-empty interrupt re-arms as soon as THR is written. Host input waits
/// in a bounded queue behind the receive FIFO and moves in as the guest drains it (flow control, not overrun).
/// </summary>
/// <remarks>
/// Thread-safe: each access takes the device lock. The sink and the IRQ line are called while it is held, so
/// neither may call back into the UART.
/// </remarks>
public sealed class Uart16550 : IMmioDevice
{
    /// <summary>Size of the UART's MMIO window in the device tree (registers occupy the first 8 bytes).</summary>
    public const ulong WindowSize = 0x100;

    /// <summary>Depth of the receive FIFO when FIFOs are enabled.</summary>
    public const int FifoDepth = 16;

    /// <summary>Default bound on host input queued behind the receive FIFO.</summary>
    public const int DefaultInputCapacity = 64 * 1024;

    private const string Name = "UART";

    // Register offsets (reg-shift 0).
    private const int RbrThrDll = 0;
    private const int IerDlm = 1;
    private const int IirFcr = 2;
    private const int LcrReg = 3;
    private const int McrReg = 4;
    private const int LsrReg = 5;
    private const int MsrReg = 6;
    private const int ScrReg = 7;

    private const byte IerRxData = 0x01;
    private const byte IerThrEmpty = 0x02;
    private const byte IerLineStatus = 0x04;
    private const byte IerModemStatus = 0x08;

    private const byte IirNoInterrupt = 0x01;
    private const byte IirModemStatus = 0x00;
    private const byte IirThrEmpty = 0x02;
    private const byte IirRxData = 0x04;
    private const byte IirLineStatus = 0x06;
    private const byte IirRxTimeout = 0x0c;
    private const byte IirFifoEnabled = 0xc0;

    private const byte FcrEnable = 0x01;
    private const byte FcrClearRx = 0x02;
    private const byte FcrTriggerMask = 0xc0;

    private const byte LcrDlab = 0x80;

    private const byte McrDtr = 0x01;
    private const byte McrRts = 0x02;
    private const byte McrOut1 = 0x04;
    private const byte McrOut2 = 0x08;
    private const byte McrLoop = 0x10;

    private const byte LsrDataReady = 0x01;
    private const byte LsrOverrun = 0x02;
    private const byte LsrThrEmpty = 0x20;
    private const byte LsrTransmitterEmpty = 0x40;

    private const byte MsrCts = 0x10;
    private const byte MsrDsr = 0x20;
    private const byte MsrRi = 0x40;
    private const byte MsrDcd = 0x80;

    // With no modem attached the lines read as a ready peer, as QEMU's UART reports them.
    private const byte MsrIdleStatus = MsrCts | MsrDsr | MsrDcd;

    private static readonly int[] TriggerLevels = [1, 4, 8, 14];

    private readonly Lock _lock = new();
    private readonly IIrqLine _irq;
    private readonly ISerialSink _sink;
    private readonly ByteRing _rxFifo = new(FifoDepth);
    private readonly ByteRing _input;

    private byte _ier;
    private byte _fcr;
    private byte _lcr;
    private byte _mcr;
    private byte _scr;
    private byte _dll;
    private byte _dlm;
    private bool _overrun;
    private byte _msrDelta;
    private bool _thrInterruptPending;
    private bool _irqLevel;

    /// <summary>Creates the UART.</summary>
    /// <param name="irq">The UART's interrupt line (the PLIC source the device tree names, 10 on this machine).</param>
    /// <param name="sink">Where transmitted bytes go (see <see cref="SerialConsoleCapture"/>, <see cref="StreamSerialSink"/>).</param>
    /// <param name="inputCapacity">Bound on host input queued behind the receive FIFO.</param>
    public Uart16550(IIrqLine irq, ISerialSink sink, int inputCapacity = DefaultInputCapacity)
    {
        ArgumentNullException.ThrowIfNull(irq);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputCapacity, 1);
        _irq = irq;
        _sink = sink;
        _input = new ByteRing(inputCapacity);
    }

    /// <summary>Most bytes of host input that can wait behind the receive FIFO.</summary>
    public int InputCapacity => _input.Capacity;

    /// <summary>Host input not yet read by the guest (receive FIFO plus queue).</summary>
    public int PendingInput
    {
        get
        {
            lock (_lock)
            {
                return _rxFifo.Count + _input.Count;
            }
        }
    }

    /// <summary>Room left in the host input queue.</summary>
    public int InputSpace
    {
        get
        {
            lock (_lock)
            {
                return _input.Free;
            }
        }
    }

    /// <summary>Queues bytes for the guest to receive, as far as the bound allows.</summary>
    /// <returns>How many leading bytes of <paramref name="data"/> were taken; the caller retries the rest later.</returns>
    public int EnqueueInput(ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            int taken = _input.Enqueue(data);
            RefillRxFifo();
            UpdateIrq();
            return taken;
        }
    }

    /// <inheritdoc />
    public bool Read(ulong offset, int size, out ulong value)
    {
        value = 0;
        if (size != 1 || offset > ScrReg)
        {
            return false;
        }

        lock (_lock)
        {
            value = (int)offset switch
            {
                RbrThrDll => Dlab ? _dll : ReadReceiveBuffer(),
                IerDlm => Dlab ? _dlm : _ier,
                IirFcr => ReadInterruptIdentification(),
                LcrReg => _lcr,
                McrReg => _mcr,
                LsrReg => ReadLineStatus(),
                MsrReg => ReadModemStatus(),
                _ => _scr,
            };
            UpdateIrq();
            return true;
        }
    }

    /// <inheritdoc />
    public bool Write(ulong offset, int size, ulong value)
    {
        if (size != 1 || offset > ScrReg)
        {
            return false;
        }

        byte v = (byte)value;
        lock (_lock)
        {
            switch ((int)offset)
            {
                case RbrThrDll when Dlab:
                    _dll = v;
                    break;
                case RbrThrDll:
                    Transmit(v);
                    break;
                case IerDlm when Dlab:
                    _dlm = v;
                    break;
                case IerDlm:
                    WriteInterruptEnable(v);
                    break;
                case IirFcr:
                    WriteFifoControl(v);
                    break;
                case LcrReg:
                    _lcr = v;
                    break;
                case McrReg:
                    WriteModemControl(v);
                    break;
                case LsrReg:
                case MsrReg:
                    // Status registers are read-only; writes are ignored as on the real part.
                    break;
                default:
                    _scr = v;
                    break;
            }

            UpdateIrq();
            return true;
        }
    }

    /// <summary>Captures the UART's state, including host input the guest has not read. Call while paused.</summary>
    public Uart16550State Save()
    {
        lock (_lock)
        {
            return new Uart16550State
            {
                Ier = _ier,
                Fcr = _fcr,
                Lcr = _lcr,
                Mcr = _mcr,
                Scr = _scr,
                Dll = _dll,
                Dlm = _dlm,
                Overrun = _overrun,
                MsrDelta = _msrDelta,
                ThrInterruptPending = _thrInterruptPending,
                RxFifo = _rxFifo.ToArray(),
                PendingInput = _input.ToArray(),
            };
        }
    }

    /// <summary>Replaces the UART's state after validating it, then drives the interrupt line to match.</summary>
    /// <exception cref="InvalidDeviceStateException">A register holds bits the device never sets, or a buffer is too long.</exception>
    public void Restore(Uart16550State state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Validate(state);
        lock (_lock)
        {
            _ier = state.Ier;
            _fcr = state.Fcr;
            _lcr = state.Lcr;
            _mcr = state.Mcr;
            _scr = state.Scr;
            _dll = state.Dll;
            _dlm = state.Dlm;
            _overrun = state.Overrun;
            _msrDelta = state.MsrDelta;
            _thrInterruptPending = state.ThrInterruptPending;
            _rxFifo.Clear();
            _rxFifo.Enqueue(state.RxFifo);
            _input.Clear();
            _input.Enqueue(state.PendingInput);
            RefillRxFifo();
            _irqLevel = InterruptId() != IirNoInterrupt;
            _irq.SetLevel(_irqLevel);
        }
    }

    private void Validate(Uart16550State s)
    {
        if ((s.Ier & ~0x0f) != 0)
        {
            throw new InvalidDeviceStateException(Name, $"IER 0x{s.Ier:x2} has reserved bits set");
        }

        if ((s.Fcr & ~(FcrEnable | FcrTriggerMask)) != 0)
        {
            throw new InvalidDeviceStateException(Name, $"FCR 0x{s.Fcr:x2} holds bits other than enable and trigger level");
        }

        if ((s.Mcr & ~0x1f) != 0)
        {
            throw new InvalidDeviceStateException(Name, $"MCR 0x{s.Mcr:x2} has reserved bits set");
        }

        if ((s.MsrDelta & ~0x0f) != 0)
        {
            throw new InvalidDeviceStateException(Name, $"MSR delta bits 0x{s.MsrDelta:x2} exceed the low nibble");
        }

        int fifoCapacity = (s.Fcr & FcrEnable) != 0 ? FifoDepth : 1;
        if (s.RxFifo is null || s.RxFifo.Length > fifoCapacity)
        {
            throw new InvalidDeviceStateException(Name, $"receive FIFO holds {s.RxFifo?.Length.ToString() ?? "no"} bytes, at most {fifoCapacity} allowed");
        }

        if (s.PendingInput is null || s.PendingInput.Length > _input.Capacity)
        {
            throw new InvalidDeviceStateException(Name, $"pending input of {s.PendingInput?.Length.ToString() ?? "no"} bytes exceeds this UART's capacity {_input.Capacity}");
        }
    }

    private bool Dlab => (_lcr & LcrDlab) != 0;

    private bool FifoEnabled => (_fcr & FcrEnable) != 0;

    private bool Loopback => (_mcr & McrLoop) != 0;

    private int RxFifoCapacity => FifoEnabled ? FifoDepth : 1;

    private byte ReadReceiveBuffer()
    {
        if (_rxFifo.Count == 0)
        {
            return 0;
        }

        byte b = _rxFifo.Dequeue();
        RefillRxFifo();
        return b;
    }

    private byte ReadInterruptIdentification()
    {
        byte id = InterruptId();
        if (id == IirThrEmpty)
        {
            // Reading IIR while THR-empty is the reason acknowledges it.
            _thrInterruptPending = false;
        }

        return (byte)(id | (FifoEnabled ? IirFifoEnabled : 0));
    }

    private byte ReadLineStatus()
    {
        byte lsr = LsrThrEmpty | LsrTransmitterEmpty;
        if (_rxFifo.Count > 0)
        {
            lsr |= LsrDataReady;
        }

        if (_overrun)
        {
            lsr |= LsrOverrun;
            _overrun = false;
        }

        return lsr;
    }

    private byte ReadModemStatus()
    {
        byte msr = (byte)(ModemStatusLines() | _msrDelta);
        _msrDelta = 0;
        return msr;
    }

    private void Transmit(byte b)
    {
        if (Loopback)
        {
            if (_rxFifo.Count >= RxFifoCapacity)
            {
                _overrun = true;
            }
            else
            {
                _rxFifo.TryEnqueue(b);
            }
        }
        else
        {
            _sink.Write([b]);
        }

        // Writing THR clears the THR-empty interrupt; the byte leaves at once, so THR is empty again.
        _thrInterruptPending = true;
    }

    private void WriteInterruptEnable(byte v)
    {
        byte changed = (byte)((_ier ^ v) & 0x0f);
        _ier = (byte)(v & 0x0f);
        if ((changed & IerThrEmpty) != 0)
        {
            // Enabling THRI with THR empty raises the interrupt anew; Linux's startup probe relies on this.
            _thrInterruptPending = (_ier & IerThrEmpty) != 0;
        }
    }

    private void WriteFifoControl(byte v)
    {
        bool enable = (v & FcrEnable) != 0;
        if (enable != FifoEnabled)
        {
            _rxFifo.Clear();
        }
        else if ((v & FcrClearRx) != 0)
        {
            // Only the FIFO is cleared; input still queued on the host side keeps arriving, as QEMU's does.
            _rxFifo.Clear();
        }

        _fcr = (byte)(v & (FcrEnable | FcrTriggerMask));
        RefillRxFifo();
    }

    private void WriteModemControl(byte v)
    {
        byte before = ModemStatusLines();
        _mcr = (byte)(v & 0x1f);
        byte after = ModemStatusLines();
        byte delta = 0;
        if (((before ^ after) & MsrCts) != 0)
        {
            delta |= 0x01;
        }

        if (((before ^ after) & MsrDsr) != 0)
        {
            delta |= 0x02;
        }

        if ((before & MsrRi) != 0 && (after & MsrRi) == 0)
        {
            delta |= 0x04;
        }

        if (((before ^ after) & MsrDcd) != 0)
        {
            delta |= 0x08;
        }

        _msrDelta |= delta;
        RefillRxFifo();
    }

    private byte ModemStatusLines()
    {
        if (!Loopback)
        {
            return MsrIdleStatus;
        }

        byte status = 0;
        if ((_mcr & McrRts) != 0)
        {
            status |= MsrCts;
        }

        if ((_mcr & McrDtr) != 0)
        {
            status |= MsrDsr;
        }

        if ((_mcr & McrOut1) != 0)
        {
            status |= MsrRi;
        }

        if ((_mcr & McrOut2) != 0)
        {
            status |= MsrDcd;
        }

        return status;
    }

    // In loopback the receiver hears only the transmitter, so host input stays queued until loopback ends.
    private void RefillRxFifo()
    {
        if (Loopback)
        {
            return;
        }

        while (_rxFifo.Count < RxFifoCapacity && _input.Count > 0)
        {
            _rxFifo.TryEnqueue(_input.Dequeue());
        }
    }

    // The 16550's interrupt priority: line status, received data (or its timeout), THR empty, modem status.
    private byte InterruptId()
    {
        if ((_ier & IerLineStatus) != 0 && _overrun)
        {
            return IirLineStatus;
        }

        if ((_ier & IerRxData) != 0 && _rxFifo.Count > 0)
        {
            // Without a bit clock the character timeout fires at once for data below the trigger level.
            if (FifoEnabled && _rxFifo.Count < TriggerLevels[_fcr >> 6])
            {
                return IirRxTimeout;
            }

            return IirRxData;
        }

        if ((_ier & IerThrEmpty) != 0 && _thrInterruptPending)
        {
            return IirThrEmpty;
        }

        if ((_ier & IerModemStatus) != 0 && _msrDelta != 0)
        {
            return IirModemStatus;
        }

        return IirNoInterrupt;
    }

    private void UpdateIrq()
    {
        bool level = InterruptId() != IirNoInterrupt;
        if (level != _irqLevel)
        {
            _irqLevel = level;
            _irq.SetLevel(level);
        }
    }
}
