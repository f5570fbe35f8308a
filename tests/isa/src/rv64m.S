/* RV64M: multiply high halves, division and remainder including division by zero and signed overflow, W forms.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64m
    PUTS mul
    li a4, 0x0
    li a5, 0x0
    mul a6, a4, a5
    CHECK 1, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    mul a6, a4, a5
    CHECK 2, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    mul a6, a4, a5
    CHECK 3, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 4, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 5, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 6, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 7, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 8, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 9, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 10, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 11, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    mul a6, a4, a5
    CHECK 12, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 13, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    mul a6, a4, a5
    CHECK 14, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    mul a6, a4, a5
    CHECK 15, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    mul a6, a4, a5
    CHECK 16, a6, 0x2
    li a4, 0x1
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 17, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 18, a6, 0xfffffffffffffffe
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 19, a6, 0x7fffffffffffffff
    li a4, 0x1
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 20, a6, 0x8000000000000000
    li a4, 0x1
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 21, a6, 0x7fffffff
    li a4, 0x1
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 22, a6, 0x80000000
    li a4, 0x1
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 23, a6, 0xffffffff
    li a4, 0x1
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 24, a6, 0x123456789abcdef0
    li a4, 0x1
    li a5, 0x7
    mul a6, a4, a5
    CHECK 25, a6, 0x7
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 26, a6, 0xfffffffffffffff9
    li a4, 0x2
    li a5, 0x0
    mul a6, a4, a5
    CHECK 27, a6, 0x0
    li a4, 0x2
    li a5, 0x1
    mul a6, a4, a5
    CHECK 28, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    mul a6, a4, a5
    CHECK 29, a6, 0x4
    li a4, 0x2
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 30, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 31, a6, 0xfffffffffffffffc
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 32, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 33, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 34, a6, 0xfffffffe
    li a4, 0x2
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 35, a6, 0x100000000
    li a4, 0x2
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 36, a6, 0x1fffffffe
    li a4, 0x2
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 37, a6, 0x2468acf13579bde0
    li a4, 0x2
    li a5, 0x7
    mul a6, a4, a5
    CHECK 38, a6, 0xe
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 39, a6, 0xfffffffffffffff2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    mul a6, a4, a5
    CHECK 40, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    mul a6, a4, a5
    CHECK 41, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    mul a6, a4, a5
    CHECK 42, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 43, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 44, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 45, a6, 0x8000000000000001
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 46, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 47, a6, 0xffffffff80000001
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 48, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 49, a6, 0xffffffff00000001
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 50, a6, 0xedcba98765432110
    li a4, 0xffffffffffffffff
    li a5, 0x7
    mul a6, a4, a5
    CHECK 51, a6, 0xfffffffffffffff9
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 52, a6, 0x7
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    mul a6, a4, a5
    CHECK 53, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    mul a6, a4, a5
    CHECK 54, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    mul a6, a4, a5
    CHECK 55, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 56, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 57, a6, 0x4
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 58, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 59, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 60, a6, 0xffffffff00000002
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 61, a6, 0xffffffff00000000
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 62, a6, 0xfffffffe00000002
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 63, a6, 0xdb97530eca864220
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    mul a6, a4, a5
    CHECK 64, a6, 0xfffffffffffffff2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 65, a6, 0xe
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    mul a6, a4, a5
    CHECK 66, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    mul a6, a4, a5
    CHECK 67, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    mul a6, a4, a5
    CHECK 68, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 69, a6, 0x8000000000000001
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 70, a6, 0x2
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 71, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 72, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 73, a6, 0x7fffffff80000001
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 74, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 75, a6, 0x7fffffff00000001
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 76, a6, 0xedcba98765432110
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    mul a6, a4, a5
    CHECK 77, a6, 0x7ffffffffffffff9
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 78, a6, 0x8000000000000007
    li a4, 0x8000000000000000
    li a5, 0x0
    mul a6, a4, a5
    CHECK 79, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    mul a6, a4, a5
    CHECK 80, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x2
    mul a6, a4, a5
    CHECK 81, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 82, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 83, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 84, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 85, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 86, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 87, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 88, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 89, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    mul a6, a4, a5
    CHECK 90, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 91, a6, 0x8000000000000000
    li a4, 0x7fffffff
    li a5, 0x0
    mul a6, a4, a5
    CHECK 92, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    mul a6, a4, a5
    CHECK 93, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    mul a6, a4, a5
    CHECK 94, a6, 0xfffffffe
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 95, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 96, a6, 0xffffffff00000002
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 97, a6, 0x7fffffff80000001
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 98, a6, 0x8000000000000000
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 99, a6, 0x3fffffff00000001
    li a4, 0x7fffffff
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 100, a6, 0x3fffffff80000000
    li a4, 0x7fffffff
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 101, a6, 0x7ffffffe80000001
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 102, a6, 0x3b2a18ff65432110
    li a4, 0x7fffffff
    li a5, 0x7
    mul a6, a4, a5
    CHECK 103, a6, 0x37ffffff9
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 104, a6, 0xfffffffc80000007
    li a4, 0x80000000
    li a5, 0x0
    mul a6, a4, a5
    CHECK 105, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    mul a6, a4, a5
    CHECK 106, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x2
    mul a6, a4, a5
    CHECK 107, a6, 0x100000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 108, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 109, a6, 0xffffffff00000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 110, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 111, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 112, a6, 0x3fffffff80000000
    li a4, 0x80000000
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 113, a6, 0x4000000000000000
    li a4, 0x80000000
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 114, a6, 0x7fffffff80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 115, a6, 0x4d5e6f7800000000
    li a4, 0x80000000
    li a5, 0x7
    mul a6, a4, a5
    CHECK 116, a6, 0x380000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 117, a6, 0xfffffffc80000000
    li a4, 0xffffffff
    li a5, 0x0
    mul a6, a4, a5
    CHECK 118, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    mul a6, a4, a5
    CHECK 119, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x2
    mul a6, a4, a5
    CHECK 120, a6, 0x1fffffffe
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 121, a6, 0xffffffff00000001
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 122, a6, 0xfffffffe00000002
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 123, a6, 0x7fffffff00000001
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 124, a6, 0x8000000000000000
    li a4, 0xffffffff
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 125, a6, 0x7ffffffe80000001
    li a4, 0xffffffff
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 126, a6, 0x7fffffff80000000
    li a4, 0xffffffff
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 127, a6, 0xfffffffe00000001
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 128, a6, 0x8888887765432110
    li a4, 0xffffffff
    li a5, 0x7
    mul a6, a4, a5
    CHECK 129, a6, 0x6fffffff9
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 130, a6, 0xfffffff900000007
    li a4, 0x123456789abcdef0
    li a5, 0x0
    mul a6, a4, a5
    CHECK 131, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    mul a6, a4, a5
    CHECK 132, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    mul a6, a4, a5
    CHECK 133, a6, 0x2468acf13579bde0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 134, a6, 0xedcba98765432110
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 135, a6, 0xdb97530eca864220
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 136, a6, 0xedcba98765432110
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 137, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 138, a6, 0x3b2a18ff65432110
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 139, a6, 0x4d5e6f7800000000
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 140, a6, 0x8888887765432110
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 141, a6, 0xa5e20890f2a52100
    li a4, 0x123456789abcdef0
    li a5, 0x7
    mul a6, a4, a5
    CHECK 142, a6, 0x7f6e5d4c3b2a1890
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 143, a6, 0x8091a2b3c4d5e770
    li a4, 0x7
    li a5, 0x0
    mul a6, a4, a5
    CHECK 144, a6, 0x0
    li a4, 0x7
    li a5, 0x1
    mul a6, a4, a5
    CHECK 145, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    mul a6, a4, a5
    CHECK 146, a6, 0xe
    li a4, 0x7
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 147, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 148, a6, 0xfffffffffffffff2
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 149, a6, 0x7ffffffffffffff9
    li a4, 0x7
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 150, a6, 0x8000000000000000
    li a4, 0x7
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 151, a6, 0x37ffffff9
    li a4, 0x7
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 152, a6, 0x380000000
    li a4, 0x7
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 153, a6, 0x6fffffff9
    li a4, 0x7
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 154, a6, 0x7f6e5d4c3b2a1890
    li a4, 0x7
    li a5, 0x7
    mul a6, a4, a5
    CHECK 155, a6, 0x31
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 156, a6, 0xffffffffffffffcf
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    mul a6, a4, a5
    CHECK 157, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    mul a6, a4, a5
    CHECK 158, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    mul a6, a4, a5
    CHECK 159, a6, 0xfffffffffffffff2
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    mul a6, a4, a5
    CHECK 160, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    mul a6, a4, a5
    CHECK 161, a6, 0xe
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    mul a6, a4, a5
    CHECK 162, a6, 0x8000000000000007
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    mul a6, a4, a5
    CHECK 163, a6, 0x8000000000000000
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    mul a6, a4, a5
    CHECK 164, a6, 0xfffffffc80000007
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    mul a6, a4, a5
    CHECK 165, a6, 0xfffffffc80000000
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    mul a6, a4, a5
    CHECK 166, a6, 0xfffffff900000007
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    mul a6, a4, a5
    CHECK 167, a6, 0x8091a2b3c4d5e770
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    mul a6, a4, a5
    CHECK 168, a6, 0xffffffffffffffcf
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    mul a6, a4, a5
    CHECK 169, a6, 0x31
    PUTS mulh
    li a4, 0x0
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 170, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 171, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 172, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 173, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 174, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 175, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 176, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 177, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 178, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 179, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 180, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 181, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 182, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 183, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 184, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 185, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 186, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 187, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 188, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 189, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 190, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 191, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 192, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 193, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 194, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 195, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 196, a6, 0x0
    li a4, 0x2
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 197, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 198, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 199, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 200, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 201, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 202, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 203, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 204, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 205, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 206, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 207, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 208, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 209, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 210, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 211, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 212, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 213, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 214, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 215, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 216, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 217, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 218, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 219, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 220, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 221, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 222, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 223, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 224, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 225, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 226, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 227, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 228, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 229, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 230, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 231, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 232, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 233, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 234, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 235, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 236, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 237, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 238, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 239, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 240, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 241, a6, 0xc000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 242, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 243, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 244, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 245, a6, 0x91a2b3c4d5e6f77
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 246, a6, 0x3
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 247, a6, 0xfffffffffffffffc
    li a4, 0x8000000000000000
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 248, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 249, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 250, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 251, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 252, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 253, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 254, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 255, a6, 0xffffffffc0000000
    li a4, 0x8000000000000000
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 256, a6, 0xffffffffc0000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 257, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 258, a6, 0xf6e5d4c3b2a19088
    li a4, 0x8000000000000000
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 259, a6, 0xfffffffffffffffc
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 260, a6, 0x3
    li a4, 0x7fffffff
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 261, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 262, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 263, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 264, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 265, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 266, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 267, a6, 0xffffffffc0000000
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 268, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 269, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 270, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 271, a6, 0x91a2b3c
    li a4, 0x7fffffff
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 272, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 273, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 274, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 275, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 276, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 277, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 278, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 279, a6, 0x3fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 280, a6, 0xffffffffc0000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 281, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 282, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 283, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 284, a6, 0x91a2b3c
    li a4, 0x80000000
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 285, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 286, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 287, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 288, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 289, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 290, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 291, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 292, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 293, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 294, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 295, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 296, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 297, a6, 0x12345678
    li a4, 0xffffffff
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 298, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 299, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 300, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 301, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 302, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 303, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 304, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 305, a6, 0x91a2b3c4d5e6f77
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 306, a6, 0xf6e5d4c3b2a19088
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 307, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 308, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 309, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 310, a6, 0x14b66dc33f6acdc
    li a4, 0x123456789abcdef0
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 311, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 312, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 313, a6, 0x0
    li a4, 0x7
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 314, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 315, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 316, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 317, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 318, a6, 0x3
    li a4, 0x7
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 319, a6, 0xfffffffffffffffc
    li a4, 0x7
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 320, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 321, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 322, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 323, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 324, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 325, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    mulh a6, a4, a5
    CHECK 326, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    mulh a6, a4, a5
    CHECK 327, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    mulh a6, a4, a5
    CHECK 328, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    mulh a6, a4, a5
    CHECK 329, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    mulh a6, a4, a5
    CHECK 330, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    mulh a6, a4, a5
    CHECK 331, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    mulh a6, a4, a5
    CHECK 332, a6, 0x3
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    mulh a6, a4, a5
    CHECK 333, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    mulh a6, a4, a5
    CHECK 334, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    mulh a6, a4, a5
    CHECK 335, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    mulh a6, a4, a5
    CHECK 336, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    mulh a6, a4, a5
    CHECK 337, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    mulh a6, a4, a5
    CHECK 338, a6, 0x0
    PUTS mulhsu
    li a4, 0x0
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 339, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 340, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 341, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 342, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 343, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 344, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 345, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 346, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 347, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 348, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 349, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 350, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 351, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 352, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 353, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 354, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 355, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 356, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 357, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 358, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 359, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 360, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 361, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 362, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 363, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 364, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 365, a6, 0x0
    li a4, 0x2
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 366, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 367, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 368, a6, 0x1
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 369, a6, 0x1
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 370, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 371, a6, 0x1
    li a4, 0x2
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 372, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 373, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 374, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 375, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 376, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 377, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 378, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 379, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 380, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 381, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 382, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 383, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 384, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 385, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 386, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 387, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 388, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 389, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 390, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 391, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 392, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 393, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 394, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 395, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 396, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 397, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 398, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 399, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 400, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 401, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 402, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 403, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 404, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 405, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 406, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 407, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 408, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 409, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 410, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 411, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 412, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 413, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 414, a6, 0x91a2b3c4d5e6f77
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 415, a6, 0x3
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 416, a6, 0x7ffffffffffffffb
    li a4, 0x8000000000000000
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 417, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 418, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 419, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 420, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 421, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 422, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 423, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 424, a6, 0xffffffffc0000000
    li a4, 0x8000000000000000
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 425, a6, 0xffffffffc0000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 426, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 427, a6, 0xf6e5d4c3b2a19088
    li a4, 0x8000000000000000
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 428, a6, 0xfffffffffffffffc
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 429, a6, 0x8000000000000003
    li a4, 0x7fffffff
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 430, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 431, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 432, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 433, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 434, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 435, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 436, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 437, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 438, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 439, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 440, a6, 0x91a2b3c
    li a4, 0x7fffffff
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 441, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 442, a6, 0x7ffffffe
    li a4, 0x80000000
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 443, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 444, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 445, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 446, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 447, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 448, a6, 0x3fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 449, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 450, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 451, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 452, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 453, a6, 0x91a2b3c
    li a4, 0x80000000
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 454, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 455, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 456, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 457, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 458, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 459, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 460, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 461, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 462, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 463, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 464, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 465, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 466, a6, 0x12345678
    li a4, 0xffffffff
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 467, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 468, a6, 0xfffffffe
    li a4, 0x123456789abcdef0
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 469, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 470, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 471, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 472, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 473, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 474, a6, 0x91a2b3c4d5e6f77
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 475, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 476, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 477, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 478, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 479, a6, 0x14b66dc33f6acdc
    li a4, 0x123456789abcdef0
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 480, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 481, a6, 0x123456789abcdeef
    li a4, 0x7
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 482, a6, 0x0
    li a4, 0x7
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 483, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 484, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 485, a6, 0x6
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 486, a6, 0x6
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 487, a6, 0x3
    li a4, 0x7
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 488, a6, 0x3
    li a4, 0x7
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 489, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 490, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 491, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 492, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 493, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 494, a6, 0x6
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    mulhsu a6, a4, a5
    CHECK 495, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    mulhsu a6, a4, a5
    CHECK 496, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    mulhsu a6, a4, a5
    CHECK 497, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    mulhsu a6, a4, a5
    CHECK 498, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    mulhsu a6, a4, a5
    CHECK 499, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    mulhsu a6, a4, a5
    CHECK 500, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    mulhsu a6, a4, a5
    CHECK 501, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    mulhsu a6, a4, a5
    CHECK 502, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    mulhsu a6, a4, a5
    CHECK 503, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    mulhsu a6, a4, a5
    CHECK 504, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    mulhsu a6, a4, a5
    CHECK 505, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    mulhsu a6, a4, a5
    CHECK 506, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    mulhsu a6, a4, a5
    CHECK 507, a6, 0xfffffffffffffff9
    PUTS mulhu
    li a4, 0x0
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 508, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 509, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 510, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 511, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 512, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 513, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 514, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 515, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 516, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 517, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 518, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 519, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 520, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 521, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 522, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 523, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 524, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 525, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 526, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 527, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 528, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 529, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 530, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 531, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 532, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 533, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 534, a6, 0x0
    li a4, 0x2
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 535, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 536, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 537, a6, 0x1
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 538, a6, 0x1
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 539, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 540, a6, 0x1
    li a4, 0x2
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 541, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 542, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 543, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 544, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 545, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 546, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 547, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 548, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 549, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 550, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 551, a6, 0xfffffffffffffffd
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 552, a6, 0x7ffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 553, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 554, a6, 0x7ffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 555, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 556, a6, 0xfffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 557, a6, 0x123456789abcdeef
    li a4, 0xffffffffffffffff
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 558, a6, 0x6
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 559, a6, 0xfffffffffffffff8
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 560, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 561, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 562, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 563, a6, 0xfffffffffffffffd
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 564, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 565, a6, 0x7ffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 566, a6, 0x7fffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 567, a6, 0x7ffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 568, a6, 0x7fffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 569, a6, 0xfffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 570, a6, 0x123456789abcdeef
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 571, a6, 0x6
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 572, a6, 0xfffffffffffffff7
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 573, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 574, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 575, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 576, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 577, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 578, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 579, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 580, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 581, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 582, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 583, a6, 0x91a2b3c4d5e6f77
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 584, a6, 0x3
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 585, a6, 0x7ffffffffffffffb
    li a4, 0x8000000000000000
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 586, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 587, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 588, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 589, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 590, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 591, a6, 0x3fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 592, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 593, a6, 0x3fffffff
    li a4, 0x8000000000000000
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 594, a6, 0x40000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 595, a6, 0x7fffffff
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 596, a6, 0x91a2b3c4d5e6f78
    li a4, 0x8000000000000000
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 597, a6, 0x3
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 598, a6, 0x7ffffffffffffffc
    li a4, 0x7fffffff
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 599, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 600, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 601, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 602, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 603, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 604, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 605, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 606, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 607, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 608, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 609, a6, 0x91a2b3c
    li a4, 0x7fffffff
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 610, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 611, a6, 0x7ffffffe
    li a4, 0x80000000
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 612, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 613, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 614, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 615, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 616, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 617, a6, 0x3fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 618, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 619, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 620, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 621, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 622, a6, 0x91a2b3c
    li a4, 0x80000000
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 623, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 624, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 625, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 626, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 627, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 628, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 629, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 630, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 631, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 632, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 633, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 634, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 635, a6, 0x12345678
    li a4, 0xffffffff
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 636, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 637, a6, 0xfffffffe
    li a4, 0x123456789abcdef0
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 638, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 639, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 640, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 641, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 642, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 643, a6, 0x91a2b3c4d5e6f77
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 644, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 645, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 646, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 647, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 648, a6, 0x14b66dc33f6acdc
    li a4, 0x123456789abcdef0
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 649, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 650, a6, 0x123456789abcdeef
    li a4, 0x7
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 651, a6, 0x0
    li a4, 0x7
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 652, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 653, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 654, a6, 0x6
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 655, a6, 0x6
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 656, a6, 0x3
    li a4, 0x7
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 657, a6, 0x3
    li a4, 0x7
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 658, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 659, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 660, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 661, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 662, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 663, a6, 0x6
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    mulhu a6, a4, a5
    CHECK 664, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    mulhu a6, a4, a5
    CHECK 665, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    mulhu a6, a4, a5
    CHECK 666, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    mulhu a6, a4, a5
    CHECK 667, a6, 0xfffffffffffffff8
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    mulhu a6, a4, a5
    CHECK 668, a6, 0xfffffffffffffff7
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    mulhu a6, a4, a5
    CHECK 669, a6, 0x7ffffffffffffffb
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    mulhu a6, a4, a5
    CHECK 670, a6, 0x7ffffffffffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    mulhu a6, a4, a5
    CHECK 671, a6, 0x7ffffffe
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    mulhu a6, a4, a5
    CHECK 672, a6, 0x7fffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    mulhu a6, a4, a5
    CHECK 673, a6, 0xfffffffe
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    mulhu a6, a4, a5
    CHECK 674, a6, 0x123456789abcdeef
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    mulhu a6, a4, a5
    CHECK 675, a6, 0x6
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    mulhu a6, a4, a5
    CHECK 676, a6, 0xfffffffffffffff2
    PUTS mulw
    li a4, 0x0
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 677, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 678, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 679, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 680, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 681, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 682, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 683, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 684, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 685, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 686, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 687, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 688, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 689, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 690, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 691, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 692, a6, 0x2
    li a4, 0x1
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 693, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 694, a6, 0xfffffffffffffffe
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 695, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 696, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 697, a6, 0x7fffffff
    li a4, 0x1
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 698, a6, 0xffffffff80000000
    li a4, 0x1
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 699, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 700, a6, 0xffffffff9abcdef0
    li a4, 0x1
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 701, a6, 0x7
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 702, a6, 0xfffffffffffffff9
    li a4, 0x2
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 703, a6, 0x0
    li a4, 0x2
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 704, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 705, a6, 0x4
    li a4, 0x2
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 706, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 707, a6, 0xfffffffffffffffc
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 708, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 709, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 710, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 711, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 712, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 713, a6, 0x3579bde0
    li a4, 0x2
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 714, a6, 0xe
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 715, a6, 0xfffffffffffffff2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 716, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 717, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 718, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 719, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 720, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 721, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 722, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 723, a6, 0xffffffff80000001
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 724, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 725, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 726, a6, 0x65432110
    li a4, 0xffffffffffffffff
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 727, a6, 0xfffffffffffffff9
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 728, a6, 0x7
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 729, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 730, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 731, a6, 0xfffffffffffffffc
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 732, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 733, a6, 0x4
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 734, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 735, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 736, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 737, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 738, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 739, a6, 0xffffffffca864220
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 740, a6, 0xfffffffffffffff2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 741, a6, 0xe
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 742, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 743, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 744, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 745, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 746, a6, 0x2
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 747, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 748, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 749, a6, 0xffffffff80000001
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 750, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 751, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 752, a6, 0x65432110
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 753, a6, 0xfffffffffffffff9
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 754, a6, 0x7
    li a4, 0x8000000000000000
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 755, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 756, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 757, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 758, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 759, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 760, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 761, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 762, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 763, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 764, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 765, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 766, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 767, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 768, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 769, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 770, a6, 0xfffffffffffffffe
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 771, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 772, a6, 0x2
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 773, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 774, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 775, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 776, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 777, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 778, a6, 0x65432110
    li a4, 0x7fffffff
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 779, a6, 0x7ffffff9
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 780, a6, 0xffffffff80000007
    li a4, 0x80000000
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 781, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 782, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 783, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 784, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 785, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 786, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 787, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 788, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 789, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 790, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 791, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 792, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 793, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 794, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 795, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 796, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 797, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 798, a6, 0x2
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 799, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 800, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 801, a6, 0xffffffff80000001
    li a4, 0xffffffff
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 802, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 803, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 804, a6, 0x65432110
    li a4, 0xffffffff
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 805, a6, 0xfffffffffffffff9
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 806, a6, 0x7
    li a4, 0x123456789abcdef0
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 807, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 808, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 809, a6, 0x3579bde0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 810, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 811, a6, 0xffffffffca864220
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 812, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 813, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 814, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 815, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 816, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 817, a6, 0xfffffffff2a52100
    li a4, 0x123456789abcdef0
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 818, a6, 0x3b2a1890
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 819, a6, 0xffffffffc4d5e770
    li a4, 0x7
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 820, a6, 0x0
    li a4, 0x7
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 821, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 822, a6, 0xe
    li a4, 0x7
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 823, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 824, a6, 0xfffffffffffffff2
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 825, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 826, a6, 0x0
    li a4, 0x7
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 827, a6, 0x7ffffff9
    li a4, 0x7
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 828, a6, 0xffffffff80000000
    li a4, 0x7
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 829, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 830, a6, 0x3b2a1890
    li a4, 0x7
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 831, a6, 0x31
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 832, a6, 0xffffffffffffffcf
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    mulw a6, a4, a5
    CHECK 833, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    mulw a6, a4, a5
    CHECK 834, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    mulw a6, a4, a5
    CHECK 835, a6, 0xfffffffffffffff2
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    mulw a6, a4, a5
    CHECK 836, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    mulw a6, a4, a5
    CHECK 837, a6, 0xe
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    mulw a6, a4, a5
    CHECK 838, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    mulw a6, a4, a5
    CHECK 839, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    mulw a6, a4, a5
    CHECK 840, a6, 0xffffffff80000007
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    mulw a6, a4, a5
    CHECK 841, a6, 0xffffffff80000000
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    mulw a6, a4, a5
    CHECK 842, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    mulw a6, a4, a5
    CHECK 843, a6, 0xffffffffc4d5e770
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    mulw a6, a4, a5
    CHECK 844, a6, 0xffffffffffffffcf
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    mulw a6, a4, a5
    CHECK 845, a6, 0x31
    PUTS div
    li a4, 0x0
    li a5, 0x0
    div a6, a4, a5
    CHECK 846, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x1
    div a6, a4, a5
    CHECK 847, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    div a6, a4, a5
    CHECK 848, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 849, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 850, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 851, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 852, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 853, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 854, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 855, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 856, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    div a6, a4, a5
    CHECK 857, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 858, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    div a6, a4, a5
    CHECK 859, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x1
    div a6, a4, a5
    CHECK 860, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    div a6, a4, a5
    CHECK 861, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 862, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 863, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 864, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 865, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 866, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 867, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 868, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 869, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    div a6, a4, a5
    CHECK 870, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 871, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    div a6, a4, a5
    CHECK 872, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x1
    div a6, a4, a5
    CHECK 873, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    div a6, a4, a5
    CHECK 874, a6, 0x1
    li a4, 0x2
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 875, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 876, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 877, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 878, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 879, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 880, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 881, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 882, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    div a6, a4, a5
    CHECK 883, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 884, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    div a6, a4, a5
    CHECK 885, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    div a6, a4, a5
    CHECK 886, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    div a6, a4, a5
    CHECK 887, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 888, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 889, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 890, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 891, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 892, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 893, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 894, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 895, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7
    div a6, a4, a5
    CHECK 896, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 897, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    div a6, a4, a5
    CHECK 898, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    div a6, a4, a5
    CHECK 899, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    div a6, a4, a5
    CHECK 900, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 901, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 902, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 903, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 904, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 905, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 906, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 907, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 908, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    div a6, a4, a5
    CHECK 909, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 910, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    div a6, a4, a5
    CHECK 911, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    div a6, a4, a5
    CHECK 912, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    div a6, a4, a5
    CHECK 913, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 914, a6, 0x8000000000000001
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 915, a6, 0xc000000000000001
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 916, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 917, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 918, a6, 0x100000002
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 919, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 920, a6, 0x80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 921, a6, 0x7
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    div a6, a4, a5
    CHECK 922, a6, 0x1249249249249249
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 923, a6, 0xedb6db6db6db6db7
    li a4, 0x8000000000000000
    li a5, 0x0
    div a6, a4, a5
    CHECK 924, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x1
    div a6, a4, a5
    CHECK 925, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x2
    div a6, a4, a5
    CHECK 926, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 927, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 928, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 929, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 930, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 931, a6, 0xfffffffefffffffe
    li a4, 0x8000000000000000
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 932, a6, 0xffffffff00000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 933, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 934, a6, 0xfffffffffffffff9
    li a4, 0x8000000000000000
    li a5, 0x7
    div a6, a4, a5
    CHECK 935, a6, 0xedb6db6db6db6db7
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 936, a6, 0x1249249249249249
    li a4, 0x7fffffff
    li a5, 0x0
    div a6, a4, a5
    CHECK 937, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x1
    div a6, a4, a5
    CHECK 938, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    div a6, a4, a5
    CHECK 939, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 940, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 941, a6, 0xffffffffc0000001
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 942, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 943, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 944, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 945, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 946, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 947, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7
    div a6, a4, a5
    CHECK 948, a6, 0x12492492
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 949, a6, 0xffffffffedb6db6e
    li a4, 0x80000000
    li a5, 0x0
    div a6, a4, a5
    CHECK 950, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x1
    div a6, a4, a5
    CHECK 951, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x2
    div a6, a4, a5
    CHECK 952, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 953, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 954, a6, 0xffffffffc0000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 955, a6, 0x0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 956, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 957, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 958, a6, 0x1
    li a4, 0x80000000
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 959, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 960, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7
    div a6, a4, a5
    CHECK 961, a6, 0x12492492
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 962, a6, 0xffffffffedb6db6e
    li a4, 0xffffffff
    li a5, 0x0
    div a6, a4, a5
    CHECK 963, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    div a6, a4, a5
    CHECK 964, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x2
    div a6, a4, a5
    CHECK 965, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 966, a6, 0xffffffff00000001
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 967, a6, 0xffffffff80000001
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 968, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 969, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 970, a6, 0x2
    li a4, 0xffffffff
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 971, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 972, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 973, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7
    div a6, a4, a5
    CHECK 974, a6, 0x24924924
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 975, a6, 0xffffffffdb6db6dc
    li a4, 0x123456789abcdef0
    li a5, 0x0
    div a6, a4, a5
    CHECK 976, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x1
    div a6, a4, a5
    CHECK 977, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    div a6, a4, a5
    CHECK 978, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 979, a6, 0xedcba98765432110
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 980, a6, 0xf6e5d4c3b2a19088
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 981, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 982, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 983, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 984, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 985, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 986, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7
    div a6, a4, a5
    CHECK 987, a6, 0x299c335ccf668fd
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 988, a6, 0xfd663cca33099703
    li a4, 0x7
    li a5, 0x0
    div a6, a4, a5
    CHECK 989, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x1
    div a6, a4, a5
    CHECK 990, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    div a6, a4, a5
    CHECK 991, a6, 0x3
    li a4, 0x7
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 992, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 993, a6, 0xfffffffffffffffd
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 994, a6, 0x0
    li a4, 0x7
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 995, a6, 0x0
    li a4, 0x7
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 996, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 997, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 998, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 999, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    div a6, a4, a5
    CHECK 1000, a6, 0x1
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 1001, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    div a6, a4, a5
    CHECK 1002, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    div a6, a4, a5
    CHECK 1003, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    div a6, a4, a5
    CHECK 1004, a6, 0xfffffffffffffffd
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    div a6, a4, a5
    CHECK 1005, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    div a6, a4, a5
    CHECK 1006, a6, 0x3
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    div a6, a4, a5
    CHECK 1007, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    div a6, a4, a5
    CHECK 1008, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    div a6, a4, a5
    CHECK 1009, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    div a6, a4, a5
    CHECK 1010, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    div a6, a4, a5
    CHECK 1011, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    div a6, a4, a5
    CHECK 1012, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    div a6, a4, a5
    CHECK 1013, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    div a6, a4, a5
    CHECK 1014, a6, 0x1
    PUTS divu
    li a4, 0x0
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1015, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1016, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1017, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1018, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1019, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1020, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1021, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1022, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1023, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1024, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1025, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1026, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1027, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1028, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1029, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1030, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1031, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1032, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1033, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1034, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1035, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1036, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1037, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1038, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1039, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1040, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1041, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1042, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1043, a6, 0x1
    li a4, 0x2
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1044, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1045, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1046, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1047, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1048, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1049, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1050, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1051, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1052, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1053, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1054, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1055, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1056, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1057, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1058, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1059, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1060, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1061, a6, 0x200000004
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1062, a6, 0x1ffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1063, a6, 0x100000001
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1064, a6, 0xe
    li a4, 0xffffffffffffffff
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1065, a6, 0x2492492492492492
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1066, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1067, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1068, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1069, a6, 0x7fffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1070, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1071, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1072, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1073, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1074, a6, 0x200000004
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1075, a6, 0x1ffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1076, a6, 0x100000000
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1077, a6, 0xe
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1078, a6, 0x2492492492492492
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1079, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1080, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1081, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1082, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1083, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1084, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1085, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1086, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1087, a6, 0x100000002
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1088, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1089, a6, 0x80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1090, a6, 0x7
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1091, a6, 0x1249249249249249
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1092, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1093, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1094, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1095, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1096, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1097, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1098, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1099, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1100, a6, 0x100000002
    li a4, 0x8000000000000000
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1101, a6, 0x100000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1102, a6, 0x80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1103, a6, 0x7
    li a4, 0x8000000000000000
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1104, a6, 0x1249249249249249
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1105, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1106, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1107, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1108, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1109, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1110, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1111, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1112, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1113, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1114, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1115, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1116, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1117, a6, 0x12492492
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1118, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1119, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1120, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1121, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1122, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1123, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1124, a6, 0x0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1125, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1126, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1127, a6, 0x1
    li a4, 0x80000000
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1128, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1129, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1130, a6, 0x12492492
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1131, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1132, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1133, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1134, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1135, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1136, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1137, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1138, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1139, a6, 0x2
    li a4, 0xffffffff
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1140, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1141, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1142, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1143, a6, 0x24924924
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1144, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1145, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1146, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1147, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1148, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1149, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1150, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1151, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1152, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1153, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1154, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1155, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1156, a6, 0x299c335ccf668fd
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1157, a6, 0x0
    li a4, 0x7
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1158, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1159, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1160, a6, 0x3
    li a4, 0x7
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1161, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1162, a6, 0x0
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1163, a6, 0x0
    li a4, 0x7
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1164, a6, 0x0
    li a4, 0x7
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1165, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1166, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1167, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1168, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1169, a6, 0x1
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1170, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    divu a6, a4, a5
    CHECK 1171, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    divu a6, a4, a5
    CHECK 1172, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    divu a6, a4, a5
    CHECK 1173, a6, 0x7ffffffffffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    divu a6, a4, a5
    CHECK 1174, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    divu a6, a4, a5
    CHECK 1175, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    divu a6, a4, a5
    CHECK 1176, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    divu a6, a4, a5
    CHECK 1177, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    divu a6, a4, a5
    CHECK 1178, a6, 0x200000003
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    divu a6, a4, a5
    CHECK 1179, a6, 0x1ffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    divu a6, a4, a5
    CHECK 1180, a6, 0x100000000
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    divu a6, a4, a5
    CHECK 1181, a6, 0xe
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    divu a6, a4, a5
    CHECK 1182, a6, 0x2492492492492491
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    divu a6, a4, a5
    CHECK 1183, a6, 0x1
    PUTS rem
    li a4, 0x0
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1184, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1185, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1186, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1187, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1188, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1189, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1190, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1191, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1192, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1193, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1194, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1195, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1196, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1197, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1198, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1199, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1200, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1201, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1202, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1203, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1204, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1205, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1206, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1207, a6, 0x1
    li a4, 0x1
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1208, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1209, a6, 0x1
    li a4, 0x2
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1210, a6, 0x2
    li a4, 0x2
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1211, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1212, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1213, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1214, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1215, a6, 0x2
    li a4, 0x2
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1216, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1217, a6, 0x2
    li a4, 0x2
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1218, a6, 0x2
    li a4, 0x2
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1219, a6, 0x2
    li a4, 0x2
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1220, a6, 0x2
    li a4, 0x2
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1221, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1222, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1223, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1224, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1225, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1226, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1227, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1228, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1229, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1230, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1231, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1232, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1233, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1234, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1235, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1236, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1237, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1238, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1239, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1240, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1241, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1242, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1243, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1244, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1245, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1246, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1247, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1248, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1249, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1250, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1251, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1252, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1253, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1254, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1255, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1256, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1257, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1258, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1259, a6, 0x91a2b3c4d5e76f
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1260, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1261, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1262, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1263, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1264, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1265, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1266, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1267, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1268, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1269, a6, 0xfffffffffffffffe
    li a4, 0x8000000000000000
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1270, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1271, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1272, a6, 0xff6e5d4c3b2a1890
    li a4, 0x8000000000000000
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1273, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1274, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1275, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1276, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1277, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1278, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1279, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1280, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1281, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1282, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1283, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1284, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1285, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1286, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1287, a6, 0x1
    li a4, 0x80000000
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1288, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1289, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1290, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1291, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1292, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1293, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1294, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1295, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1296, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1297, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1298, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1299, a6, 0x2
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1300, a6, 0x2
    li a4, 0xffffffff
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1301, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1302, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1303, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1304, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1305, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1306, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1307, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1308, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1309, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1310, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1311, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1312, a6, 0x3
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1313, a6, 0x3
    li a4, 0x123456789abcdef0
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1314, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1315, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1316, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1317, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1318, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1319, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1320, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1321, a6, 0x3f258be1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1322, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1323, a6, 0xacf13568
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1324, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1325, a6, 0x5
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1326, a6, 0x5
    li a4, 0x7
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1327, a6, 0x7
    li a4, 0x7
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1328, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1329, a6, 0x1
    li a4, 0x7
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1330, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1331, a6, 0x1
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1332, a6, 0x7
    li a4, 0x7
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1333, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1334, a6, 0x7
    li a4, 0x7
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1335, a6, 0x7
    li a4, 0x7
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1336, a6, 0x7
    li a4, 0x7
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1337, a6, 0x7
    li a4, 0x7
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1338, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1339, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    rem a6, a4, a5
    CHECK 1340, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    rem a6, a4, a5
    CHECK 1341, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    rem a6, a4, a5
    CHECK 1342, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    rem a6, a4, a5
    CHECK 1343, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    rem a6, a4, a5
    CHECK 1344, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    rem a6, a4, a5
    CHECK 1345, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    rem a6, a4, a5
    CHECK 1346, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    rem a6, a4, a5
    CHECK 1347, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    rem a6, a4, a5
    CHECK 1348, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    rem a6, a4, a5
    CHECK 1349, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    rem a6, a4, a5
    CHECK 1350, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    rem a6, a4, a5
    CHECK 1351, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    rem a6, a4, a5
    CHECK 1352, a6, 0x0
    PUTS remu
    li a4, 0x0
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1353, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1354, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1355, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1356, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1357, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1358, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1359, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1360, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1361, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1362, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1363, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1364, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1365, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1366, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1367, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1368, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1369, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1370, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1371, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1372, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1373, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1374, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1375, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1376, a6, 0x1
    li a4, 0x1
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1377, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1378, a6, 0x1
    li a4, 0x2
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1379, a6, 0x2
    li a4, 0x2
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1380, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1381, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1382, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1383, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1384, a6, 0x2
    li a4, 0x2
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1385, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1386, a6, 0x2
    li a4, 0x2
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1387, a6, 0x2
    li a4, 0x2
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1388, a6, 0x2
    li a4, 0x2
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1389, a6, 0x2
    li a4, 0x2
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1390, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1391, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1392, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1393, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1394, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1395, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1396, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1397, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1398, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1399, a6, 0x3
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1400, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1401, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1402, a6, 0x123456789abcedf
    li a4, 0xffffffffffffffff
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1403, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1404, a6, 0x6
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1405, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1406, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1407, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1408, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1409, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1410, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1411, a6, 0x7ffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1412, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1413, a6, 0x7ffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1414, a6, 0xfffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1415, a6, 0x123456789abcede
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1416, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1417, a6, 0x5
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1418, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1419, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1420, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1421, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1422, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1423, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1424, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1425, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1426, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1427, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1428, a6, 0x91a2b3c4d5e76f
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1429, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1430, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1431, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1432, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1433, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1434, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1435, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1436, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1437, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1438, a6, 0x2
    li a4, 0x8000000000000000
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1439, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1440, a6, 0x80000000
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1441, a6, 0x91a2b3c4d5e770
    li a4, 0x8000000000000000
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1442, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1443, a6, 0x8000000000000000
    li a4, 0x7fffffff
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1444, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1445, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1446, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1447, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1448, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1449, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1450, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1451, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1452, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1453, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1454, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1455, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1456, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1457, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1458, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1459, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1460, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1461, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1462, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1463, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1464, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1465, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1466, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1467, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1468, a6, 0x2
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1469, a6, 0x80000000
    li a4, 0xffffffff
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1470, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1471, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1472, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1473, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1474, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1475, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1476, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1477, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1478, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1479, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1480, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1481, a6, 0x3
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1482, a6, 0xffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1483, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1484, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1485, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1486, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1487, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1488, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1489, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1490, a6, 0x3f258be1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1491, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1492, a6, 0xacf13568
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1493, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1494, a6, 0x5
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1495, a6, 0x123456789abcdef0
    li a4, 0x7
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1496, a6, 0x7
    li a4, 0x7
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1497, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1498, a6, 0x1
    li a4, 0x7
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1499, a6, 0x7
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1500, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1501, a6, 0x7
    li a4, 0x7
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1502, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1503, a6, 0x7
    li a4, 0x7
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1504, a6, 0x7
    li a4, 0x7
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1505, a6, 0x7
    li a4, 0x7
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1506, a6, 0x7
    li a4, 0x7
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1507, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1508, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    remu a6, a4, a5
    CHECK 1509, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    remu a6, a4, a5
    CHECK 1510, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    remu a6, a4, a5
    CHECK 1511, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    remu a6, a4, a5
    CHECK 1512, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    remu a6, a4, a5
    CHECK 1513, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    remu a6, a4, a5
    CHECK 1514, a6, 0x7ffffffffffffffa
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    remu a6, a4, a5
    CHECK 1515, a6, 0x7ffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    remu a6, a4, a5
    CHECK 1516, a6, 0x7ffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    remu a6, a4, a5
    CHECK 1517, a6, 0x7ffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    remu a6, a4, a5
    CHECK 1518, a6, 0xfffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    remu a6, a4, a5
    CHECK 1519, a6, 0x123456789abced9
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    remu a6, a4, a5
    CHECK 1520, a6, 0x2
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    remu a6, a4, a5
    CHECK 1521, a6, 0x0
    PUTS divw
    li a4, 0x0
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1522, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1523, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1524, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1525, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1526, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1527, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1528, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1529, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1530, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1531, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1532, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1533, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1534, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1535, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1536, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1537, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1538, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1539, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1540, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1541, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1542, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1543, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1544, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1545, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1546, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1547, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1548, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1549, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1550, a6, 0x1
    li a4, 0x2
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1551, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1552, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1553, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1554, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1555, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1556, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1557, a6, 0xfffffffffffffffe
    li a4, 0x2
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1558, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1559, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1560, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1561, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1562, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1563, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1564, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1565, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1566, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1567, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1568, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1569, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1570, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1571, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1572, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1573, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1574, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1575, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1576, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1577, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1578, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1579, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1580, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1581, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1582, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1583, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1584, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1585, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1586, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1587, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1588, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1589, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1590, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1591, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1592, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1593, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1594, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1595, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1596, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1597, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1598, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1599, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1600, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1601, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1602, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1603, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1604, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1605, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1606, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1607, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1608, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1609, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1610, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1611, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1612, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1613, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1614, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1615, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1616, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1617, a6, 0xffffffffc0000001
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1618, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1619, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1620, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1621, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1622, a6, 0xffffffff80000001
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1623, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1624, a6, 0x12492492
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1625, a6, 0xffffffffedb6db6e
    li a4, 0x80000000
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1626, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1627, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1628, a6, 0xffffffffc0000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1629, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1630, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1631, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1632, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1633, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1634, a6, 0x1
    li a4, 0x80000000
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1635, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1636, a6, 0x1
    li a4, 0x80000000
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1637, a6, 0xffffffffedb6db6e
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1638, a6, 0x12492492
    li a4, 0xffffffff
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1639, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1640, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1641, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1642, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1643, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1644, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1645, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1646, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1647, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1648, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1649, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1650, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1651, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1652, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1653, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1654, a6, 0xffffffffcd5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1655, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1656, a6, 0x32a19088
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1657, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1658, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1659, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1660, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1661, a6, 0x65432110
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1662, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1663, a6, 0xfffffffff188b223
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1664, a6, 0xe774ddd
    li a4, 0x7
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1665, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1666, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1667, a6, 0x3
    li a4, 0x7
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1668, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1669, a6, 0xfffffffffffffffd
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1670, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1671, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1672, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1673, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1674, a6, 0xfffffffffffffff9
    li a4, 0x7
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1675, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1676, a6, 0x1
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1677, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    divw a6, a4, a5
    CHECK 1678, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    divw a6, a4, a5
    CHECK 1679, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    divw a6, a4, a5
    CHECK 1680, a6, 0xfffffffffffffffd
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    divw a6, a4, a5
    CHECK 1681, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    divw a6, a4, a5
    CHECK 1682, a6, 0x3
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    divw a6, a4, a5
    CHECK 1683, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    divw a6, a4, a5
    CHECK 1684, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    divw a6, a4, a5
    CHECK 1685, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    divw a6, a4, a5
    CHECK 1686, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    divw a6, a4, a5
    CHECK 1687, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    divw a6, a4, a5
    CHECK 1688, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    divw a6, a4, a5
    CHECK 1689, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    divw a6, a4, a5
    CHECK 1690, a6, 0x1
    PUTS divuw
    li a4, 0x0
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1691, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1692, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1693, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1694, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1695, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1696, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1697, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1698, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1699, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1700, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1701, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1702, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1703, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1704, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1705, a6, 0x1
    li a4, 0x1
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1706, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1707, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1708, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1709, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1710, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1711, a6, 0x0
    li a4, 0x1
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1712, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1713, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1714, a6, 0x0
    li a4, 0x1
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1715, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1716, a6, 0x0
    li a4, 0x2
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1717, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1718, a6, 0x2
    li a4, 0x2
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1719, a6, 0x1
    li a4, 0x2
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1720, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1721, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1722, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1723, a6, 0xffffffffffffffff
    li a4, 0x2
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1724, a6, 0x0
    li a4, 0x2
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1725, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1726, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1727, a6, 0x0
    li a4, 0x2
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1728, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1729, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1730, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1731, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1732, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1733, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1734, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1735, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1736, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1737, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1738, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1739, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1740, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1741, a6, 0x24924924
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1742, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1743, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1744, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1745, a6, 0x7fffffff
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1746, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1747, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1748, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1749, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1750, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1751, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1752, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1753, a6, 0x1
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1754, a6, 0x24924924
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1755, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1756, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1757, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1758, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1759, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1760, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1761, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1762, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1763, a6, 0x2
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1764, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1765, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1766, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1767, a6, 0x24924924
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1768, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1769, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1770, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1771, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1772, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1773, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1774, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1775, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1776, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1777, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1778, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1779, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1780, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1781, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1782, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1783, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1784, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1785, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1786, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1787, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1788, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1789, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1790, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1791, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1792, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1793, a6, 0x12492492
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1794, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1795, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1796, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1797, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1798, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1799, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1800, a6, 0x0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1801, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1802, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1803, a6, 0x1
    li a4, 0x80000000
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1804, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1805, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1806, a6, 0x12492492
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1807, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1808, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1809, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1810, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1811, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1812, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1813, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1814, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1815, a6, 0x2
    li a4, 0xffffffff
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1816, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1817, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1818, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1819, a6, 0x24924924
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1820, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1821, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1822, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1823, a6, 0x4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1824, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1825, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1826, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1827, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1828, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1829, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1830, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1831, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1832, a6, 0x161afb46
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1833, a6, 0x0
    li a4, 0x7
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1834, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1835, a6, 0x7
    li a4, 0x7
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1836, a6, 0x3
    li a4, 0x7
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1837, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1838, a6, 0x0
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1839, a6, 0x0
    li a4, 0x7
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1840, a6, 0xffffffffffffffff
    li a4, 0x7
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1841, a6, 0x0
    li a4, 0x7
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1842, a6, 0x0
    li a4, 0x7
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1843, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1844, a6, 0x0
    li a4, 0x7
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1845, a6, 0x1
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1846, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    divuw a6, a4, a5
    CHECK 1847, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    divuw a6, a4, a5
    CHECK 1848, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    divuw a6, a4, a5
    CHECK 1849, a6, 0x7ffffffc
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    divuw a6, a4, a5
    CHECK 1850, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    divuw a6, a4, a5
    CHECK 1851, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    divuw a6, a4, a5
    CHECK 1852, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    divuw a6, a4, a5
    CHECK 1853, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    divuw a6, a4, a5
    CHECK 1854, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    divuw a6, a4, a5
    CHECK 1855, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    divuw a6, a4, a5
    CHECK 1856, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    divuw a6, a4, a5
    CHECK 1857, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    divuw a6, a4, a5
    CHECK 1858, a6, 0x24924923
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    divuw a6, a4, a5
    CHECK 1859, a6, 0x1
    PUTS remw
    li a4, 0x0
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1860, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1861, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1862, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1863, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1864, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1865, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1866, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1867, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1868, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1869, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1870, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1871, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1872, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1873, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1874, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1875, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1876, a6, 0x0
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1877, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1878, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1879, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1880, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1881, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1882, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1883, a6, 0x1
    li a4, 0x1
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1884, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1885, a6, 0x1
    li a4, 0x2
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1886, a6, 0x2
    li a4, 0x2
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1887, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1888, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1889, a6, 0x0
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1890, a6, 0x0
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1891, a6, 0x0
    li a4, 0x2
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1892, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1893, a6, 0x2
    li a4, 0x2
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1894, a6, 0x2
    li a4, 0x2
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1895, a6, 0x0
    li a4, 0x2
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1896, a6, 0x2
    li a4, 0x2
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1897, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1898, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1899, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1900, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1901, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1902, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1903, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1904, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1905, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1906, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1907, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1908, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1909, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1910, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1911, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1912, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1913, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1914, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1915, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1916, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1917, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1918, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1919, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1920, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1921, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1922, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1923, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1924, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1925, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1926, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1927, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1928, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1929, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1930, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1931, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1932, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1933, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1934, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1935, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1936, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1937, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1938, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1939, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1940, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1941, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1942, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1943, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1944, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1945, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1946, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1947, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1948, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1949, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1950, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1951, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1952, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1953, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1954, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1955, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1956, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1957, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1958, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1959, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1960, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1961, a6, 0x1abcdeef
    li a4, 0x7fffffff
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1962, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1963, a6, 0x1
    li a4, 0x80000000
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1964, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1965, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1966, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1967, a6, 0x0
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1968, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1969, a6, 0x0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1970, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1971, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1972, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1973, a6, 0x0
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1974, a6, 0xffffffffe5432110
    li a4, 0x80000000
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1975, a6, 0xfffffffffffffffe
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1976, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1977, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1978, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1979, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1980, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1981, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1982, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1983, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1984, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1985, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1986, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 1987, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7
    remw a6, a4, a5
    CHECK 1988, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 1989, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x0
    remw a6, a4, a5
    CHECK 1990, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    remw a6, a4, a5
    CHECK 1991, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    remw a6, a4, a5
    CHECK 1992, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 1993, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 1994, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 1995, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 1996, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 1997, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 1998, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 1999, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 2000, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7
    remw a6, a4, a5
    CHECK 2001, a6, 0xfffffffffffffffb
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 2002, a6, 0xfffffffffffffffb
    li a4, 0x7
    li a5, 0x0
    remw a6, a4, a5
    CHECK 2003, a6, 0x7
    li a4, 0x7
    li a5, 0x1
    remw a6, a4, a5
    CHECK 2004, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    remw a6, a4, a5
    CHECK 2005, a6, 0x1
    li a4, 0x7
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 2006, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 2007, a6, 0x1
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 2008, a6, 0x0
    li a4, 0x7
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 2009, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 2010, a6, 0x7
    li a4, 0x7
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 2011, a6, 0x7
    li a4, 0x7
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 2012, a6, 0x0
    li a4, 0x7
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 2013, a6, 0x7
    li a4, 0x7
    li a5, 0x7
    remw a6, a4, a5
    CHECK 2014, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 2015, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    remw a6, a4, a5
    CHECK 2016, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    remw a6, a4, a5
    CHECK 2017, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    remw a6, a4, a5
    CHECK 2018, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    remw a6, a4, a5
    CHECK 2019, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    remw a6, a4, a5
    CHECK 2020, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    remw a6, a4, a5
    CHECK 2021, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    remw a6, a4, a5
    CHECK 2022, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    remw a6, a4, a5
    CHECK 2023, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    remw a6, a4, a5
    CHECK 2024, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    remw a6, a4, a5
    CHECK 2025, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    remw a6, a4, a5
    CHECK 2026, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    remw a6, a4, a5
    CHECK 2027, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    remw a6, a4, a5
    CHECK 2028, a6, 0x0
    PUTS remuw
    li a4, 0x0
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2029, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2030, a6, 0x0
    li a4, 0x0
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2031, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2032, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2033, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2034, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2035, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2036, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2037, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2038, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2039, a6, 0x0
    li a4, 0x0
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2040, a6, 0x0
    li a4, 0x0
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2041, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2042, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2043, a6, 0x0
    li a4, 0x1
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2044, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2045, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2046, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2047, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2048, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2049, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2050, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2051, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2052, a6, 0x1
    li a4, 0x1
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2053, a6, 0x1
    li a4, 0x1
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2054, a6, 0x1
    li a4, 0x2
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2055, a6, 0x2
    li a4, 0x2
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2056, a6, 0x0
    li a4, 0x2
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2057, a6, 0x0
    li a4, 0x2
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2058, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2059, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2060, a6, 0x2
    li a4, 0x2
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2061, a6, 0x2
    li a4, 0x2
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2062, a6, 0x2
    li a4, 0x2
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2063, a6, 0x2
    li a4, 0x2
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2064, a6, 0x2
    li a4, 0x2
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2065, a6, 0x2
    li a4, 0x2
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2066, a6, 0x2
    li a4, 0x2
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2067, a6, 0x2
    li a4, 0xffffffffffffffff
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2068, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2069, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2070, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2071, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2072, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2073, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2074, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2075, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2076, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2077, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2078, a6, 0x6543210f
    li a4, 0xffffffffffffffff
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2079, a6, 0x3
    li a4, 0xffffffffffffffff
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2080, a6, 0x6
    li a4, 0xfffffffffffffffe
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2081, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2082, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2083, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2084, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2085, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2086, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2087, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2088, a6, 0x0
    li a4, 0xfffffffffffffffe
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2089, a6, 0x7ffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2090, a6, 0xfffffffffffffffe
    li a4, 0xfffffffffffffffe
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2091, a6, 0x6543210e
    li a4, 0xfffffffffffffffe
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2092, a6, 0x2
    li a4, 0xfffffffffffffffe
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2093, a6, 0x5
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2094, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2095, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2096, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2097, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2098, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2099, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2100, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2101, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2102, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2103, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2104, a6, 0x6543210f
    li a4, 0x7fffffffffffffff
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2105, a6, 0x3
    li a4, 0x7fffffffffffffff
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2106, a6, 0x6
    li a4, 0x8000000000000000
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2107, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2108, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2109, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2110, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2111, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2112, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2113, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2114, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2115, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2116, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2117, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2118, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2119, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2120, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2121, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2122, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2123, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2124, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2125, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2126, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2127, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2128, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2129, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2130, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2131, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2132, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2133, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2134, a6, 0x0
    li a4, 0x80000000
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2135, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2136, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2137, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2138, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2139, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2140, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2141, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2142, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2143, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2144, a6, 0x2
    li a4, 0x80000000
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2145, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2146, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2147, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2148, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2149, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2150, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2151, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2152, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2153, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2154, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2155, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2156, a6, 0x6543210f
    li a4, 0xffffffff
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2157, a6, 0x3
    li a4, 0xffffffff
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2158, a6, 0x6
    li a4, 0x123456789abcdef0
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2159, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2160, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2161, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2162, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2163, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2164, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2165, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2166, a6, 0x1abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2167, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2168, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2169, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2170, a6, 0x6
    li a4, 0x123456789abcdef0
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2171, a6, 0xffffffff9abcdef0
    li a4, 0x7
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2172, a6, 0x7
    li a4, 0x7
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2173, a6, 0x0
    li a4, 0x7
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2174, a6, 0x1
    li a4, 0x7
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2175, a6, 0x7
    li a4, 0x7
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2176, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2177, a6, 0x7
    li a4, 0x7
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2178, a6, 0x7
    li a4, 0x7
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2179, a6, 0x7
    li a4, 0x7
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2180, a6, 0x7
    li a4, 0x7
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2181, a6, 0x7
    li a4, 0x7
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2182, a6, 0x7
    li a4, 0x7
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2183, a6, 0x0
    li a4, 0x7
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2184, a6, 0x7
    li a4, 0xfffffffffffffff9
    li a5, 0x0
    remuw a6, a4, a5
    CHECK 2185, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x1
    remuw a6, a4, a5
    CHECK 2186, a6, 0x0
    li a4, 0xfffffffffffffff9
    li a5, 0x2
    remuw a6, a4, a5
    CHECK 2187, a6, 0x1
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffffffffffff
    remuw a6, a4, a5
    CHECK 2188, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffffe
    remuw a6, a4, a5
    CHECK 2189, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffffffffffff
    remuw a6, a4, a5
    CHECK 2190, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x8000000000000000
    remuw a6, a4, a5
    CHECK 2191, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x7fffffff
    remuw a6, a4, a5
    CHECK 2192, a6, 0x7ffffffa
    li a4, 0xfffffffffffffff9
    li a5, 0x80000000
    remuw a6, a4, a5
    CHECK 2193, a6, 0x7ffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0xffffffff
    remuw a6, a4, a5
    CHECK 2194, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    li a5, 0x123456789abcdef0
    remuw a6, a4, a5
    CHECK 2195, a6, 0x65432109
    li a4, 0xfffffffffffffff9
    li a5, 0x7
    remuw a6, a4, a5
    CHECK 2196, a6, 0x4
    li a4, 0xfffffffffffffff9
    li a5, 0xfffffffffffffff9
    remuw a6, a4, a5
    CHECK 2197, a6, 0x0
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

