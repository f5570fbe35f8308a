/* Zifencei: code written at run time (32-bit and compressed) executes after FENCE.I, including rewriting code
   that already ran, so any decoded-instruction cache must be dropped. */
#include "test.h"
#define ADDI_A0(imm) ((((imm) & 0xfff) << 20) | (10 << 7) | 0x13)
#define RET 0x00008067
#define C_LI_A0(imm) (0x4000 | (10 << 7) | (((imm) & 0x20) << 7) | (((imm) & 0x1f) << 2) | 0x1)
#define C_JR_RA 0x8082
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME zifencei
    la s0, codebuf

    li a4, ADDI_A0(11)
    sw a4, 0(s0)
    li a4, RET
    sw a4, 4(s0)
    fence.i
    jalr s0
    mv a6, a0
    CHECK 1, a6, 11

    /* rewrite code that has already been executed */
    li a4, ADDI_A0(-5)
    sw a4, 0(s0)
    fence.i
    jalr s0
    mv a6, a0
    CHECK 2, a6, 0xfffffffffffffffb

    /* run it many times, then rewrite it inside a loop */
    li s1, 0
    li s2, 0
1:  li a4, ADDI_A0(0)
    add a4, a4, s1
    slli t4, s1, 20
    li a4, ADDI_A0(0)
    or a4, a4, t4
    sw a4, 0(s0)
    fence.i
    jalr s0
    add s2, s2, a0
    addi s1, s1, 1
    li t4, 100
    blt s1, t4, 1b
    CHECK 3, s2, 4950

    /* compressed instructions, and a 4-byte instruction replaced by two compressed ones */
    li a4, (C_JR_RA << 16) | C_LI_A0(-3)
    sw a4, 0(s0)
    fence.i
    jalr s0
    mv a6, a0
    CHECK 4, a6, 0xfffffffffffffffd
    li a4, (C_JR_RA << 16) | C_LI_A0(17)
    sh a4, 0(s0)
    fence.i
    jalr s0
    mv a6, a0
    CHECK 5, a6, 17

    /* code at a 2-byte aligned address that spans into the next word */
    li a4, 0x0001           /* c.nop */
    sh a4, 8(s0)
    li a4, ADDI_A0(42)
    sh a4, 10(s0)
    srli a4, a4, 16
    sh a4, 12(s0)
    li a4, C_JR_RA
    sh a4, 14(s0)
    fence.i
    addi t4, s0, 8
    jalr t4
    mv a6, a0
    CHECK 6, a6, 42

    /* code placed across a page boundary */
    la s1, codepage
    li t4, 4094
    add s1, s1, t4
    li a4, ADDI_A0(99)
    sh a4, 0(s1)
    srli a4, a4, 16
    sh a4, 2(s1)
    li a4, C_JR_RA
    sh a4, 4(s1)
    fence.i
    jalr s1
    mv a6, a0
    CHECK 7, a6, 99

    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .data
    .align 6
codebuf: .space 64
    .align 12
codepage: .space 8192
