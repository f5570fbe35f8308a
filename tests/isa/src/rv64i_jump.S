/* RV64I jumps: JAL/JALR link values, JALR clearing bit 0, rd == rs1, negative offsets, a far JAL, a loop and
   recursion through the stack, and a jump to a 2-byte-aligned target. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64i_jump

    PUTS jal
    li a6, 0
    jal a5, 1f
2:  li a6, 1
1:  la a7, 2b
    sub a4, a5, a7
    CHECK 1, a4, 0
    CHECK 2, a6, 0

    PUTS jalr
    li a6, 0
    la a4, 3f
    addi a4, a4, 1          /* bit 0 of the target is ignored */
    jalr a5, 0(a4)
4:  li a6, 1
    .align 2
3:  la a7, 4b
    sub a4, a5, a7
    CHECK 3, a4, 0
    CHECK 4, a6, 0
    la a4, 5f + 8
    jalr a5, -8(a4)
6:  li a6, 2
5:  la a7, 6b
    sub a4, a5, a7
    CHECK 5, a4, 0
    CHECK 6, a6, 0
    /* rd == rs1: the target uses the old value */
    la a5, 7f
    jalr a5, 0(a5)
8:  li a6, 3
7:  la a7, 8b
    sub a4, a5, a7
    CHECK 7, a4, 0
    CHECK 8, a6, 0
    /* jalr x0 and jal x0 leave no link */
    la a4, 9f
    jr a4
    li a6, 4
9:  j 10f
    li a6, 5
10: CHECK 9, a6, 0

    PUTS far
    jal a5, far_target
far_back:
    CHECK 10, a6, 0x77

    PUTS loop
    li a4, 0
    li a5, 1000
11: addi a4, a4, 3
    addi a5, a5, -1
    bnez a5, 11b
    CHECK 11, a4, 3000

    PUTS recursion
    li a0, 20
    call fib
    mv a4, a0
    CHECK 12, a4, 6765

    PUTS halfword-target
    .option push
    .option rvc
    .align 2
    li a6, 0
    la a4, 12f
    jalr a5, 0(a4)
    .align 2
    c.nop
12: addi a6, a6, 9          /* at an address that is 2 mod 4 */
    .option pop
    la a7, 12b
    andi a7, a7, 3
    CHECK 13, a7, 2
    CHECK 14, a6, 9

    ld ra, 0(sp)
    addi sp, sp, 16
    ret

fib:                        /* a0 = n; naive recursion */
    li t0, 2
    blt a0, t0, 1f
    addi sp, sp, -32
    sd ra, 0(sp)
    sd s0, 8(sp)
    sd s1, 16(sp)
    mv s0, a0
    addi a0, s0, -1
    call fib
    mv s1, a0
    addi a0, s0, -2
    call fib
    add a0, a0, s1
    ld ra, 0(sp)
    ld s0, 8(sp)
    ld s1, 16(sp)
    addi sp, sp, 32
1:  ret

    .space 300000           /* beyond the reach of a branch, within the reach of JAL */
far_target:
    la a7, far_back
    sub a7, a5, a7
    li a6, 0x77
    beqz a7, 1f
    li a6, 0xbad
1:  jalr x0, 0(a5)
