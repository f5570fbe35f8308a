/* Runtime for the bare-metal ISA tests: start-up, HTIF console and exit, the check routines and a recording
   M-mode trap handler. Tests provide test_main and return from it; the exit code is 0 when every check held,
   1 when a check failed, 2 on an unexpected trap. */
#include "test.h"

    .section .text.init
    .globl _start
_start:
    /* PMP may be absent: write it under a handler that skips the instruction, so both hosts run on. */
    la t0, skip_trap
    csrw mtvec, t0
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f
    csrw pmpcfg0, t0
    li t0, 0x2000          /* FS = initial, so the FP tests run */
    csrs mstatus, t0
    csrwi fcsr, 0
    la sp, stack_top
    la t0, trap_stack_top
    csrw mscratch, t0
    la t0, trap_entry
    csrw mtvec, t0
    la t0, s_trap_stack_top
    csrw sscratch, t0
    li t0, -1
    la t1, trap_resume
    sd t0, 8(t1)
    call test_main
    j finish

    .align 2
skip_trap:
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret

    .text
    .globl finish
finish:
    la t0, first_fail
    ld t0, 0(t0)
    bnez t0, 1f
    la a0, msg_pass
    call puts
    li a0, 0
    j exit
1:  la a0, msg_fail
    call puts
    la t0, first_fail
    ld a0, 0(t0)
    li t1, 0xffff
    and a0, a0, t1
    li a1, 4
    call print_hex
    li a0, '\n'
    call putchar
    li a0, 1
    /* fall through */

    .globl exit
exit:                       /* a0 = exit code */
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
    sd a0, 0(t0)
1:  j 1b

    .globl putchar
putchar:                    /* a0 = character; clobbers t0, t1 */
    li t0, 0x0101
    slli t0, t0, 48
    andi a0, a0, 0xff
    or t0, t0, a0
    la t1, tohost
    sd t0, 0(t1)
1:  ld t0, 0(t1)
    bnez t0, 1b
    la t1, fromhost
    sd zero, 0(t1)
    ret

    .globl puts
puts:                       /* a0 = NUL-terminated string */
    addi sp, sp, -16
    sd ra, 0(sp)
    sd s0, 8(sp)
    mv s0, a0
1:  lbu a0, 0(s0)
    beqz a0, 2f
    call putchar
    addi s0, s0, 1
    j 1b
2:  ld ra, 0(sp)
    ld s0, 8(sp)
    addi sp, sp, 16
    ret

    .globl print_hex
print_hex:                  /* a0 = value, a1 = number of hex digits */
    addi sp, sp, -32
    sd ra, 0(sp)
    sd s0, 8(sp)
    sd s1, 16(sp)
    mv s0, a0
    mv s1, a1
1:  addi s1, s1, -1
    bltz s1, 3f
    slli t2, s1, 2
    srl a0, s0, t2
    andi a0, a0, 15
    li t2, 10
    blt a0, t2, 2f
    addi a0, a0, 'a' - '0' - 10
2:  addi a0, a0, '0'
    call putchar
    j 1b
3:  ld ra, 0(sp)
    ld s0, 8(sp)
    ld s1, 16(sp)
    addi sp, sp, 32
    ret

    .globl print_value
print_value:                /* a0 = check number, a1 = value */
    addi sp, sp, -16
    sd ra, 0(sp)
    sd a1, 8(sp)
    li a1, 4
    call print_hex
    li a0, ' '
    call putchar
    ld a0, 8(sp)
    li a1, 16
    call print_hex
    li a0, '\n'
    call putchar
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .globl check_value
check_value:                /* a0 = check number, a1 = value, a2 = expected */
    addi sp, sp, -32
    sd ra, 0(sp)
    sd a0, 8(sp)
    sd a1, 16(sp)
    sd a2, 24(sp)
    li a1, 4
    call print_hex
    li a0, ' '
    call putchar
    ld a0, 16(sp)
    li a1, 16
    call print_hex
    ld a1, 16(sp)
    ld a2, 24(sp)
    beq a1, a2, 1f
    la a0, msg_expected
    call puts
    ld a0, 24(sp)
    li a1, 16
    call print_hex
    la t0, first_fail
    ld t1, 0(t0)
    bnez t1, 1f
    ld t1, 8(sp)
    li t2, 0x10000          /* never zero, even for check 0 */
    or t1, t1, t2
    sd t1, 0(t0)
1:  li a0, '\n'
    call putchar
    ld ra, 0(sp)
    addi sp, sp, 32
    ret

/* The M-mode trap handler. Armed (trap_resume != 0): record and resume. Unarmed: report and exit 2. */
    .align 6
    .globl trap_entry
trap_entry:
    csrrw sp, mscratch, sp
    addi sp, sp, -32
    sd t0, 0(sp)
    sd t1, 8(sp)
    sd t2, 16(sp)
    la t0, trap_resume
    ld t1, 0(t0)
    beqz t1, trap_unexpected
    csrr t2, mcause
    sd t2, 16(t0)
    csrr t2, mtval
    sd t2, 24(t0)
    csrr t2, mepc
    sd t2, 32(t0)
    csrr t2, mstatus
    sd t2, 40(t0)
    ld t2, 48(t0)
    addi t2, t2, 1
    sd t2, 48(t0)
    sd zero, 0(t0)
    csrw mepc, t1
    /* an interrupt: mask its source in mie and return with interrupts globally off, so it cannot recur */
    csrr t2, mcause
    bgez t2, 2f
    li t1, 1
    sll t1, t1, t2
    csrc mie, t1
    li t1, MSTATUS_MPIE
    csrc mstatus, t1
2:
    ld t1, 8(t0)
    bltz t1, 1f
    li t2, MSTATUS_MPP
    csrc mstatus, t2
    slli t1, t1, 11
    csrs mstatus, t1
    li t1, -1
    sd t1, 8(t0)
1:  ld t0, 0(sp)
    ld t1, 8(sp)
    ld t2, 16(sp)
    addi sp, sp, 32
    csrrw sp, mscratch, sp
    mret

/* The S-mode counterpart for delegated traps: records scause/stval/sepc/sstatus and resumes at s_trap_resume
   (in the mode that trapped); an unarmed S trap ecalls up to M with a7 = -1, which ends the test. */
    .align 6
    .globl s_trap_entry
s_trap_entry:
    csrrw sp, sscratch, sp
    addi sp, sp, -32
    sd t0, 0(sp)
    sd t1, 8(sp)
    sd t2, 16(sp)
    la t0, s_trap_resume
    ld t1, 0(t0)
    beqz t1, 3f
    csrr t2, scause
    sd t2, 16(t0)
    csrr t2, stval
    sd t2, 24(t0)
    csrr t2, sepc
    sd t2, 32(t0)
    csrr t2, sstatus
    sd t2, 40(t0)
    ld t2, 48(t0)
    addi t2, t2, 1
    sd t2, 48(t0)
    sd zero, 0(t0)
    csrw sepc, t1
    csrr t2, scause
    bgez t2, 2f
    li t1, 1
    sll t1, t1, t2
    csrc sie, t1
    li t1, MSTATUS_SPIE
    csrc sstatus, t1
2:  ld t0, 0(sp)
    ld t1, 8(sp)
    ld t2, 16(sp)
    addi sp, sp, 32
    csrrw sp, sscratch, sp
    sret
3:  csrr t0, scause
    csrr t1, sepc
    csrr t2, stval
    ebreak                  /* reaches the M handler unarmed: reported with mcause 3 */

trap_unexpected:
    la a0, msg_trap
    call puts
    csrr a0, mcause
    li a1, 16
    call print_hex
    li a0, ' '
    call putchar
    csrr a0, mepc
    li a1, 16
    call print_hex
    li a0, ' '
    call putchar
    csrr a0, mtval
    li a1, 16
    call print_hex
    li a0, '\n'
    call putchar
    li a0, 2
    j exit

    .section .rodata
msg_pass:     .asciz "PASS\n"
msg_fail:     .asciz "FAIL "
msg_expected: .asciz " expected "
msg_trap:     .asciz "UNEXPECTED TRAP cause/epc/tval "

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .type tohost, @object
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8
    .type fromhost, @object

    .data
    .align 3
    .globl trap_resume, trap_cause, trap_tval, trap_epc, trap_mstatus, trap_count
first_fail:  .dword 0
trap_resume: .dword 0       /* +0 resume pc */
             .dword -1      /* +8 privilege to resume in, -1 = the one that trapped */
trap_cause:  .dword 0       /* +16 */
trap_tval:   .dword 0       /* +24 */
trap_epc:    .dword 0       /* +32 */
trap_mstatus: .dword 0      /* +40 */
trap_count:  .dword 0       /* +48 */
    .globl s_trap_resume, s_trap_cause, s_trap_tval, s_trap_epc, s_trap_status, s_trap_count
s_trap_resume: .dword 0     /* same layout as trap_resume */
               .dword -1
s_trap_cause:  .dword 0
s_trap_tval:   .dword 0
s_trap_epc:    .dword 0
s_trap_status: .dword 0
s_trap_count:  .dword 0

    .bss
    .align 4
stack:       .space 16384
stack_top:
trap_stack:  .space 4096
trap_stack_top:
s_trap_stack:  .space 4096
s_trap_stack_top:
