// The UART's snapshot state: its registers, the receive FIFO and the host input not yet delivered.
namespace Harness.Vmm.Devices;

/// <summary>Saved state of a <see cref="Uart16550"/>. Untrusted on restore: <see cref="Uart16550.Restore"/> validates it.</summary>
public sealed class Uart16550State
{
    /// <summary>Interrupt enable register (low nibble).</summary>
    public byte Ier { get; init; }

    /// <summary>FIFO enable and trigger-level bits of the FIFO control register.</summary>
    public byte Fcr { get; init; }

    /// <summary>Line control register.</summary>
    public byte Lcr { get; init; }

    /// <summary>Modem control register (low five bits).</summary>
    public byte Mcr { get; init; }

    /// <summary>Scratch register.</summary>
    public byte Scr { get; init; }

    /// <summary>Divisor latch, low byte.</summary>
    public byte Dll { get; init; }

    /// <summary>Divisor latch, high byte.</summary>
    public byte Dlm { get; init; }

    /// <summary>Overrun error latched in LSR and not yet read.</summary>
    public bool Overrun { get; init; }

    /// <summary>Modem status change bits (MSR low nibble) not yet read.</summary>
    public byte MsrDelta { get; init; }

    /// <summary>THR-empty interrupt raised and not yet acknowledged.</summary>
    public bool ThrInterruptPending { get; init; }

    /// <summary>Bytes in the receive FIFO, oldest first.</summary>
    public byte[] RxFifo { get; init; } = [];

    /// <summary>Host input queued behind the FIFO, oldest first.</summary>
    public byte[] PendingInput { get; init; } = [];
}
