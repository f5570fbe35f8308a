/* F and D through the instruction stream: loads and stores (incl. misaligned), arithmetic under every static
   rounding mode and the dynamic one, fflags, NaN boxing of single values, canonical NaNs, conversions at the
   integer limits, sign injection, min/max and compares with NaNs and zeros, fclass, fused multiply-add, and the
   illegal-instruction cases (reserved rm, FS = Off). Single results are checked as 64-bit register images so
   the NaN boxing is checked too. */
#include "test.h"
#define BOX(x) (0xffffffff00000000 | (x))

/* single-precision binary op: result image and fflags */
.macro FS2 num, op, a, b, rm, exp, flags
    li t4, \a
    fmv.w.x ft0, t4
    li t4, \b
    fmv.w.x ft1, t4
    csrwi fflags, 0
    \op ft2, ft0, ft1, \rm
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK \num, a6, BOX(\exp)
    CHECK \num+0x1000, a7, \flags
.endm
.macro FD2 num, op, a, b, rm, exp, flags
    li t4, \a
    fmv.d.x ft0, t4
    li t4, \b
    fmv.d.x ft1, t4
    csrwi fflags, 0
    \op ft2, ft0, ft1, \rm
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm
/* FP to integer conversion (result in an x register) */
.macro FCVTI num, op, mv, a, rm, exp, flags
    li t4, \a
    \mv ft0, t4
    csrwi fflags, 0
    \op a6, ft0, \rm
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm
/* integer (or FP) to FP conversion, result image via fmv.x.d */
.macro FCVTF num, op, a, rm, exp, flags
    li t4, \a
    csrwi fflags, 0
    \op ft2, t4, \rm
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm
/* compare: x-register result and flags */
.macro FCMP num, op, mv, a, b, exp, flags
    li t4, \a
    \mv ft0, t4
    li t4, \b
    \mv ft1, t4
    csrwi fflags, 0
    \op a6, ft0, ft1
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm

.macro FMM num, op, mv, mvx, a, b, exp, flags
    li t4, \a
    \mv ft0, t4
    li t4, \b
    \mv ft1, t4
    csrwi fflags, 0
    \op ft2, ft0, ft1
    \mvx a6, ft2
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm

#define ONE_S   0x3f800000
#define TWO_S   0x40000000
#define THREE_S 0x40400000
#define M1_S    0xbf800000
#define QNAN_S  0x7fc00000
#define SNAN_S  0x7f800001
#define INF_S   0x7f800000
#define MAX_S   0x7f7fffff
#define MINSUB_S 0x00000001
#define ONE_D   0x3ff0000000000000
#define TWO_D   0x4000000000000000
#define THREE_D 0x4008000000000000
#define QNAN_D  0x7ff8000000000000
#define SNAN_D  0x7ff0000000000001
#define MAX_D   0x7fefffffffffffff

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME fpu
    la s0, fbuf

    PUTS load-store
    li a4, 0x400921fb54442d18
    sd a4, 0(s0)
    fld fa0, 0(s0)
    fsd fa0, 9(s0)          /* misaligned store */
    fld fa1, 9(s0)          /* misaligned load */
    fmv.x.d a6, fa1
    CHECK 1, a6, 0x400921fb54442d18
    li a4, 0xc0490fdb
    sw a4, 20(s0)
    flw fa2, 20(s0)
    fmv.x.d a6, fa2         /* flw NaN-boxes */
    CHECK 2, a6, BOX(0xc0490fdb)
    fsw fa2, 26(s0)
    lwu a6, 26(s0)
    CHECK 3, a6, 0xc0490fdb
    fmv.x.w a6, fa2         /* fmv.x.w sign-extends */
    CHECK 4, a6, 0xffffffffc0490fdb
    li a4, 0x12345678
    fmv.w.x fa3, a4
    fmv.x.d a6, fa3
    CHECK 5, a6, BOX(0x12345678)
    fmv.x.w a6, fa3
    CHECK 6, a6, 0x12345678

    PUTS rounding
    /* 1/3 in single under each static mode, then -1/3 */
    FS2 0x10, fdiv.s, ONE_S, THREE_S, rne, 0x3eaaaaab, 1
    FS2 0x11, fdiv.s, ONE_S, THREE_S, rtz, 0x3eaaaaaa, 1
    FS2 0x12, fdiv.s, ONE_S, THREE_S, rdn, 0x3eaaaaaa, 1
    FS2 0x13, fdiv.s, ONE_S, THREE_S, rup, 0x3eaaaaab, 1
    FS2 0x14, fdiv.s, ONE_S, THREE_S, rmm, 0x3eaaaaab, 1
    FS2 0x15, fdiv.s, M1_S, THREE_S, rne, 0xbeaaaaab, 1
    FS2 0x16, fdiv.s, M1_S, THREE_S, rtz, 0xbeaaaaaa, 1
    FS2 0x17, fdiv.s, M1_S, THREE_S, rdn, 0xbeaaaaab, 1
    FS2 0x18, fdiv.s, M1_S, THREE_S, rup, 0xbeaaaaaa, 1
    FS2 0x19, fdiv.s, M1_S, THREE_S, rmm, 0xbeaaaaab, 1
    /* 1/3 in double */
    FD2 0x1a, fdiv.d, ONE_D, THREE_D, rne, 0x3fd5555555555555, 1
    FD2 0x1b, fdiv.d, ONE_D, THREE_D, rup, 0x3fd5555555555556, 1
    FD2 0x1c, fdiv.d, ONE_D, THREE_D, rdn, 0x3fd5555555555555, 1
    /* ties: 1 + 2^-24 in single is exactly halfway */
    FS2 0x1d, fadd.s, ONE_S, 0x33800000, rne, 0x3f800000, 1
    FS2 0x1e, fadd.s, ONE_S, 0x33800000, rmm, 0x3f800001, 1
    FS2 0x1f, fadd.s, ONE_S, 0x33800000, rup, 0x3f800001, 1
    /* dynamic rounding from frm */
    csrwi frm, 1            /* rtz */
    FS2 0x20, fdiv.s, ONE_S, THREE_S, dyn, 0x3eaaaaaa, 1
    csrwi frm, 3            /* rup */
    FD2 0x21, fdiv.d, ONE_D, THREE_D, dyn, 0x3fd5555555555556, 1
    csrwi frm, 0
    /* exact results raise nothing */
    FS2 0x22, fadd.s, ONE_S, TWO_S, rne, THREE_S, 0
    FD2 0x23, fmul.d, THREE_D, TWO_D, rne, 0x4018000000000000, 0
    FD2 0x24, fsub.d, ONE_D, ONE_D, rne, 0, 0
    FD2 0x25, fsub.d, ONE_D, ONE_D, rdn, 0x8000000000000000, 0

    PUTS exceptions
    FS2 0x30, fdiv.s, ONE_S, 0, rne, INF_S, 0x08
    FS2 0x31, fdiv.s, 0, 0, rne, QNAN_S, 0x10
    FS2 0x32, fmul.s, MAX_S, TWO_S, rne, INF_S, 0x05
    FS2 0x33, fmul.s, MAX_S, TWO_S, rtz, MAX_S, 0x05
    FS2 0x34, fmul.s, MINSUB_S, 0x3f000000, rne, 0, 0x03
    FS2 0x35, fadd.s, SNAN_S, ONE_S, rne, QNAN_S, 0x10
    FS2 0x36, fadd.s, QNAN_S, ONE_S, rne, QNAN_S, 0
    FD2 0x37, fdiv.d, ONE_D, 0, rne, 0x7ff0000000000000, 0x08
    FD2 0x38, fmul.d, MAX_D, TWO_D, rne, 0x7ff0000000000000, 0x05
    FD2 0x39, fadd.d, SNAN_D, ONE_D, rne, QNAN_D, 0x10
    FD2 0x3a, fsub.d, 0x7ff0000000000000, 0x7ff0000000000000, rne, QNAN_D, 0x10
    /* sqrt */
    li t4, 0xc0800000
    fmv.w.x ft0, t4
    csrwi fflags, 0
    fsqrt.s ft2, ft0
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK 0x3b, a6, BOX(QNAN_S)
    CHECK 0x3c, a7, 0x10
    li t4, 0x4000000000000000
    fmv.d.x ft0, t4
    csrwi fflags, 0
    fsqrt.d ft2, ft0
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK 0x3d, a6, 0x3ff6a09e667f3bcd
    CHECK 0x3e, a7, 1
    /* flags accumulate until cleared */
    csrwi fflags, 0
    li t4, 0
    fmv.w.x ft0, t4
    fdiv.s ft1, ft0, ft0
    li t4, ONE_S
    fmv.w.x ft3, t4
    fdiv.s ft1, ft3, ft0
    csrr a7, fflags
    CHECK 0x3f, a7, 0x18

    PUTS nan-boxing
    /* a double in an F register is not a boxed single: single ops see the canonical NaN */
    li t4, ONE_D
    fmv.d.x ft0, t4
    li t4, ONE_S
    fmv.w.x ft1, t4
    csrwi fflags, 0
    fadd.s ft2, ft0, ft1
    fmv.x.d a6, ft2
    CHECK 0x40, a6, BOX(QNAN_S)
    csrr a7, fflags
    CHECK 0x41, a7, 0
    fsgnj.s ft2, ft0, ft1
    fmv.x.d a6, ft2
    CHECK 0x42, a6, BOX(QNAN_S)
    /* a box with one wrong upper bit */
    li t4, 0xfffffffe3f800000
    fmv.d.x ft0, t4
    fmv.x.d a6, ft0
    CHECK 0x43, a6, 0xfffffffe3f800000
    fadd.s ft2, ft0, ft1
    fmv.x.d a6, ft2
    CHECK 0x44, a6, BOX(QNAN_S)
    /* fsw stores the low word whatever the box */
    fsw ft0, 40(s0)
    lwu a6, 40(s0)
    CHECK 0x45, a6, 0x3f800000
    /* fcvt.d.s of an unboxed value */
    fcvt.d.s ft2, ft0
    fmv.x.d a6, ft2
    CHECK 0x46, a6, QNAN_D

    PUTS sign-minmax-compare
    FMM 0x50, fsgnj.s, fmv.w.x, fmv.x.d, ONE_S, 0x80000000, BOX(M1_S), 0
    FMM 0x51, fsgnjn.s, fmv.w.x, fmv.x.d, ONE_S, 0x80000000, BOX(ONE_S), 0
    FMM 0x52, fsgnjx.s, fmv.w.x, fmv.x.d, M1_S, 0x80000000, BOX(ONE_S), 0
    FMM 0x53, fsgnj.s, fmv.w.x, fmv.x.d, SNAN_S, 0x80000000, BOX(0xff800001), 0
    FMM 0x54, fsgnjn.d, fmv.d.x, fmv.x.d, ONE_D, ONE_D, 0xbff0000000000000, 0
    FMM 0x55, fsgnjx.d, fmv.d.x, fmv.x.d, 0xbff0000000000000, 0x8000000000000000, ONE_D, 0
    /* fmin/fmax take no rounding mode: use dedicated lines */
    FMM 0x56, fmin.s, fmv.w.x, fmv.x.d, 0x80000000, 0, BOX(0x80000000), 0
    FMM 0x57, fmax.s, fmv.w.x, fmv.x.d, 0x80000000, 0, BOX(0), 0
    FMM 0x58, fmin.s, fmv.w.x, fmv.x.d, QNAN_S, ONE_S, BOX(ONE_S), 0
    FMM 0x59, fmin.s, fmv.w.x, fmv.x.d, SNAN_S, ONE_S, BOX(ONE_S), 0x10
    FMM 0x5a, fmax.s, fmv.w.x, fmv.x.d, QNAN_S, SNAN_S, BOX(QNAN_S), 0x10
    FMM 0x5b, fmin.d, fmv.d.x, fmv.x.d, 0, 0x8000000000000000, 0x8000000000000000, 0
    FMM 0x5c, fmax.d, fmv.d.x, fmv.x.d, SNAN_D, THREE_D, THREE_D, 0x10
    FMM 0x5d, fmax.d, fmv.d.x, fmv.x.d, 0x7ff8000000000123, QNAN_D, QNAN_D, 0
    FCMP 0x60, feq.s, fmv.w.x, ONE_S, ONE_S, 1, 0
    FCMP 0x61, feq.s, fmv.w.x, QNAN_S, ONE_S, 0, 0
    FCMP 0x62, feq.s, fmv.w.x, SNAN_S, ONE_S, 0, 0x10
    FCMP 0x63, flt.s, fmv.w.x, QNAN_S, ONE_S, 0, 0x10
    FCMP 0x64, fle.s, fmv.w.x, 0x80000000, 0, 1, 0
    FCMP 0x65, flt.s, fmv.w.x, 0x80000000, 0, 0, 0
    FCMP 0x66, flt.d, fmv.d.x, ONE_D, TWO_D, 1, 0
    FCMP 0x67, fle.d, fmv.d.x, TWO_D, ONE_D, 0, 0
    FCMP 0x68, feq.d, fmv.d.x, QNAN_D, QNAN_D, 0, 0
    FCMP 0x69, fle.d, fmv.d.x, QNAN_D, ONE_D, 0, 0x10

    PUTS fclass
.macro FCLS num, op, mv, a, exp
    li t4, \a
    \mv ft0, t4
    \op a6, ft0
    CHECK \num, a6, \exp
.endm
    FCLS 0x70, fclass.s, fmv.w.x, 0xff800000, 0x001
    FCLS 0x71, fclass.s, fmv.w.x, M1_S, 0x002
    FCLS 0x72, fclass.s, fmv.w.x, 0x80000001, 0x004
    FCLS 0x73, fclass.s, fmv.w.x, 0x80000000, 0x008
    FCLS 0x74, fclass.s, fmv.w.x, 0, 0x010
    FCLS 0x75, fclass.s, fmv.w.x, 1, 0x020
    FCLS 0x76, fclass.s, fmv.w.x, ONE_S, 0x040
    FCLS 0x77, fclass.s, fmv.w.x, INF_S, 0x080
    FCLS 0x78, fclass.s, fmv.w.x, SNAN_S, 0x100
    FCLS 0x79, fclass.s, fmv.w.x, QNAN_S, 0x200
    FCLS 0x7a, fclass.d, fmv.d.x, 0xfff0000000000000, 0x001
    FCLS 0x7b, fclass.d, fmv.d.x, 0x000fffffffffffff, 0x020
    FCLS 0x7c, fclass.d, fmv.d.x, SNAN_D, 0x100
    FCLS 0x7d, fclass.d, fmv.d.x, QNAN_D, 0x200
    /* fclass.s of an unboxed value sees the canonical NaN */
    FCLS 0x7e, fclass.s, fmv.d.x, ONE_D, 0x200

    PUTS conversions
    FCVTI 0x80, fcvt.w.s, fmv.w.x, 0x4f32d05e, rtz, 0x7fffffff, 0x10          /* 3e9 */
    FCVTI 0x81, fcvt.w.s, fmv.w.x, 0xcf32d05e, rtz, 0xffffffff80000000, 0x10  /* -3e9 */
    FCVTI 0x82, fcvt.w.s, fmv.w.x, QNAN_S, rtz, 0x7fffffff, 0x10
    FCVTI 0x83, fcvt.w.s, fmv.w.x, 0xff800000, rtz, 0xffffffff80000000, 0x10  /* -inf */
    FCVTI 0x84, fcvt.w.s, fmv.w.x, 0x3fc00000, rne, 2, 1                      /* 1.5 */
    FCVTI 0x85, fcvt.w.s, fmv.w.x, 0x40200000, rne, 2, 1                      /* 2.5 */
    FCVTI 0x86, fcvt.w.s, fmv.w.x, 0x40200000, rmm, 3, 1
    FCVTI 0x87, fcvt.w.s, fmv.w.x, 0xc0200000, rdn, 0xfffffffffffffffd, 1
    FCVTI 0x88, fcvt.wu.s, fmv.w.x, M1_S, rtz, 0, 0x10
    FCVTI 0x89, fcvt.wu.s, fmv.w.x, 0xbf000000, rtz, 0, 1                     /* -0.5 rounds to 0 */
    FCVTI 0x8a, fcvt.wu.s, fmv.w.x, 0x4f7fffff, rtz, 0xffffffffffffff00, 0    /* 4294967040: sign-extended */
    FCVTI 0x8b, fcvt.wu.s, fmv.w.x, 0x4f800000, rtz, 0xffffffffffffffff, 0x10 /* 2^32 */
    FCVTI 0x8c, fcvt.l.d, fmv.d.x, 0x43e158e460913d00, rtz, 0x7fffffffffffffff, 0x10 /* 1e19 */
    FCVTI 0x8d, fcvt.l.d, fmv.d.x, 0xc3e0000000000000, rtz, 0x8000000000000000, 0     /* -2^63 exactly */
    FCVTI 0x8e, fcvt.lu.d, fmv.d.x, 0xbff0000000000000, rtz, 0, 0x10
    FCVTI 0x8f, fcvt.lu.d, fmv.d.x, 0x43ef3a5a0e4ce1be, rtz, 0xf9d2d072670df000, 0    /* 1.8e19 region */
    FCVTI 0x90, fcvt.wu.d, fmv.d.x, 0x41efffffffe00000, rtz, 0xffffffffffffffff, 0    /* 4294967295.0 */
    FCVTI 0x91, fcvt.w.d, fmv.d.x, 0xc1e0000000080000, rtz, 0xffffffff80000000, 1     /* -2^31 - 0.25 */
    FCVTI 0x92, fcvt.lu.s, fmv.w.x, 0x5f800000, rtz, 0xffffffffffffffff, 0x10         /* 2^64 */
    FCVTI 0x93, fcvt.l.s, fmv.w.x, SNAN_S, rtz, 0x7fffffffffffffff, 0x10
    FCVTF 0x94, fcvt.s.l, 0x7fffffffffffffff, rne, BOX(0x5f000000), 1
    FCVTF 0x95, fcvt.s.l, 0x8000000000000000, rne, BOX(0xdf000000), 0
    FCVTF 0x96, fcvt.d.lu, 0xffffffffffffffff, rne, 0x43f0000000000000, 1
    FCVTF 0x97, fcvt.d.lu, 0xffffffffffffffff, rtz, 0x43efffffffffffff, 1
    FCVTF 0x98, fcvt.s.w, 0xffffffff80000000, rne, BOX(0xcf000000), 0
    FCVTF 0x99, fcvt.s.wu, 0xffffffffffffffff, rne, BOX(0x4f800000), 1             /* uses the low 32 bits */
    li t4, 0x00000000ffffffff   /* fcvt.d.w reads the low word: -1 */
    fcvt.d.w ft2, t4
    fmv.x.d a6, ft2
    CHECK 0x9a, a6, 0xbff0000000000000
    FCVTF 0x9b, fcvt.s.lu, 0x0000000001000001, rup, BOX(0x4b800001), 1
    /* between precisions */
    li t4, 0x7e37e43c8800759c                                                     /* 1e300 */
    fmv.d.x ft0, t4
    csrwi fflags, 0
    fcvt.s.d ft2, ft0
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK 0x9c, a6, BOX(INF_S)
    CHECK 0x9d, a7, 0x05
    li t4, SNAN_S
    fmv.w.x ft0, t4
    csrwi fflags, 0
    fcvt.d.s ft2, ft0
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK 0x9e, a6, QNAN_D
    CHECK 0x9f, a7, 0x10
    li t4, 0x3fd5555555555555
    fmv.d.x ft0, t4
    fcvt.s.d ft2, ft0, rtz
    fmv.x.d a6, ft2
    CHECK 0xa0, a6, BOX(0x3eaaaaaa)

    PUTS fused
.macro FMA num, op, mv, a, b, c, rm, exp, flags
    li t4, \a
    \mv ft0, t4
    li t4, \b
    \mv ft1, t4
    li t4, \c
    \mv ft3, t4
    csrwi fflags, 0
    \op ft2, ft0, ft1, ft3, \rm
    fmv.x.d a6, ft2
    csrr a7, fflags
    CHECK \num, a6, \exp
    CHECK \num+0x1000, a7, \flags
.endm
    FMA 0xb0, fmadd.s, fmv.w.x, TWO_S, THREE_S, ONE_S, rne, BOX(0x40e00000), 0     /* 7 */
    FMA 0xb1, fmsub.s, fmv.w.x, TWO_S, THREE_S, ONE_S, rne, BOX(0x40a00000), 0     /* 5 */
    FMA 0xb2, fnmsub.s, fmv.w.x, TWO_S, THREE_S, ONE_S, rne, BOX(0xc0a00000), 0    /* -5 */
    FMA 0xb3, fnmadd.s, fmv.w.x, TWO_S, THREE_S, ONE_S, rne, BOX(0xc0e00000), 0    /* -7 */
    FMA 0xb4, fmadd.d, fmv.d.x, TWO_D, THREE_D, ONE_D, rne, 0x401c000000000000, 0
    FMA 0xb5, fnmadd.d, fmv.d.x, TWO_D, THREE_D, ONE_D, rne, 0xc01c000000000000, 0
    /* a single rounding: (1 + 2^-27)^2 - 1 keeps the 2^-54 term only in a fused op */
    FMA 0xb6, fmsub.d, fmv.d.x, 0x3ff0000002000000, 0x3ff0000002000000, ONE_D, rne, 0x3e50000001000000, 0
    /* inf * 0 + qNaN is invalid */
    FMA 0xb7, fmadd.d, fmv.d.x, 0x7ff0000000000000, 0, QNAN_D, rne, QNAN_D, 0x10
    FMA 0xb8, fmadd.s, fmv.w.x, MAX_S, TWO_S, ONE_S, rup, BOX(INF_S), 0x05

    PUTS illegal
    /* rm = 5 and 6 are reserved */
    EXPECT_TRAP 1f
2:  .word 0x0020d153 | (5 << 12)    /* fadd.s f2, f1, f2, rm = 5 */
1:  CHECK_TRAP 0xc0, 2, 2b
    /* dynamic rounding with frm = 5 is illegal */
    csrwi frm, 5
    EXPECT_TRAP 1f
2:  fadd.d ft2, ft0, ft1, dyn
1:  CHECK_TRAP 0xc2, 2, 2b
    csrwi frm, 0
    /* a static mode does not care what frm holds */
    li t4, ONE_D
    fmv.d.x ft0, t4
    csrwi frm, 7
    fadd.d ft2, ft0, ft0, rne
    csrwi frm, 0
    fmv.x.d a6, ft2
    CHECK 0xc4, a6, TWO_D
    /* FS = Off makes every FP instruction and the FP CSRs illegal */
    li t4, MSTATUS_FS
    csrc mstatus, t4
    EXPECT_TRAP 1f
2:  fadd.d ft2, ft0, ft1
1:  CHECK_TRAP 0xc5, 2, 2b
    EXPECT_TRAP 1f
2:  csrr a6, fflags
1:  CHECK_TRAP 0xc7, 2, 2b
    EXPECT_TRAP 1f
2:  fld ft0, 0(s0)
1:  CHECK_TRAP 0xc9, 2, 2b
    /* FS goes dirty (3) on an FP write, and SD follows */
    li t4, 0x2000
    csrs mstatus, t4
    fmv.d.x ft0, zero
    csrr a6, mstatus
    li t4, MSTATUS_FS
    and a7, a6, t4
    CHECK 0xcb, a7, MSTATUS_FS
    srli a7, a6, 63
    CHECK 0xcc, a7, 1

    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .data
    .align 4
fbuf: .space 64
