/* RV64C: every compressed instruction of RV64GC, written out explicitly, with its results checked. */
#include "test.h"
    .option rvc
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64c
    la s0, cbuf
    mv s1, s0

    PUTS quadrant0
    /* c.addi4spn: s1 = sp + 8 */
    mv s2, sp
    c.addi4spn s1, sp, 8
    sub a4, s1, s2
    CHECK 1, a4, 8
    c.addi4spn s1, sp, 1020
    sub a4, s1, s2
    CHECK 2, a4, 1020
    li a4, 0x8000000012345678
    sd a4, 8(s0)
    c.lw s1, 8(s0)
    CHECK 3, s1, 0x12345678
    c.lw s1, 12(s0)
    CHECK 4, s1, 0xffffffff80000000
    c.ld s1, 8(s0)
    CHECK 5, s1, 0x8000000012345678
    li s1, 0x00000000cafef00d
    c.sw s1, 16(s0)
    c.sd s1, 24(s0)
    ld a4, 16(s0)
    li t4, 0xffffffff00000000
    and a4, a4, t4          /* c.sw wrote only the low word */
    lwu a5, 16(s0)
    CHECK 6, a5, 0xcafef00d
    ld a4, 24(s0)
    CHECK 7, a4, 0xcafef00d
    li a4, 0x400921fb54442d18   /* pi */
    sd a4, 32(s0)
    c.fld fa5, 32(s0)
    c.fsd fa5, 248(s0)
    ld a4, 248(s0)
    CHECK 8, a4, 0x400921fb54442d18
    fmv.x.d a4, fa5
    CHECK 9, a4, 0x400921fb54442d18

    PUTS quadrant1
    c.nop
    li s1, 5
    c.addi s1, -6
    CHECK 0x10, s1, 0xffffffffffffffff
    c.addi s1, 31
    CHECK 0x11, s1, 30
    li s1, 0x7fffffff
    c.addiw s1, 1
    CHECK 0x12, s1, 0xffffffff80000000
    li s1, 0x100000005
    c.addiw s1, 0           /* sext.w */
    CHECK 0x13, s1, 5
    c.li s1, -32
    CHECK 0x14, s1, 0xffffffffffffffe0
    c.li s1, 31
    CHECK 0x15, s1, 31
    mv s2, sp
    c.addi16sp sp, -64
    sub a4, s2, sp
    CHECK 0x16, a4, 64
    c.addi16sp sp, 64
    sub a4, s2, sp
    CHECK 0x17, a4, 0
    c.lui s1, 0xfffe0       /* nzimm[17:12] = 0x20: negative */
    CHECK 0x18, s1, 0xfffffffffffe0000
    c.lui s1, 0x1f
    CHECK 0x19, s1, 0x1f000
    li s1, 0x8000000000000f00
    c.srli s1, 4
    CHECK 0x1a, s1, 0x08000000000000f0
    li s1, 0x8000000000000f00
    c.srai s1, 4
    CHECK 0x1b, s1, 0xf8000000000000f0
    li s1, 0x8000000000000f00
    c.srli s1, 63
    CHECK 0x1c, s1, 1
    li s1, 0x8000000000000f00
    c.srai s1, 32
    CHECK 0x1d, s1, 0xffffffff80000000
    li s1, 0x123456789
    c.andi s1, -16
    CHECK 0x1e, s1, 0x123456780
    li s1, 0x123456789
    c.andi s1, 12
    CHECK 0x1f, s1, 8
    li s1, 10
    li a5, 13
    c.sub s1, a5
    CHECK 0x20, s1, 0xfffffffffffffffd
    li s1, 0xff00
    li a5, 0x0ff0
    c.xor s1, a5
    CHECK 0x21, s1, 0xf0f0
    c.or s1, a5
    CHECK 0x22, s1, 0xfff0
    c.and s1, a5
    CHECK 0x23, s1, 0x0ff0
    li s1, 0x80000000
    li a5, 1
    c.subw s1, a5
    CHECK 0x24, s1, 0x7fffffff
    c.addw s1, a5
    CHECK 0x25, s1, 0xffffffff80000000
    li s1, 0
    li a5, 0
    c.subw s1, a5
    CHECK 0x26, s1, 0
    /* c.j and the conditional compressed branches */
    li a4, 0
    c.j 1f
    li a4, 1
1:  CHECK 0x27, a4, 0
    li s1, 0
    li a4, 0
    c.beqz s1, 2f
    li a4, 1
2:  c.bnez s1, 3f
    addi a4, a4, 2
3:  CHECK 0x28, a4, 2
    li s1, -1
    li a4, 0
    c.beqz s1, 4f
    addi a4, a4, 4
4:  c.bnez s1, 5f
    addi a4, a4, 8
5:  CHECK 0x29, a4, 4
    /* a backward c.bnez loop */
    li s1, 7
    li a4, 0
6:  addi a4, a4, 1
    c.addi s1, -1
    c.bnez s1, 6b
    CHECK 0x2a, a4, 7

    PUTS quadrant2
    li s3, 0x8000000000000001
    c.slli s3, 1
    CHECK 0x30, s3, 2
    li s3, 1
    c.slli s3, 63
    CHECK 0x31, s3, 0x8000000000000000
    addi sp, sp, -64
    li a4, 0x3ff8000000000000   /* 1.5 */
    sd a4, 8(sp)
    c.fldsp fs1, 8(sp)
    fmv.x.d a5, fs1
    CHECK 0x32, a5, 0x3ff8000000000000
    c.fsdsp fs1, 16(sp)
    ld a5, 16(sp)
    CHECK 0x33, a5, 0x3ff8000000000000
    li a4, 0x00000000fffffffe
    sd a4, 24(sp)
    c.lwsp s3, 24(sp)
    CHECK 0x34, s3, 0xfffffffffffffffe
    c.ldsp s3, 8(sp)
    CHECK 0x35, s3, 0x3ff8000000000000
    li s3, 0x1234567887654321
    c.swsp s3, 32(sp)
    c.sdsp s3, 40(sp)
    lwu a5, 32(sp)
    CHECK 0x36, a5, 0x87654321
    lw a5, 36(sp)
    CHECK 0x37, a5, 0
    ld a5, 40(sp)
    CHECK 0x38, a5, 0x1234567887654321
    addi sp, sp, 64
    li s3, 0x55
    c.mv s4, s3
    CHECK 0x39, s4, 0x55
    li s4, 0x1000
    c.add s4, s3
    CHECK 0x3a, s4, 0x1055
    /* c.jr and c.jalr */
    li a4, 0
    la s3, 7f
    c.jr s3
    li a4, 1
7:  CHECK 0x3b, a4, 0
    la s3, 8f
    c.jalr s3
9:  li a4, 2
8:  la a5, 9b
    sub a5, ra, a5
    CHECK 0x3c, a5, 0
    CHECK 0x3d, a4, 0
    /* c.ebreak traps with cause 3 at its own address */
    EXPECT_TRAP 10f
11: c.ebreak
    li a4, 3
10: CHECK_TRAP 0x3e, 3, 11b
    CHECK 0x40, a4, 0

    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .data
    .align 4
cbuf: .space 256
