/* RV64A: every AMO in both widths (sign extension of .W results), LR/SC success, failure and reservation loss.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64a
    la s0, amobuf
    PUTS amoswap.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoswap.w a6, a5, (s0)
    CHECK 1, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 257, a6, 0x8000000000000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoswap.w.aq a6, a5, (s0)
    CHECK 2, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 258, a6, 0x17ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoswap.w.rl a6, a5, (s0)
    CHECK 3, a6, 0x0
    ld a6, 0(s0)
    CHECK 259, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoswap.w.aqrl a6, a5, (s0)
    CHECK 4, a6, 0x5
    ld a6, 0(s0)
    CHECK 260, a6, 0xfffffffb
    PUTS amoadd.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoadd.w a6, a5, (s0)
    CHECK 5, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 261, a6, 0x8000000000000001
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoadd.w.aq a6, a5, (s0)
    CHECK 6, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 262, a6, 0x1ffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoadd.w.rl a6, a5, (s0)
    CHECK 7, a6, 0x0
    ld a6, 0(s0)
    CHECK 263, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoadd.w.aqrl a6, a5, (s0)
    CHECK 8, a6, 0x5
    ld a6, 0(s0)
    CHECK 264, a6, 0x0
    PUTS amoxor.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoxor.w a6, a5, (s0)
    CHECK 9, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 265, a6, 0x80000000fffffffd
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoxor.w.aq a6, a5, (s0)
    CHECK 10, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 266, a6, 0x1ffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoxor.w.rl a6, a5, (s0)
    CHECK 11, a6, 0x0
    ld a6, 0(s0)
    CHECK 267, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoxor.w.aqrl a6, a5, (s0)
    CHECK 12, a6, 0x5
    ld a6, 0(s0)
    CHECK 268, a6, 0xfffffffe
    PUTS amoand.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoand.w a6, a5, (s0)
    CHECK 13, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 269, a6, 0x8000000000000002
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoand.w.aq a6, a5, (s0)
    CHECK 14, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 270, a6, 0x100000000
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoand.w.rl a6, a5, (s0)
    CHECK 15, a6, 0x0
    ld a6, 0(s0)
    CHECK 271, a6, 0x8000000000000000
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoand.w.aqrl a6, a5, (s0)
    CHECK 16, a6, 0x5
    ld a6, 0(s0)
    CHECK 272, a6, 0x1
    PUTS amoor.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoor.w a6, a5, (s0)
    CHECK 17, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 273, a6, 0x80000000ffffffff
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoor.w.aq a6, a5, (s0)
    CHECK 18, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 274, a6, 0x1ffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoor.w.rl a6, a5, (s0)
    CHECK 19, a6, 0x0
    ld a6, 0(s0)
    CHECK 275, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoor.w.aqrl a6, a5, (s0)
    CHECK 20, a6, 0x5
    ld a6, 0(s0)
    CHECK 276, a6, 0xffffffff
    PUTS amomin.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomin.w a6, a5, (s0)
    CHECK 21, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 277, a6, 0x80000000fffffffe
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomin.w.aq a6, a5, (s0)
    CHECK 22, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 278, a6, 0x180000001
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomin.w.rl a6, a5, (s0)
    CHECK 23, a6, 0x0
    ld a6, 0(s0)
    CHECK 279, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomin.w.aqrl a6, a5, (s0)
    CHECK 24, a6, 0x5
    ld a6, 0(s0)
    CHECK 280, a6, 0xfffffffb
    PUTS amomax.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomax.w a6, a5, (s0)
    CHECK 25, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 281, a6, 0x8000000000000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomax.w.aq a6, a5, (s0)
    CHECK 26, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 282, a6, 0x17ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomax.w.rl a6, a5, (s0)
    CHECK 27, a6, 0x0
    ld a6, 0(s0)
    CHECK 283, a6, 0x8000000000000000
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomax.w.aqrl a6, a5, (s0)
    CHECK 28, a6, 0x5
    ld a6, 0(s0)
    CHECK 284, a6, 0x5
    PUTS amominu.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amominu.w a6, a5, (s0)
    CHECK 29, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 285, a6, 0x8000000000000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amominu.w.aq a6, a5, (s0)
    CHECK 30, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 286, a6, 0x17ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amominu.w.rl a6, a5, (s0)
    CHECK 31, a6, 0x0
    ld a6, 0(s0)
    CHECK 287, a6, 0x8000000000000000
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amominu.w.aqrl a6, a5, (s0)
    CHECK 32, a6, 0x5
    ld a6, 0(s0)
    CHECK 288, a6, 0x5
    PUTS amomaxu.w
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomaxu.w a6, a5, (s0)
    CHECK 33, a6, 0xfffffffffffffffe
    ld a6, 0(s0)
    CHECK 289, a6, 0x80000000fffffffe
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomaxu.w.aq a6, a5, (s0)
    CHECK 34, a6, 0xffffffff80000001
    ld a6, 0(s0)
    CHECK 290, a6, 0x180000001
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomaxu.w.rl a6, a5, (s0)
    CHECK 35, a6, 0x0
    ld a6, 0(s0)
    CHECK 291, a6, 0x80000000ffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomaxu.w.aqrl a6, a5, (s0)
    CHECK 36, a6, 0x5
    ld a6, 0(s0)
    CHECK 292, a6, 0xfffffffb
    PUTS amoswap.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoswap.d a6, a5, (s0)
    CHECK 37, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 293, a6, 0x7fffffff00000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoswap.d.aq a6, a5, (s0)
    CHECK 38, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 294, a6, 0xffffffff7ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoswap.d.rl a6, a5, (s0)
    CHECK 39, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 295, a6, 0x7fffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoswap.d.aqrl a6, a5, (s0)
    CHECK 40, a6, 0x5
    ld a6, 0(s0)
    CHECK 296, a6, 0xfffffffffffffffb
    PUTS amoadd.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoadd.d a6, a5, (s0)
    CHECK 41, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 297, a6, 0x1
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoadd.d.aq a6, a5, (s0)
    CHECK 42, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 298, a6, 0xffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoadd.d.rl a6, a5, (s0)
    CHECK 43, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 299, a6, 0xffffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoadd.d.aqrl a6, a5, (s0)
    CHECK 44, a6, 0x5
    ld a6, 0(s0)
    CHECK 300, a6, 0x0
    PUTS amoxor.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoxor.d a6, a5, (s0)
    CHECK 45, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 301, a6, 0xfffffffffffffffd
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoxor.d.aq a6, a5, (s0)
    CHECK 46, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 302, a6, 0xfffffffeffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoxor.d.rl a6, a5, (s0)
    CHECK 47, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 303, a6, 0xffffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoxor.d.aqrl a6, a5, (s0)
    CHECK 48, a6, 0x5
    ld a6, 0(s0)
    CHECK 304, a6, 0xfffffffffffffffe
    PUTS amoand.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoand.d a6, a5, (s0)
    CHECK 49, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 305, a6, 0x2
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoand.d.aq a6, a5, (s0)
    CHECK 50, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 306, a6, 0x100000000
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoand.d.rl a6, a5, (s0)
    CHECK 51, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 307, a6, 0x0
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoand.d.aqrl a6, a5, (s0)
    CHECK 52, a6, 0x5
    ld a6, 0(s0)
    CHECK 308, a6, 0x1
    PUTS amoor.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amoor.d a6, a5, (s0)
    CHECK 53, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 309, a6, 0xffffffffffffffff
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amoor.d.aq a6, a5, (s0)
    CHECK 54, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 310, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amoor.d.rl a6, a5, (s0)
    CHECK 55, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 311, a6, 0xffffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amoor.d.aqrl a6, a5, (s0)
    CHECK 56, a6, 0x5
    ld a6, 0(s0)
    CHECK 312, a6, 0xffffffffffffffff
    PUTS amomin.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomin.d a6, a5, (s0)
    CHECK 57, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 313, a6, 0x80000000fffffffe
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomin.d.aq a6, a5, (s0)
    CHECK 58, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 314, a6, 0xffffffff7ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomin.d.rl a6, a5, (s0)
    CHECK 59, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 315, a6, 0x8000000000000000
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomin.d.aqrl a6, a5, (s0)
    CHECK 60, a6, 0x5
    ld a6, 0(s0)
    CHECK 316, a6, 0xfffffffffffffffb
    PUTS amomax.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomax.d a6, a5, (s0)
    CHECK 61, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 317, a6, 0x7fffffff00000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomax.d.aq a6, a5, (s0)
    CHECK 62, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 318, a6, 0x180000001
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomax.d.rl a6, a5, (s0)
    CHECK 63, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 319, a6, 0x7fffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomax.d.aqrl a6, a5, (s0)
    CHECK 64, a6, 0x5
    ld a6, 0(s0)
    CHECK 320, a6, 0x5
    PUTS amominu.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amominu.d a6, a5, (s0)
    CHECK 65, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 321, a6, 0x7fffffff00000003
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amominu.d.aq a6, a5, (s0)
    CHECK 66, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 322, a6, 0x180000001
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amominu.d.rl a6, a5, (s0)
    CHECK 67, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 323, a6, 0x7fffffffffffffff
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amominu.d.aqrl a6, a5, (s0)
    CHECK 68, a6, 0x5
    ld a6, 0(s0)
    CHECK 324, a6, 0x5
    PUTS amomaxu.d
    li a4, 0x80000000fffffffe
    sd a4, 0(s0)
    li a5, 0x7fffffff00000003
    amomaxu.d a6, a5, (s0)
    CHECK 69, a6, 0x80000000fffffffe
    ld a6, 0(s0)
    CHECK 325, a6, 0x80000000fffffffe
    li a4, 0x180000001
    sd a4, 0(s0)
    li a5, 0xffffffff7ffffffe
    amomaxu.d.aq a6, a5, (s0)
    CHECK 70, a6, 0x180000001
    ld a6, 0(s0)
    CHECK 326, a6, 0xffffffff7ffffffe
    li a4, 0x8000000000000000
    sd a4, 0(s0)
    li a5, 0x7fffffffffffffff
    amomaxu.d.rl a6, a5, (s0)
    CHECK 71, a6, 0x8000000000000000
    ld a6, 0(s0)
    CHECK 327, a6, 0x8000000000000000
    li a4, 0x5
    sd a4, 0(s0)
    li a5, 0xfffffffffffffffb
    amomaxu.d.aqrl a6, a5, (s0)
    CHECK 72, a6, 0x5
    ld a6, 0(s0)
    CHECK 328, a6, 0xfffffffffffffffb
    PUTS amo-forms
    li a4, 10
    sd a4, 0(s0)
    li a5, 7
    amoadd.d x0, a5, (s0)
    ld a6, 0(s0)
    CHECK 0x300, a6, 17
    amoadd.d a5, a5, (s0)
    CHECK 0x301, a5, 17
    ld a6, 0(s0)
    CHECK 0x302, a6, 24
    /* the high word of the doubleword holding a .w target is untouched */
    li a4, 0x1111111122222222
    sd a4, 0(s0)
    li a5, 1
    addi t4, s0, 4
    amoadd.w a6, a5, (t4)
    CHECK 0x303, a6, 0x11111111
    ld a6, 0(s0)
    CHECK 0x304, a6, 0x1111111222222222

    PUTS lr-sc
    li a4, 0x80000000
    sd a4, 0(s0)
    lr.w a6, (s0)
    CHECK 0x400, a6, 0xffffffff80000000
    li a5, 0x12345678
    sc.w a7, a5, (s0)
    CHECK 0x401, a7, 0
    ld a6, 0(s0)
    CHECK 0x402, a6, 0x12345678
    /* the reservation is consumed by the successful SC */
    sc.w a7, a5, (s0)
    snez a7, a7
    CHECK 0x403, a7, 1
    /* SC without any LR fails and leaves memory alone */
    li a5, 99
    sc.d a7, a5, (s0)
    snez a7, a7
    CHECK 0x404, a7, 1
    ld a6, 0(s0)
    CHECK 0x405, a6, 0x12345678
    /* LR.D / SC.D success */
    lr.d.aq a6, (s0)
    CHECK 0x406, a6, 0x12345678
    li a5, 0xfedcba9876543210
    sc.d.rl a7, a5, (s0)
    CHECK 0x407, a7, 0
    ld a6, 0(s0)
    CHECK 0x408, a6, 0xfedcba9876543210
    /* SC to an address other than the reserved one fails */
    lr.d a6, (s0)
    li a5, 7
    addi t4, s0, 64
    sc.d a7, a5, (t4)
    snez a7, a7
    CHECK 0x409, a7, 1
    ld a6, 64(s0)
    CHECK 0x40a, a6, 0
    /* an LR to a new address moves the reservation */
    lr.d a6, (t4)
    lr.d a6, (s0)
    li a5, 3
    sc.d a7, a5, (s0)
    CHECK 0x40b, a7, 0
    ld a6, 0(s0)
    CHECK 0x40c, a6, 3
    /* a retry loop increments atomically */
    li a4, 0
1:  lr.d a6, (s0)
    addi a6, a6, 1
    sc.d a7, a6, (s0)
    bnez a7, 1b
    addi a4, a4, 1
    li a5, 50
    blt a4, a5, 1b
    ld a6, 0(s0)
    CHECK 0x40d, a6, 53
    ld ra, 0(sp)
    addi sp, sp, 16
    ret
    .data
    .align 6
amobuf: .space 128

