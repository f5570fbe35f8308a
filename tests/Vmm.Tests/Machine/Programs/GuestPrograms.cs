// Small S-mode guest programs that exercise the machine without Linux: each starts with a RISC-V Image header
// so the ordinary kernel loader accepts it, and ends by asking SBI to power off.
using Harness.Vmm.Tests.Cpu;

namespace Harness.Vmm.Tests.Machine.Programs;

internal static class GuestPrograms
{
    /// <summary>Where the loader puts an Image with text_offset 0x200000.</summary>
    public const ulong LoadAddress = 0x8020_0000;

    private const string Header = """
        .option nopic
        .option norelax
        .option norvc
        .section .text
        .globl _start
        _start:
            j entry
            .word 0
            .dword 0x200000
            .dword _image_end - _start
            .dword 0
            .word 2
            .word 0
            .dword 0
            .ascii "RISCV\0\0\0"
            .ascii "RSC\x05"
            .word 0
        .option rvc
        """;

    private const string Footer = """
        .balign 8
        _image_end:
        """;

    // SBI calls: a7 = extension, a6 = function.
    private const string Macros = """
        .macro sbi_putchar reg
            mv a0, \reg
            li a7, 1
            ecall
        .endm
        .macro sbi_shutdown
            li a7, 0x53525354
            li a6, 0
            li a0, 0
            li a1, 0
            ecall
        .endm
        """;

    /// <summary>Prints a string through the SBI legacy console and through the UART, then powers off.</summary>
    public static readonly string Hello = Header + "\n" + Macros + "\n" + """
        entry:
            la s0, message
        1:  lbu t0, 0(s0)
            beqz t0, 2f
            sbi_putchar t0
            addi s0, s0, 1
            j 1b
        2:  li s1, 0x10000000
            la s0, uart_message
        3:  lbu t0, 0(s0)
            beqz t0, 4f
            sb t0, 0(s1)
            addi s0, s0, 1
            j 3b
        4:  sbi_shutdown
        5:  j 5b
        message: .asciz "hello from sbi\n"
        uart_message: .asciz "hello from uart\n"
        """ + "\n" + Footer + "\n";

    /// <summary>Spins forever without ever calling SBI: for pause, resume and stop.</summary>
    public static readonly string Spin = Header + "\n" + """
        entry:
            li t0, 0
        1:  addi t0, t0, 1
            j 1b
        """ + "\n" + Footer + "\n";

    /// <summary>Prints the kernel's panic line and spins, as a panicking Linux would.</summary>
    public static readonly string Panic = Header + "\n" + Macros + "\n" + """
        entry:
            la s0, message
        1:  lbu t0, 0(s0)
            beqz t0, 2f
            sbi_putchar t0
            addi s0, s0, 1
            j 1b
        2:  j 2b
        message: .asciz "Kernel panic - not syncing: test\n"
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Hart 0 starts harts 1, 2, ... through SBI HSM until hart_start answers INVALID_PARAM (no such hart); each
    /// secondary adds its id + 1 to a shared counter with an AMO and stops itself. Hart 0 waits for all, checks that
    /// hart_get_status says each is stopped, prints the number of harts and the sum as characters ('0' + n), and
    /// powers off.
    /// </summary>
    public static readonly string Smp = Header + "\n" + Macros + "\n" + """
        entry:
            la s3, counter
            li s4, 1                  # next hart to start
        start_loop:
            li a7, 0x48534D           # HSM
            li a6, 0                  # hart_start
            mv a0, s4
            la a1, secondary
            li a2, 0x55
            ecall
            li t0, -3                 # SBI_ERR_INVALID_PARAM: no such hart
            beq a0, t0, started_all
            bnez a0, fail
            addi s4, s4, 1
            j start_loop
        started_all:
            mv s5, s4                 # hart count
            la t1, reported
        1:  lw t0, 0(t1)
            addi t2, s5, -1
            blt t0, t2, 1b
            li s4, 1
        status_loop:
            bge s4, s5, done
        2:  li a7, 0x48534D
            li a6, 2                  # hart_get_status
            mv a0, s4
            ecall
            bnez a0, fail
            li t0, 1                  # STOPPED
            bne a1, t0, 2b
            addi s4, s4, 1
            j status_loop
        done:
            addi t0, s5, '0'
            sbi_putchar t0
            ld t0, 0(s3)
            addi t0, t0, '0'
            sbi_putchar t0
            li t0, '\n'
            sbi_putchar t0
            sbi_shutdown
        fail:
            li t0, '!'
            sbi_putchar t0
            sbi_shutdown
        secondary:
            li t0, 0x55               # a1 = opaque
            bne a1, t0, fail
            addi t0, a0, 1            # a0 = hart id
            la t1, counter
            amoadd.d zero, t0, (t1)
            la t1, reported
            li t0, 1
            amoadd.w zero, t0, (t1)
            li a7, 0x48534D
            li a6, 1                  # hart_stop
            ecall
            j fail                    # hart_stop never returns
        .balign 8
        counter: .dword 0
        reported: .word 0
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Probes the SBI base extension and prints one character per answer: spec major version, TIME probed
    /// present (1), an unknown extension probed absent (0), and the error of calling an unknown extension (as
    /// '0' - error, so NOT_SUPPORTED = -2 prints '2'); then powers off.
    /// </summary>
    public static readonly string SbiProbe = Header + "\n" + Macros + "\n" + """
        entry:
            li a7, 0x10
            li a6, 0                  # get_spec_version
            ecall
            srli t0, a1, 24
            addi t0, t0, '0'
            sbi_putchar t0
            li a7, 0x10
            li a6, 3                  # probe_extension(TIME)
            li a0, 0x54494D45
            ecall
            addi t0, a1, '0'
            sbi_putchar t0
            li a7, 0x10
            li a6, 3                  # probe_extension(unknown)
            li a0, 0x0A0B0C0D
            ecall
            addi t0, a1, '0'
            sbi_putchar t0
            li a7, 0x0A0B0C0D         # call an unknown extension
            li a6, 0
            ecall
            li t0, '0'
            sub t0, t0, a0
            sbi_putchar t0
            sbi_shutdown
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Arms the SBI timer 1 ms ahead, enables the supervisor timer interrupt and waits in WFI; the trap handler
    /// prints 'T' with the scause it saw and powers off.
    /// </summary>
    public static readonly string Timer = Header + "\n" + Macros + "\n" + """
        entry:
            la t0, trap
            csrw stvec, t0
            rdtime a0
            li t0, 10000              # 1 ms at 10 MHz
            add a0, a0, t0
            li a7, 0x54494D45
            li a6, 0
            ecall
            li t0, 0x20               # STIE
            csrs sie, t0
            csrsi sstatus, 2          # SIE
        1:  wfi
            j 1b
        .balign 4
        trap:
            csrr s0, scause
            li t0, 'T'
            sbi_putchar t0
            srli t0, s0, 63           # interrupt bit
            addi t0, t0, '0'
            sbi_putchar t0
            andi t0, s0, 0xff
            addi t0, t0, '0'          # cause 5 -> '5'
            sbi_putchar t0
            sbi_shutdown
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Sets the SBI timer 1,000 s ahead and parks in WFI. The handler prints W when the interrupt came less than a
    /// guest second after the deadline, E when early and L when late, turns the timer off and goes back to WFI.
    /// </summary>
    public static readonly string DistantTimer = Header + "\n" + Macros + "\n" + """
        entry:
            la t0, trap
            csrw stvec, t0
            rdtime s1
            li t0, 10000000000        # 1,000 s at 10 MHz
            add s1, s1, t0
            mv a0, s1
            li a7, 0x54494D45
            li a6, 0
            ecall
            li t0, 0x20               # STIE
            csrs sie, t0
            csrsi sstatus, 2          # SIE
        1:  wfi
            j 1b
        .balign 4
        trap:
            rdtime t1
            sub t1, t1, s1
            li t0, 'E'
            bltz t1, 2f
            li t2, 10000000           # one guest second
            li t0, 'W'
            bltu t1, t2, 2f
            li t0, 'L'
        2:  sbi_putchar t0
            li a0, -1                 # timer off
            li a7, 0x54494D45
            li a6, 0
            ecall
            sret
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Loads from an address no device answers; the access fault lands in the S-mode handler, which prints the
    /// cause as two hex digits and the faulting address check, then powers off.
    /// </summary>
    public static readonly string UnmappedMmio = Header + "\n" + Macros + "\n" + """
        entry:
            la t0, trap
            csrw stvec, t0
            li s1, 0x30000000
            lw t1, 0(s1)
            li t0, 'X'                # not reached
            sbi_putchar t0
            sbi_shutdown
        .balign 4
        trap:
            csrr s0, scause
            csrr s2, stval
            li t0, 'C'
            sbi_putchar t0
            addi t0, s0, '0'          # load access fault = 5
            sbi_putchar t0
            li t0, 'A'
            beq s2, s1, 1f
            li t0, '?'
        1:  sbi_putchar t0
            sbi_shutdown
        """ + "\n" + Footer + "\n";

    /// <summary>
    /// Prints 'a'..'z' twice, one letter per 0.2 ms of guest time (busy-waiting on rdtime), then powers off: a
    /// guest whose output shows whether a restored copy carries on exactly where its snapshot was taken.
    /// </summary>
    public static readonly string Alphabet = Header + "\n" + Macros + "\n" + """
        entry:
            li s0, 0                  # letters printed
            li s1, 52
        next:
            li t0, 26
            remu t1, s0, t0
            addi t1, t1, 'a'
            sbi_putchar t1
            rdtime t2
            li t0, 2000
            add t2, t2, t0
        1:  rdtime t3
            bltu t3, t2, 1b
            addi s0, s0, 1
            blt s0, s1, next
            sbi_shutdown
        """ + "\n" + Footer + "\n";

    public static byte[] Build(string source) => RiscVAssembler.AssembleProgram(source, LoadAddress, onlyText: true);
}
