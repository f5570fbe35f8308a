// The 16550 UART as Linux's 8250 driver drives it: registers, FIFOs, interrupt identification and priority,
// host input flow, loopback, state round trip and concurrent access.
using System.Text;
using Harness.Vmm.Devices;

namespace Harness.Vmm.Tests.Devices;

public class Uart16550Tests
{
    private const ulong Rbr = 0, Thr = 0, Dll = 0, Ier = 1, Dlm = 1, Iir = 2, Fcr = 2, Lcr = 3, Mcr = 4, Lsr = 5, Msr = 6, Scr = 7;

    private static (Uart16550 Uart, RecordingIrqLine Irq, SerialConsoleCapture Console) Create(int inputCapacity = 1024)
    {
        var irq = new RecordingIrqLine();
        var console = new SerialConsoleCapture();
        return (new Uart16550(irq, console, inputCapacity), irq, console);
    }

    private static byte Read(Uart16550 uart, ulong offset)
    {
        uart.Read(offset, 1, out ulong v).Should().BeTrue();
        return (byte)v;
    }

    private static void Write(Uart16550 uart, ulong offset, byte value) => uart.Write(offset, 1, value).Should().BeTrue();

    [Test]
    public void Transmitted_bytes_reach_the_sink_in_order()
    {
        var (uart, _, console) = Create();
        foreach (byte b in "hello\n"u8)
        {
            Write(uart, Thr, b);
        }

        console.GetText().Should().Be("hello\n");
        (Read(uart, Lsr) & 0x60).Should().Be(0x60, "THR and transmitter are empty again at once");
    }

    [Test]
    public void Only_byte_access_to_the_eight_registers_is_accepted()
    {
        var (uart, _, _) = Create();
        uart.Read(Lsr, 4, out _).Should().BeFalse();
        uart.Write(Thr, 2, 0x41).Should().BeFalse();
        uart.Read(8, 1, out _).Should().BeFalse();
        uart.Write(0xff, 1, 0).Should().BeFalse();
        Write(uart, Scr, 0x5a);
        Read(uart, Scr).Should().Be(0x5a);
    }

    [Test]
    public void Dlab_switches_offsets_0_and_1_to_the_divisor_latch()
    {
        var (uart, _, console) = Create();
        Write(uart, Lcr, 0x83);
        Write(uart, Dll, 0x01);
        Write(uart, Dlm, 0x02);
        Read(uart, Dll).Should().Be(0x01);
        Read(uart, Dlm).Should().Be(0x02);
        console.Position.Should().Be(0, "a DLL write transmits nothing");
        Write(uart, Lcr, 0x03);
        Read(uart, Lcr).Should().Be(0x03);
        Read(uart, Ier).Should().Be(0, "IER is separate from DLM");
        Write(uart, Lcr, 0x83);
        Read(uart, Dll).Should().Be(0x01);
    }

    [Test]
    public void Host_input_flows_through_the_fifo_in_order_and_data_ready_follows_it()
    {
        var (uart, _, _) = Create(inputCapacity: 64);
        Write(uart, Fcr, 0x01);
        (Read(uart, Lsr) & 0x01).Should().Be(0);
        byte[] input = Enumerable.Range(0, 70).Select(i => (byte)i).ToArray();
        uart.EnqueueInput(input).Should().Be(64, "the queue takes its capacity and the caller retries the rest");
        uart.PendingInput.Should().Be(64);
        uart.EnqueueInput(input.AsSpan(64)).Should().Be(6, "16 bytes moved into the FIFO, freeing queue space");

        var received = new List<byte>();
        while ((Read(uart, Lsr) & 0x01) != 0)
        {
            received.Add(Read(uart, Rbr));
        }

        received.Should().Equal(input);
        uart.PendingInput.Should().Be(0);
        (Read(uart, Lsr) & 0x02).Should().Be(0, "flow control, not overrun");
    }

    [Test]
    public void Without_fifos_the_receiver_holds_one_byte_at_a_time()
    {
        var (uart, _, _) = Create();
        uart.EnqueueInput("ab"u8).Should().Be(2);
        Read(uart, Rbr).Should().Be((byte)'a');
        Read(uart, Rbr).Should().Be((byte)'b');
        (Read(uart, Lsr) & 0x01).Should().Be(0);
        Read(uart, Rbr).Should().Be(0, "an empty receiver reads zero");
    }

    [Test]
    public void Received_data_interrupt_reports_timeout_below_the_trigger_and_data_at_it()
    {
        var (uart, irq, _) = Create();
        Write(uart, Fcr, 0x81); // FIFO on, trigger 8
        Write(uart, Ier, 0x01);
        Read(uart, Iir).Should().Be(0xc1, "FIFO bits set, no interrupt");
        irq.Level.Should().BeFalse();

        uart.EnqueueInput("abc"u8);
        Read(uart, Iir).Should().Be(0xcc, "below the trigger level the character timeout is reported");
        irq.Level.Should().BeTrue();
        uart.EnqueueInput("defgh"u8);
        Read(uart, Iir).Should().Be(0xc4, "at the trigger level received data is reported");

        for (int i = 0; i < 8; i++)
        {
            Read(uart, Rbr);
        }

        Read(uart, Iir).Should().Be(0xc1);
        irq.Level.Should().BeFalse("draining the FIFO clears the interrupt");
    }

    [Test]
    public void Thr_empty_interrupt_clears_on_iir_read_and_rearms_as_linux_probes_it()
    {
        var (uart, irq, _) = Create();
        Write(uart, Ier, 0x02);
        irq.Level.Should().BeTrue();
        Read(uart, Iir).Should().Be(0x02);
        irq.Level.Should().BeFalse("reading IIR acknowledges THR empty");
        Read(uart, Iir).Should().Be(0x01);

        // The 8250 startup probe: IER=0 then IER=THRI again must re-assert THR empty.
        Write(uart, Ier, 0x00);
        Write(uart, Ier, 0x02);
        Read(uart, Iir).Should().Be(0x02);

        Write(uart, Thr, (byte)'x');
        irq.Level.Should().BeTrue("the byte left at once and THR is empty again");
        Write(uart, Ier, 0x00);
        irq.Level.Should().BeFalse();
    }

    [Test]
    public void Interrupt_priority_is_line_status_then_data_then_thr_empty()
    {
        var (uart, irq, console) = Create();
        Write(uart, Mcr, 0x10); // loopback: transmitted bytes come back
        Write(uart, Ier, 0x07);
        Read(uart, Iir).Should().Be(0x02);
        Write(uart, Thr, (byte)'1');
        Write(uart, Thr, (byte)'2'); // non-FIFO receiver holds one byte: overrun
        console.Position.Should().Be(0, "loopback keeps bytes off the wire");
        Read(uart, Iir).Should().Be(0x06);
        (Read(uart, Lsr) & 0x03).Should().Be(0x03, "data ready and overrun");
        Read(uart, Iir).Should().Be(0x04, "reading LSR cleared the overrun");
        (Read(uart, Lsr) & 0x02).Should().Be(0);
        Read(uart, Rbr).Should().Be((byte)'1');
        Read(uart, Iir).Should().Be(0x02);
        Read(uart, Iir).Should().Be(0x01);
        irq.Level.Should().BeFalse();
    }

    [Test]
    public void Loopback_reflects_modem_control_in_modem_status_with_change_bits()
    {
        var (uart, irq, _) = Create();
        (Read(uart, Msr) & 0xf0).Should().Be(0xb0, "a ready peer: CTS, DSR and DCD");
        Write(uart, Ier, 0x08);
        Write(uart, Mcr, 0x10);
        Read(uart, Iir).Should().Be(0x00, "the status lines changed, a modem status interrupt");
        irq.Level.Should().BeTrue();
        Read(uart, Msr).Should().Be(0x0b, "CTS, DSR and DCD dropped; RI never rose");
        irq.Level.Should().BeFalse("reading MSR clears the change bits");
        Write(uart, Mcr, 0x1f);
        Read(uart, Msr).Should().Be(0xfb);
        Write(uart, Mcr, 0x1b); // OUT1 (RI) falls: trailing edge
        Read(uart, Msr).Should().Be(0xb4);
        Read(uart, Mcr).Should().Be(0x1b);
    }

    [Test]
    public void Host_input_waits_during_loopback()
    {
        var (uart, _, _) = Create();
        Write(uart, Mcr, 0x10);
        uart.EnqueueInput("q"u8);
        (Read(uart, Lsr) & 0x01).Should().Be(0);
        Write(uart, Mcr, 0x00);
        Read(uart, Rbr).Should().Be((byte)'q');
    }

    [Test]
    public void Clearing_the_receive_fifo_drops_its_bytes_and_queued_input_flows_in()
    {
        var (uart, _, _) = Create();
        Write(uart, Fcr, 0x01);
        uart.EnqueueInput(Encoding.ASCII.GetBytes("0123456789abcdefXYZ"));
        Write(uart, Fcr, 0x03);
        var rest = new StringBuilder();
        while ((Read(uart, Lsr) & 0x01) != 0)
        {
            rest.Append((char)Read(uart, Rbr));
        }

        rest.ToString().Should().Be("XYZ");
        Read(uart, Iir).Should().Be(0xc1);
        Write(uart, Fcr, 0x00);
        Read(uart, Iir).Should().Be(0x01, "FIFO bits clear once FIFOs are off");
    }

    [Test]
    public void State_round_trips_through_a_serializer_and_behaves_the_same()
    {
        var (uart, _, _) = Create(inputCapacity: 128);
        Write(uart, Lcr, 0x83);
        Write(uart, Dll, 0x0c);
        Write(uart, Lcr, 0x03);
        Write(uart, Fcr, 0x41);
        Write(uart, Ier, 0x05);
        Write(uart, Mcr, 0x0b);
        Write(uart, Scr, 0x77);
        uart.EnqueueInput(Encoding.ASCII.GetBytes("restored input that is longer than a FIFO"));
        Read(uart, Rbr);

        Uart16550State saved = StateClone.ThroughJson(uart.Save());
        var (restored, irq, console) = Create(inputCapacity: 128);
        restored.Restore(saved);
        irq.Level.Should().BeTrue("received data is waiting with its interrupt enabled");

        foreach (var u in new[] { uart, restored })
        {
            Read(u, Scr).Should().Be(0x77);
            Read(u, Mcr).Should().Be(0x0b);
            Read(u, Iir).Should().Be(0xc4);
            Write(u, Lcr, 0x83);
            Read(u, Dll).Should().Be(0x0c);
            Write(u, Lcr, 0x03);
            var text = new StringBuilder();
            while ((Read(u, Lsr) & 0x01) != 0)
            {
                text.Append((char)Read(u, Rbr));
            }

            text.ToString().Should().Be("estored input that is longer than a FIFO");
        }

        Write(restored, Thr, (byte)'!');
        console.GetText().Should().Be("!");
    }

    [Test]
    public void Restore_rejects_out_of_range_state()
    {
        var (uart, _, _) = Create(inputCapacity: 8);
        Uart16550State[] bad =
        [
            new() { Ier = 0x10 },
            new() { Fcr = 0x02 },
            new() { Mcr = 0x20 },
            new() { MsrDelta = 0x10 },
            new() { Fcr = 0x01, RxFifo = new byte[17] },
            new() { Fcr = 0x00, RxFifo = new byte[2] },
            new() { PendingInput = new byte[9] },
            new() { RxFifo = null! },
        ];
        foreach (Uart16550State state in bad)
        {
            FluentActions.Invoking(() => uart.Restore(state)).Should().Throw<InvalidDeviceStateException>();
        }

        uart.Restore(new Uart16550State { Fcr = 0x01, RxFifo = new byte[16], PendingInput = new byte[8] });
        uart.PendingInput.Should().Be(24);
    }

    [Test]
    public void Concurrent_transmitters_and_input_lose_nothing()
    {
        var (uart, _, console) = Create(inputCapacity: 4096);
        Write(uart, Fcr, 0x01);
        const int writers = 3;
        const int perWriter = 2000;
        var readBytes = 0;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = writers + 2 },
            [
                .. Enumerable.Range(0, writers).Select(w => (Action)(() =>
                {
                    for (int i = 0; i < perWriter; i++)
                    {
                        uart.Write(Thr, 1, (ulong)('a' + w));
                    }
                })),
                () =>
                {
                    for (int i = 0; i < 3000; i++)
                    {
                        uart.EnqueueInput([(byte)'z']).Should().Be(1, "the queue is larger than all the input");
                    }
                },
                () =>
                {
                    // Bounded by polls, not time, so a lost byte fails the test instead of hanging it.
                    for (long polls = 0; Volatile.Read(ref readBytes) < 3000 && polls < 100_000_000; polls++)
                    {
                        uart.Read(Lsr, 1, out ulong lsr);
                        if ((lsr & 1) != 0)
                        {
                            uart.Read(Rbr, 1, out ulong b);
                            b.Should().Be((ulong)'z');
                            Interlocked.Increment(ref readBytes);
                        }
                    }
                },
            ]);

        readBytes.Should().Be(3000);
        console.Position.Should().Be(writers * perWriter);
        string text = console.GetText();
        for (int w = 0; w < writers; w++)
        {
            text.Count(c => c == 'a' + w).Should().Be(perWriter);
        }

        uart.PendingInput.Should().Be(0);
    }
}
