/* RV64I loads and stores of every width and signedness, aligned and misaligned, negative offsets, page-crossing.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64i_mem
    call reset_buf
    la s0, membuf
    PUTS lb
    lb a6, 0(s0)
    CHECK 1, a6, 0xffffffffffffff81
    lb a6, 1(s0)
    CHECK 2, a6, 0xffffffffffffff9e
    lb a6, 2(s0)
    CHECK 3, a6, 0xffffffffffffffbb
    lb a6, 3(s0)
    CHECK 4, a6, 0xffffffffffffffd8
    lb a6, 4(s0)
    CHECK 5, a6, 0xfffffffffffffff5
    lb a6, 5(s0)
    CHECK 6, a6, 0x12
    lb a6, 6(s0)
    CHECK 7, a6, 0x2f
    lb a6, 7(s0)
    CHECK 8, a6, 0x4c
    lb a6, 8(s0)
    CHECK 9, a6, 0x69
    addi s1, s0, 16
    lb a6, -13(s1)
    CHECK 10, a6, 0xffffffffffffffd8
    PUTS lbu
    lbu a6, 0(s0)
    CHECK 11, a6, 0x81
    lbu a6, 1(s0)
    CHECK 12, a6, 0x9e
    lbu a6, 2(s0)
    CHECK 13, a6, 0xbb
    lbu a6, 3(s0)
    CHECK 14, a6, 0xd8
    lbu a6, 4(s0)
    CHECK 15, a6, 0xf5
    lbu a6, 5(s0)
    CHECK 16, a6, 0x12
    lbu a6, 6(s0)
    CHECK 17, a6, 0x2f
    lbu a6, 7(s0)
    CHECK 18, a6, 0x4c
    lbu a6, 8(s0)
    CHECK 19, a6, 0x69
    addi s1, s0, 16
    lbu a6, -13(s1)
    CHECK 20, a6, 0xd8
    PUTS lh
    lh a6, 0(s0)
    CHECK 21, a6, 0xffffffffffff9e81
    lh a6, 1(s0)
    CHECK 22, a6, 0xffffffffffffbb9e
    lh a6, 2(s0)
    CHECK 23, a6, 0xffffffffffffd8bb
    lh a6, 3(s0)
    CHECK 24, a6, 0xfffffffffffff5d8
    lh a6, 4(s0)
    CHECK 25, a6, 0x12f5
    lh a6, 5(s0)
    CHECK 26, a6, 0x2f12
    lh a6, 6(s0)
    CHECK 27, a6, 0x4c2f
    lh a6, 7(s0)
    CHECK 28, a6, 0x694c
    lh a6, 8(s0)
    CHECK 29, a6, 0xffffffffffff8669
    addi s1, s0, 16
    lh a6, -13(s1)
    CHECK 30, a6, 0xfffffffffffff5d8
    PUTS lhu
    lhu a6, 0(s0)
    CHECK 31, a6, 0x9e81
    lhu a6, 1(s0)
    CHECK 32, a6, 0xbb9e
    lhu a6, 2(s0)
    CHECK 33, a6, 0xd8bb
    lhu a6, 3(s0)
    CHECK 34, a6, 0xf5d8
    lhu a6, 4(s0)
    CHECK 35, a6, 0x12f5
    lhu a6, 5(s0)
    CHECK 36, a6, 0x2f12
    lhu a6, 6(s0)
    CHECK 37, a6, 0x4c2f
    lhu a6, 7(s0)
    CHECK 38, a6, 0x694c
    lhu a6, 8(s0)
    CHECK 39, a6, 0x8669
    addi s1, s0, 16
    lhu a6, -13(s1)
    CHECK 40, a6, 0xf5d8
    PUTS lw
    lw a6, 0(s0)
    CHECK 41, a6, 0xffffffffd8bb9e81
    lw a6, 1(s0)
    CHECK 42, a6, 0xfffffffff5d8bb9e
    lw a6, 2(s0)
    CHECK 43, a6, 0x12f5d8bb
    lw a6, 3(s0)
    CHECK 44, a6, 0x2f12f5d8
    lw a6, 4(s0)
    CHECK 45, a6, 0x4c2f12f5
    lw a6, 5(s0)
    CHECK 46, a6, 0x694c2f12
    lw a6, 6(s0)
    CHECK 47, a6, 0xffffffff86694c2f
    lw a6, 7(s0)
    CHECK 48, a6, 0xffffffffa386694c
    lw a6, 8(s0)
    CHECK 49, a6, 0xffffffffc0a38669
    addi s1, s0, 16
    lw a6, -13(s1)
    CHECK 50, a6, 0x2f12f5d8
    PUTS lwu
    lwu a6, 0(s0)
    CHECK 51, a6, 0xd8bb9e81
    lwu a6, 1(s0)
    CHECK 52, a6, 0xf5d8bb9e
    lwu a6, 2(s0)
    CHECK 53, a6, 0x12f5d8bb
    lwu a6, 3(s0)
    CHECK 54, a6, 0x2f12f5d8
    lwu a6, 4(s0)
    CHECK 55, a6, 0x4c2f12f5
    lwu a6, 5(s0)
    CHECK 56, a6, 0x694c2f12
    lwu a6, 6(s0)
    CHECK 57, a6, 0x86694c2f
    lwu a6, 7(s0)
    CHECK 58, a6, 0xa386694c
    lwu a6, 8(s0)
    CHECK 59, a6, 0xc0a38669
    addi s1, s0, 16
    lwu a6, -13(s1)
    CHECK 60, a6, 0x2f12f5d8
    PUTS ld
    ld a6, 0(s0)
    CHECK 61, a6, 0x4c2f12f5d8bb9e81
    ld a6, 1(s0)
    CHECK 62, a6, 0x694c2f12f5d8bb9e
    ld a6, 2(s0)
    CHECK 63, a6, 0x86694c2f12f5d8bb
    ld a6, 3(s0)
    CHECK 64, a6, 0xa386694c2f12f5d8
    ld a6, 4(s0)
    CHECK 65, a6, 0xc0a386694c2f12f5
    ld a6, 5(s0)
    CHECK 66, a6, 0xddc0a386694c2f12
    ld a6, 6(s0)
    CHECK 67, a6, 0xfaddc0a386694c2f
    ld a6, 7(s0)
    CHECK 68, a6, 0x17faddc0a386694c
    ld a6, 8(s0)
    CHECK 69, a6, 0x3417faddc0a38669
    addi s1, s0, 16
    ld a6, -13(s1)
    CHECK 70, a6, 0xa386694c2f12f5d8
    PUTS sb
    call reset_buf
    li a4, 0x123456789abcdef
    sb a4, 0(s0)
    ld a6, 0(s0)
    CHECK 4097, a6, 0x4c2f12f5d8bb9eef
    ld a6, 8(s0)
    CHECK 4353, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abdcfe
    sb a4, 1(s0)
    ld a6, 0(s0)
    CHECK 4098, a6, 0x4c2f12f5d8bbfe81
    ld a6, 8(s0)
    CHECK 4354, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abefcd
    sb a4, 2(s0)
    ld a6, 0(s0)
    CHECK 4099, a6, 0x4c2f12f5d8cd9e81
    ld a6, 8(s0)
    CHECK 4355, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abfedc
    sb a4, 3(s0)
    ld a6, 0(s0)
    CHECK 4100, a6, 0x4c2f12f5dcbb9e81
    ld a6, 8(s0)
    CHECK 4356, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789ab98ba
    sb a4, 5(s0)
    ld a6, 0(s0)
    CHECK 4101, a6, 0x4c2fbaf5d8bb9e81
    ld a6, 8(s0)
    CHECK 4357, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abba98
    sb a4, 7(s0)
    ld a6, 0(s0)
    CHECK 4102, a6, 0x982f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4358, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789ab4567
    sb a4, 8(s0)
    ld a6, 0(s0)
    CHECK 4103, a6, 0x4c2f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4359, a6, 0x3417faddc0a38667
    PUTS sh
    call reset_buf
    li a4, 0x123456789abcdef
    sh a4, 0(s0)
    ld a6, 0(s0)
    CHECK 4104, a6, 0x4c2f12f5d8bbcdef
    ld a6, 8(s0)
    CHECK 4360, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abdcfe
    sh a4, 1(s0)
    ld a6, 0(s0)
    CHECK 4105, a6, 0x4c2f12f5d8dcfe81
    ld a6, 8(s0)
    CHECK 4361, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abefcd
    sh a4, 2(s0)
    ld a6, 0(s0)
    CHECK 4106, a6, 0x4c2f12f5efcd9e81
    ld a6, 8(s0)
    CHECK 4362, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abfedc
    sh a4, 3(s0)
    ld a6, 0(s0)
    CHECK 4107, a6, 0x4c2f12fedcbb9e81
    ld a6, 8(s0)
    CHECK 4363, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789ab98ba
    sh a4, 5(s0)
    ld a6, 0(s0)
    CHECK 4108, a6, 0x4c98baf5d8bb9e81
    ld a6, 8(s0)
    CHECK 4364, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abba98
    sh a4, 7(s0)
    ld a6, 0(s0)
    CHECK 4109, a6, 0x982f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4365, a6, 0x3417faddc0a386ba
    call reset_buf
    li a4, 0x123456789ab4567
    sh a4, 8(s0)
    ld a6, 0(s0)
    CHECK 4110, a6, 0x4c2f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4366, a6, 0x3417faddc0a34567
    PUTS sw
    call reset_buf
    li a4, 0x123456789abcdef
    sw a4, 0(s0)
    ld a6, 0(s0)
    CHECK 4111, a6, 0x4c2f12f589abcdef
    ld a6, 8(s0)
    CHECK 4367, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abdcfe
    sw a4, 1(s0)
    ld a6, 0(s0)
    CHECK 4112, a6, 0x4c2f1289abdcfe81
    ld a6, 8(s0)
    CHECK 4368, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abefcd
    sw a4, 2(s0)
    ld a6, 0(s0)
    CHECK 4113, a6, 0x4c2f89abefcd9e81
    ld a6, 8(s0)
    CHECK 4369, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abfedc
    sw a4, 3(s0)
    ld a6, 0(s0)
    CHECK 4114, a6, 0x4c89abfedcbb9e81
    ld a6, 8(s0)
    CHECK 4370, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789ab98ba
    sw a4, 5(s0)
    ld a6, 0(s0)
    CHECK 4115, a6, 0xab98baf5d8bb9e81
    ld a6, 8(s0)
    CHECK 4371, a6, 0x3417faddc0a38689
    call reset_buf
    li a4, 0x123456789abba98
    sw a4, 7(s0)
    ld a6, 0(s0)
    CHECK 4116, a6, 0x982f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4372, a6, 0x3417faddc089abba
    call reset_buf
    li a4, 0x123456789ab4567
    sw a4, 8(s0)
    ld a6, 0(s0)
    CHECK 4117, a6, 0x4c2f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4373, a6, 0x3417fadd89ab4567
    PUTS sd
    call reset_buf
    li a4, 0x123456789abcdef
    sd a4, 0(s0)
    ld a6, 0(s0)
    CHECK 4118, a6, 0x123456789abcdef
    ld a6, 8(s0)
    CHECK 4374, a6, 0x3417faddc0a38669
    call reset_buf
    li a4, 0x123456789abdcfe
    sd a4, 1(s0)
    ld a6, 0(s0)
    CHECK 4119, a6, 0x23456789abdcfe81
    ld a6, 8(s0)
    CHECK 4375, a6, 0x3417faddc0a38601
    call reset_buf
    li a4, 0x123456789abefcd
    sd a4, 2(s0)
    ld a6, 0(s0)
    CHECK 4120, a6, 0x456789abefcd9e81
    ld a6, 8(s0)
    CHECK 4376, a6, 0x3417faddc0a30123
    call reset_buf
    li a4, 0x123456789abfedc
    sd a4, 3(s0)
    ld a6, 0(s0)
    CHECK 4121, a6, 0x6789abfedcbb9e81
    ld a6, 8(s0)
    CHECK 4377, a6, 0x3417faddc0012345
    call reset_buf
    li a4, 0x123456789ab98ba
    sd a4, 5(s0)
    ld a6, 0(s0)
    CHECK 4122, a6, 0xab98baf5d8bb9e81
    ld a6, 8(s0)
    CHECK 4378, a6, 0x3417fa0123456789
    call reset_buf
    li a4, 0x123456789abba98
    sd a4, 7(s0)
    ld a6, 0(s0)
    CHECK 4123, a6, 0x982f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4379, a6, 0x340123456789abba
    call reset_buf
    li a4, 0x123456789ab4567
    sd a4, 8(s0)
    ld a6, 0(s0)
    CHECK 4124, a6, 0x4c2f12f5d8bb9e81
    ld a6, 8(s0)
    CHECK 4380, a6, 0x123456789ab4567
    PUTS x0
    call reset_buf
    sd x0, 16(s0)
    ld a6, 16(s0)
    CHECK 0x2001, a6, 0
    lw x0, 0(s0)
    CHECK 0x2002, x0, 0
    /* load into the base register */
    mv a6, s0
    ld a6, 0(a6)
    CHECK 0x2003, a6, 0x4c2f12f5d8bb9e81
    /* store-to-load forwarding at another width */
    li a4, -2
    sw a4, 4(s0)
    lhu a6, 6(s0)
    CHECK 0x2004, a6, 0xffff
    lb a6, 4(s0)
    CHECK 0x2005, a6, 0xfffffffffffffffe
    /* a doubleword that crosses a page boundary */
    la s1, pagebuf
    li t4, 0x1000
    add s1, s1, t4
    li a4, 0x1122334455667788
    sd a4, -3(s1)
    ld a6, -3(s1)
    CHECK 0x2006, a6, 0x1122334455667788
    lbu a6, -1(s1)
    CHECK 0x2007, a6, 0x66
    lw a6, -4(s1)
    CHECK 0x2008, a6, 0x66778800
    lwu a6, -2(s1)
    CHECK 0x2009, a6, 0x44556677
    ld ra, 0(sp)
    addi sp, sp, 16
    ret
reset_buf:
    la t0, pattern
    la t1, membuf
    ld t2, 0(t0)
    sd t2, 0(t1)
    ld t2, 8(t0)
    sd t2, 8(t1)
    ld t2, 16(t0)
    sd t2, 16(t1)
    ld t2, 24(t0)
    sd t2, 24(t1)
    ret
    .data
    .align 4
membuf: .space 32
pattern: .byte 0x81, 0x9e, 0xbb, 0xd8, 0xf5, 0x12, 0x2f, 0x4c, 0x69, 0x86, 0xa3, 0xc0, 0xdd, 0xfa, 0x17, 0x34, 0x51, 0x6e, 0x8b, 0xa8, 0xc5, 0xe2, 0xff, 0x1c, 0x39, 0x56, 0x73, 0x90, 0xad, 0xca, 0xe7, 0x04
    .align 12
pagebuf: .space 8192

