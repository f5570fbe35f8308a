/* U-mode support for the benchmark: enter a function in U-mode, serve its ecalls in M-mode, come back. */
#include "test.h"
    .text
    .globl run_in_user
run_in_user:                /* a0 = function to call in U-mode */
    addi sp, sp, -16
    sd ra, 0(sp)
    la t0, saved_sp
    sd sp, 0(t0)
    la t0, bench_trap
    csrw mtvec, t0
    csrw mepc, a0
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    la ra, user_exit
    mret
user_exit:                  /* U-mode: the function returned */
    li a7, 1
    ecall
user_back:                  /* M-mode again */
    la t0, trap_entry
    csrw mtvec, t0
    la t0, saved_sp
    ld sp, 0(t0)
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .align 6
bench_trap:                 /* ecall from U: a7 = 0 returns to U after it, a7 = 1 ends the U-mode run */
    csrrw t6, mscratch, t6
    csrr t6, mcause
    addi t6, t6, -8
    bnez t6, 1f
    bnez a7, 2f
    csrr t6, mepc
    addi t6, t6, 4
    csrw mepc, t6
    csrrw t6, mscratch, t6
    mret
2:  la t6, user_back
    csrw mepc, t6
    li t6, MSTATUS_MPP
    csrs mstatus, t6
    csrrw t6, mscratch, t6
    mret
1:  li a0, 3                /* anything else is a failure of the benchmark */
    j exit

    .data
    .align 3
saved_sp: .dword 0
    .bss
    .align 12
    .globl pt_root
pt_root: .space 4096
