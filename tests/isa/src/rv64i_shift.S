/* RV64I shifts: register and immediate, 64-bit and W forms, shift amounts masked to 6 or 5 bits.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64i_shift
    PUTS sll
    li a4, 0x0
    li a5, 0x0
    sll a6, a4, a5
    CHECK 1, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sll a6, a4, a5
    CHECK 2, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    sll a6, a4, a5
    CHECK 3, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 4, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    sll a6, a4, a5
    CHECK 5, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    sll a6, a4, a5
    CHECK 6, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 7, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    sll a6, a4, a5
    CHECK 8, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 9, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    sll a6, a4, a5
    CHECK 10, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    sll a6, a4, a5
    CHECK 11, a6, 0x2
    li a4, 0x1
    li a5, 0x5
    sll a6, a4, a5
    CHECK 12, a6, 0x20
    li a4, 0x1
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 13, a6, 0x80000000
    li a4, 0x1
    li a5, 0x20
    sll a6, a4, a5
    CHECK 14, a6, 0x100000000
    li a4, 0x1
    li a5, 0x21
    sll a6, a4, a5
    CHECK 15, a6, 0x200000000
    li a4, 0x1
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 16, a6, 0x8000000000000000
    li a4, 0x1
    li a5, 0x43
    sll a6, a4, a5
    CHECK 17, a6, 0x8
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 18, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sll a6, a4, a5
    CHECK 19, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sll a6, a4, a5
    CHECK 20, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x5
    sll a6, a4, a5
    CHECK 21, a6, 0xffffffffffffffe0
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 22, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x20
    sll a6, a4, a5
    CHECK 23, a6, 0xffffffff00000000
    li a4, 0xffffffffffffffff
    li a5, 0x21
    sll a6, a4, a5
    CHECK 24, a6, 0xfffffffe00000000
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 25, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x43
    sll a6, a4, a5
    CHECK 26, a6, 0xfffffffffffffff8
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 27, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sll a6, a4, a5
    CHECK 28, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sll a6, a4, a5
    CHECK 29, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    sll a6, a4, a5
    CHECK 30, a6, 0xffffffffffffffe0
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 31, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    sll a6, a4, a5
    CHECK 32, a6, 0xffffffff00000000
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    sll a6, a4, a5
    CHECK 33, a6, 0xfffffffe00000000
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 34, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    sll a6, a4, a5
    CHECK 35, a6, 0xfffffffffffffff8
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 36, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x0
    sll a6, a4, a5
    CHECK 37, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    sll a6, a4, a5
    CHECK 38, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x5
    sll a6, a4, a5
    CHECK 39, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 40, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x20
    sll a6, a4, a5
    CHECK 41, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x21
    sll a6, a4, a5
    CHECK 42, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 43, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x43
    sll a6, a4, a5
    CHECK 44, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 45, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    sll a6, a4, a5
    CHECK 46, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    sll a6, a4, a5
    CHECK 47, a6, 0xfffffffe
    li a4, 0x7fffffff
    li a5, 0x5
    sll a6, a4, a5
    CHECK 48, a6, 0xfffffffe0
    li a4, 0x7fffffff
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 49, a6, 0x3fffffff80000000
    li a4, 0x7fffffff
    li a5, 0x20
    sll a6, a4, a5
    CHECK 50, a6, 0x7fffffff00000000
    li a4, 0x7fffffff
    li a5, 0x21
    sll a6, a4, a5
    CHECK 51, a6, 0xfffffffe00000000
    li a4, 0x7fffffff
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 52, a6, 0x8000000000000000
    li a4, 0x7fffffff
    li a5, 0x43
    sll a6, a4, a5
    CHECK 53, a6, 0x3fffffff8
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 54, a6, 0x8000000000000000
    li a4, 0x80000000
    li a5, 0x0
    sll a6, a4, a5
    CHECK 55, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    sll a6, a4, a5
    CHECK 56, a6, 0x100000000
    li a4, 0x80000000
    li a5, 0x5
    sll a6, a4, a5
    CHECK 57, a6, 0x1000000000
    li a4, 0x80000000
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 58, a6, 0x4000000000000000
    li a4, 0x80000000
    li a5, 0x20
    sll a6, a4, a5
    CHECK 59, a6, 0x8000000000000000
    li a4, 0x80000000
    li a5, 0x21
    sll a6, a4, a5
    CHECK 60, a6, 0x0
    li a4, 0x80000000
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 61, a6, 0x0
    li a4, 0x80000000
    li a5, 0x43
    sll a6, a4, a5
    CHECK 62, a6, 0x400000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 63, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    sll a6, a4, a5
    CHECK 64, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    sll a6, a4, a5
    CHECK 65, a6, 0x1fffffffe
    li a4, 0xffffffff
    li a5, 0x5
    sll a6, a4, a5
    CHECK 66, a6, 0x1fffffffe0
    li a4, 0xffffffff
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 67, a6, 0x7fffffff80000000
    li a4, 0xffffffff
    li a5, 0x20
    sll a6, a4, a5
    CHECK 68, a6, 0xffffffff00000000
    li a4, 0xffffffff
    li a5, 0x21
    sll a6, a4, a5
    CHECK 69, a6, 0xfffffffe00000000
    li a4, 0xffffffff
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 70, a6, 0x8000000000000000
    li a4, 0xffffffff
    li a5, 0x43
    sll a6, a4, a5
    CHECK 71, a6, 0x7fffffff8
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 72, a6, 0x8000000000000000
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sll a6, a4, a5
    CHECK 73, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sll a6, a4, a5
    CHECK 74, a6, 0x2468acf13579bde0
    li a4, 0x123456789abcdef0
    li a5, 0x5
    sll a6, a4, a5
    CHECK 75, a6, 0x468acf13579bde00
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 76, a6, 0x4d5e6f7800000000
    li a4, 0x123456789abcdef0
    li a5, 0x20
    sll a6, a4, a5
    CHECK 77, a6, 0x9abcdef000000000
    li a4, 0x123456789abcdef0
    li a5, 0x21
    sll a6, a4, a5
    CHECK 78, a6, 0x3579bde000000000
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 79, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x43
    sll a6, a4, a5
    CHECK 80, a6, 0x91a2b3c4d5e6f780
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 81, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sll a6, a4, a5
    CHECK 82, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sll a6, a4, a5
    CHECK 83, a6, 0xfdb97530eca86420
    li a4, 0xfedcba9876543210
    li a5, 0x5
    sll a6, a4, a5
    CHECK 84, a6, 0xdb97530eca864200
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    sll a6, a4, a5
    CHECK 85, a6, 0x3b2a190800000000
    li a4, 0xfedcba9876543210
    li a5, 0x20
    sll a6, a4, a5
    CHECK 86, a6, 0x7654321000000000
    li a4, 0xfedcba9876543210
    li a5, 0x21
    sll a6, a4, a5
    CHECK 87, a6, 0xeca8642000000000
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    sll a6, a4, a5
    CHECK 88, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x43
    sll a6, a4, a5
    CHECK 89, a6, 0xf6e5d4c3b2a19080
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sll a6, a4, a5
    CHECK 90, a6, 0x0
    PUTS srl
    li a4, 0x0
    li a5, 0x0
    srl a6, a4, a5
    CHECK 91, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    srl a6, a4, a5
    CHECK 92, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    srl a6, a4, a5
    CHECK 93, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 94, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    srl a6, a4, a5
    CHECK 95, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    srl a6, a4, a5
    CHECK 96, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 97, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    srl a6, a4, a5
    CHECK 98, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 99, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    srl a6, a4, a5
    CHECK 100, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    srl a6, a4, a5
    CHECK 101, a6, 0x0
    li a4, 0x1
    li a5, 0x5
    srl a6, a4, a5
    CHECK 102, a6, 0x0
    li a4, 0x1
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 103, a6, 0x0
    li a4, 0x1
    li a5, 0x20
    srl a6, a4, a5
    CHECK 104, a6, 0x0
    li a4, 0x1
    li a5, 0x21
    srl a6, a4, a5
    CHECK 105, a6, 0x0
    li a4, 0x1
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 106, a6, 0x0
    li a4, 0x1
    li a5, 0x43
    srl a6, a4, a5
    CHECK 107, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 108, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    srl a6, a4, a5
    CHECK 109, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    srl a6, a4, a5
    CHECK 110, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x5
    srl a6, a4, a5
    CHECK 111, a6, 0x7ffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 112, a6, 0x1ffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x20
    srl a6, a4, a5
    CHECK 113, a6, 0xffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x21
    srl a6, a4, a5
    CHECK 114, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 115, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x43
    srl a6, a4, a5
    CHECK 116, a6, 0x1fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 117, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    srl a6, a4, a5
    CHECK 118, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    srl a6, a4, a5
    CHECK 119, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    srl a6, a4, a5
    CHECK 120, a6, 0x3ffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 121, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    srl a6, a4, a5
    CHECK 122, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    srl a6, a4, a5
    CHECK 123, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 124, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    srl a6, a4, a5
    CHECK 125, a6, 0xfffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 126, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    srl a6, a4, a5
    CHECK 127, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    srl a6, a4, a5
    CHECK 128, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    li a5, 0x5
    srl a6, a4, a5
    CHECK 129, a6, 0x400000000000000
    li a4, 0x8000000000000000
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 130, a6, 0x100000000
    li a4, 0x8000000000000000
    li a5, 0x20
    srl a6, a4, a5
    CHECK 131, a6, 0x80000000
    li a4, 0x8000000000000000
    li a5, 0x21
    srl a6, a4, a5
    CHECK 132, a6, 0x40000000
    li a4, 0x8000000000000000
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 133, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x43
    srl a6, a4, a5
    CHECK 134, a6, 0x1000000000000000
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 135, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x0
    srl a6, a4, a5
    CHECK 136, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    srl a6, a4, a5
    CHECK 137, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x5
    srl a6, a4, a5
    CHECK 138, a6, 0x3ffffff
    li a4, 0x7fffffff
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 139, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x20
    srl a6, a4, a5
    CHECK 140, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x21
    srl a6, a4, a5
    CHECK 141, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 142, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x43
    srl a6, a4, a5
    CHECK 143, a6, 0xfffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 144, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    srl a6, a4, a5
    CHECK 145, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    srl a6, a4, a5
    CHECK 146, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x5
    srl a6, a4, a5
    CHECK 147, a6, 0x4000000
    li a4, 0x80000000
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 148, a6, 0x1
    li a4, 0x80000000
    li a5, 0x20
    srl a6, a4, a5
    CHECK 149, a6, 0x0
    li a4, 0x80000000
    li a5, 0x21
    srl a6, a4, a5
    CHECK 150, a6, 0x0
    li a4, 0x80000000
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 151, a6, 0x0
    li a4, 0x80000000
    li a5, 0x43
    srl a6, a4, a5
    CHECK 152, a6, 0x10000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 153, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    srl a6, a4, a5
    CHECK 154, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    srl a6, a4, a5
    CHECK 155, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x5
    srl a6, a4, a5
    CHECK 156, a6, 0x7ffffff
    li a4, 0xffffffff
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 157, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x20
    srl a6, a4, a5
    CHECK 158, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x21
    srl a6, a4, a5
    CHECK 159, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 160, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x43
    srl a6, a4, a5
    CHECK 161, a6, 0x1fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 162, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x0
    srl a6, a4, a5
    CHECK 163, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    srl a6, a4, a5
    CHECK 164, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x5
    srl a6, a4, a5
    CHECK 165, a6, 0x91a2b3c4d5e6f7
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 166, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0x20
    srl a6, a4, a5
    CHECK 167, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x21
    srl a6, a4, a5
    CHECK 168, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 169, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x43
    srl a6, a4, a5
    CHECK 170, a6, 0x2468acf13579bde
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 171, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    srl a6, a4, a5
    CHECK 172, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    srl a6, a4, a5
    CHECK 173, a6, 0x7f6e5d4c3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x5
    srl a6, a4, a5
    CHECK 174, a6, 0x7f6e5d4c3b2a190
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    srl a6, a4, a5
    CHECK 175, a6, 0x1fdb97530
    li a4, 0xfedcba9876543210
    li a5, 0x20
    srl a6, a4, a5
    CHECK 176, a6, 0xfedcba98
    li a4, 0xfedcba9876543210
    li a5, 0x21
    srl a6, a4, a5
    CHECK 177, a6, 0x7f6e5d4c
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    srl a6, a4, a5
    CHECK 178, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x43
    srl a6, a4, a5
    CHECK 179, a6, 0x1fdb97530eca8642
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    srl a6, a4, a5
    CHECK 180, a6, 0x1
    PUTS sra
    li a4, 0x0
    li a5, 0x0
    sra a6, a4, a5
    CHECK 181, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sra a6, a4, a5
    CHECK 182, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    sra a6, a4, a5
    CHECK 183, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 184, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    sra a6, a4, a5
    CHECK 185, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    sra a6, a4, a5
    CHECK 186, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 187, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    sra a6, a4, a5
    CHECK 188, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 189, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    sra a6, a4, a5
    CHECK 190, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    sra a6, a4, a5
    CHECK 191, a6, 0x0
    li a4, 0x1
    li a5, 0x5
    sra a6, a4, a5
    CHECK 192, a6, 0x0
    li a4, 0x1
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 193, a6, 0x0
    li a4, 0x1
    li a5, 0x20
    sra a6, a4, a5
    CHECK 194, a6, 0x0
    li a4, 0x1
    li a5, 0x21
    sra a6, a4, a5
    CHECK 195, a6, 0x0
    li a4, 0x1
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 196, a6, 0x0
    li a4, 0x1
    li a5, 0x43
    sra a6, a4, a5
    CHECK 197, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 198, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sra a6, a4, a5
    CHECK 199, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sra a6, a4, a5
    CHECK 200, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x5
    sra a6, a4, a5
    CHECK 201, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 202, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x20
    sra a6, a4, a5
    CHECK 203, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x21
    sra a6, a4, a5
    CHECK 204, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 205, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x43
    sra a6, a4, a5
    CHECK 206, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 207, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sra a6, a4, a5
    CHECK 208, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sra a6, a4, a5
    CHECK 209, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    sra a6, a4, a5
    CHECK 210, a6, 0x3ffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 211, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    sra a6, a4, a5
    CHECK 212, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    sra a6, a4, a5
    CHECK 213, a6, 0x3fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 214, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    sra a6, a4, a5
    CHECK 215, a6, 0xfffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 216, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    sra a6, a4, a5
    CHECK 217, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    sra a6, a4, a5
    CHECK 218, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    li a5, 0x5
    sra a6, a4, a5
    CHECK 219, a6, 0xfc00000000000000
    li a4, 0x8000000000000000
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 220, a6, 0xffffffff00000000
    li a4, 0x8000000000000000
    li a5, 0x20
    sra a6, a4, a5
    CHECK 221, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x21
    sra a6, a4, a5
    CHECK 222, a6, 0xffffffffc0000000
    li a4, 0x8000000000000000
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 223, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x43
    sra a6, a4, a5
    CHECK 224, a6, 0xf000000000000000
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 225, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x0
    sra a6, a4, a5
    CHECK 226, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    sra a6, a4, a5
    CHECK 227, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x5
    sra a6, a4, a5
    CHECK 228, a6, 0x3ffffff
    li a4, 0x7fffffff
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 229, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x20
    sra a6, a4, a5
    CHECK 230, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x21
    sra a6, a4, a5
    CHECK 231, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 232, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x43
    sra a6, a4, a5
    CHECK 233, a6, 0xfffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 234, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    sra a6, a4, a5
    CHECK 235, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    sra a6, a4, a5
    CHECK 236, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x5
    sra a6, a4, a5
    CHECK 237, a6, 0x4000000
    li a4, 0x80000000
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 238, a6, 0x1
    li a4, 0x80000000
    li a5, 0x20
    sra a6, a4, a5
    CHECK 239, a6, 0x0
    li a4, 0x80000000
    li a5, 0x21
    sra a6, a4, a5
    CHECK 240, a6, 0x0
    li a4, 0x80000000
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 241, a6, 0x0
    li a4, 0x80000000
    li a5, 0x43
    sra a6, a4, a5
    CHECK 242, a6, 0x10000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 243, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    sra a6, a4, a5
    CHECK 244, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    sra a6, a4, a5
    CHECK 245, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x5
    sra a6, a4, a5
    CHECK 246, a6, 0x7ffffff
    li a4, 0xffffffff
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 247, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x20
    sra a6, a4, a5
    CHECK 248, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x21
    sra a6, a4, a5
    CHECK 249, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 250, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x43
    sra a6, a4, a5
    CHECK 251, a6, 0x1fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 252, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sra a6, a4, a5
    CHECK 253, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sra a6, a4, a5
    CHECK 254, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x5
    sra a6, a4, a5
    CHECK 255, a6, 0x91a2b3c4d5e6f7
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 256, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    li a5, 0x20
    sra a6, a4, a5
    CHECK 257, a6, 0x12345678
    li a4, 0x123456789abcdef0
    li a5, 0x21
    sra a6, a4, a5
    CHECK 258, a6, 0x91a2b3c
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 259, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x43
    sra a6, a4, a5
    CHECK 260, a6, 0x2468acf13579bde
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 261, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sra a6, a4, a5
    CHECK 262, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sra a6, a4, a5
    CHECK 263, a6, 0xff6e5d4c3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x5
    sra a6, a4, a5
    CHECK 264, a6, 0xfff6e5d4c3b2a190
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    sra a6, a4, a5
    CHECK 265, a6, 0xfffffffffdb97530
    li a4, 0xfedcba9876543210
    li a5, 0x20
    sra a6, a4, a5
    CHECK 266, a6, 0xfffffffffedcba98
    li a4, 0xfedcba9876543210
    li a5, 0x21
    sra a6, a4, a5
    CHECK 267, a6, 0xffffffffff6e5d4c
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    sra a6, a4, a5
    CHECK 268, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    li a5, 0x43
    sra a6, a4, a5
    CHECK 269, a6, 0xffdb97530eca8642
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sra a6, a4, a5
    CHECK 270, a6, 0xffffffffffffffff
    PUTS sllw
    li a4, 0x0
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 1, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 2, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 3, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 4, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 5, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 6, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 7, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 8, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 9, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 10, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 11, a6, 0x2
    li a4, 0x1
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 12, a6, 0x20
    li a4, 0x1
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 13, a6, 0xffffffff80000000
    li a4, 0x1
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 14, a6, 0x1
    li a4, 0x1
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 15, a6, 0x2
    li a4, 0x1
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 16, a6, 0xffffffff80000000
    li a4, 0x1
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 17, a6, 0x8
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 18, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 19, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 20, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 21, a6, 0xffffffffffffffe0
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 22, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 23, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 24, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 25, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 26, a6, 0xfffffffffffffff8
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 27, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 28, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 29, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 30, a6, 0xffffffffffffffe0
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 31, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 32, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 33, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 34, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 35, a6, 0xfffffffffffffff8
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 36, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 37, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 38, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 39, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 40, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 41, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 42, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 43, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 44, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 45, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 46, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 47, a6, 0xfffffffffffffffe
    li a4, 0x7fffffff
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 48, a6, 0xffffffffffffffe0
    li a4, 0x7fffffff
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 49, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 50, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 51, a6, 0xfffffffffffffffe
    li a4, 0x7fffffff
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 52, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 53, a6, 0xfffffffffffffff8
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 54, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 55, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 56, a6, 0x0
    li a4, 0x80000000
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 57, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 58, a6, 0x0
    li a4, 0x80000000
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 59, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 60, a6, 0x0
    li a4, 0x80000000
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 61, a6, 0x0
    li a4, 0x80000000
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 62, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 63, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 64, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 65, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 66, a6, 0xffffffffffffffe0
    li a4, 0xffffffff
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 67, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 68, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 69, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 70, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 71, a6, 0xfffffffffffffff8
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 72, a6, 0xffffffff80000000
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 73, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 74, a6, 0x3579bde0
    li a4, 0x123456789abcdef0
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 75, a6, 0x579bde00
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 76, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 77, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 78, a6, 0x3579bde0
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 79, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 80, a6, 0xffffffffd5e6f780
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 81, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sllw a6, a4, a5
    CHECK 82, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sllw a6, a4, a5
    CHECK 83, a6, 0xffffffffeca86420
    li a4, 0xfedcba9876543210
    li a5, 0x5
    sllw a6, a4, a5
    CHECK 84, a6, 0xffffffffca864200
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    sllw a6, a4, a5
    CHECK 85, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x20
    sllw a6, a4, a5
    CHECK 86, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x21
    sllw a6, a4, a5
    CHECK 87, a6, 0xffffffffeca86420
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    sllw a6, a4, a5
    CHECK 88, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x43
    sllw a6, a4, a5
    CHECK 89, a6, 0xffffffffb2a19080
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sllw a6, a4, a5
    CHECK 90, a6, 0x0
    PUTS srlw
    li a4, 0x0
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 91, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 92, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 93, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 94, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 95, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 96, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 97, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 98, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 99, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 100, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 101, a6, 0x0
    li a4, 0x1
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 102, a6, 0x0
    li a4, 0x1
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 103, a6, 0x0
    li a4, 0x1
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 104, a6, 0x1
    li a4, 0x1
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 105, a6, 0x0
    li a4, 0x1
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 106, a6, 0x0
    li a4, 0x1
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 107, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 108, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 109, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 110, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 111, a6, 0x7ffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 112, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 113, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 114, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 115, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 116, a6, 0x1fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 117, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 118, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 119, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 120, a6, 0x7ffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 121, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 122, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 123, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 124, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 125, a6, 0x1fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 126, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 127, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 128, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 129, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 130, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 131, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 132, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 133, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 134, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 135, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 136, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 137, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 138, a6, 0x3ffffff
    li a4, 0x7fffffff
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 139, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 140, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 141, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 142, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 143, a6, 0xfffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 144, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 145, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 146, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 147, a6, 0x4000000
    li a4, 0x80000000
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 148, a6, 0x1
    li a4, 0x80000000
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 149, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 150, a6, 0x40000000
    li a4, 0x80000000
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 151, a6, 0x1
    li a4, 0x80000000
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 152, a6, 0x10000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 153, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 154, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 155, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 156, a6, 0x7ffffff
    li a4, 0xffffffff
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 157, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 158, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 159, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 160, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 161, a6, 0x1fffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 162, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 163, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 164, a6, 0x4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 165, a6, 0x4d5e6f7
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 166, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 167, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 168, a6, 0x4d5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 169, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 170, a6, 0x13579bde
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 171, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x0
    srlw a6, a4, a5
    CHECK 172, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    srlw a6, a4, a5
    CHECK 173, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x5
    srlw a6, a4, a5
    CHECK 174, a6, 0x3b2a190
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    srlw a6, a4, a5
    CHECK 175, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x20
    srlw a6, a4, a5
    CHECK 176, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x21
    srlw a6, a4, a5
    CHECK 177, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    srlw a6, a4, a5
    CHECK 178, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x43
    srlw a6, a4, a5
    CHECK 179, a6, 0xeca8642
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    srlw a6, a4, a5
    CHECK 180, a6, 0x0
    PUTS sraw
    li a4, 0x0
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 181, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 182, a6, 0x0
    li a4, 0x0
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 183, a6, 0x0
    li a4, 0x0
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 184, a6, 0x0
    li a4, 0x0
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 185, a6, 0x0
    li a4, 0x0
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 186, a6, 0x0
    li a4, 0x0
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 187, a6, 0x0
    li a4, 0x0
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 188, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 189, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 190, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 191, a6, 0x0
    li a4, 0x1
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 192, a6, 0x0
    li a4, 0x1
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 193, a6, 0x0
    li a4, 0x1
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 194, a6, 0x1
    li a4, 0x1
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 195, a6, 0x0
    li a4, 0x1
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 196, a6, 0x0
    li a4, 0x1
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 197, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 198, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 199, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 200, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 201, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 202, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 203, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 204, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 205, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 206, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 207, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 208, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 209, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 210, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 211, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 212, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 213, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 214, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 215, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 216, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 217, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 218, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 219, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 220, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 221, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 222, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 223, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 224, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 225, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 226, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 227, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 228, a6, 0x3ffffff
    li a4, 0x7fffffff
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 229, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 230, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 231, a6, 0x3fffffff
    li a4, 0x7fffffff
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 232, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 233, a6, 0xfffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 234, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 235, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 236, a6, 0xffffffffc0000000
    li a4, 0x80000000
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 237, a6, 0xfffffffffc000000
    li a4, 0x80000000
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 238, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 239, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 240, a6, 0xffffffffc0000000
    li a4, 0x80000000
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 241, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 242, a6, 0xfffffffff0000000
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 243, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 244, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 245, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 246, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 247, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 248, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 249, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 250, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 251, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 252, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 253, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 254, a6, 0xffffffffcd5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 255, a6, 0xfffffffffcd5e6f7
    li a4, 0x123456789abcdef0
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 256, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 257, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 258, a6, 0xffffffffcd5e6f78
    li a4, 0x123456789abcdef0
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 259, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 260, a6, 0xfffffffff3579bde
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 261, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sraw a6, a4, a5
    CHECK 262, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sraw a6, a4, a5
    CHECK 263, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x5
    sraw a6, a4, a5
    CHECK 264, a6, 0x3b2a190
    li a4, 0xfedcba9876543210
    li a5, 0x1f
    sraw a6, a4, a5
    CHECK 265, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x20
    sraw a6, a4, a5
    CHECK 266, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x21
    sraw a6, a4, a5
    CHECK 267, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    li a5, 0x3f
    sraw a6, a4, a5
    CHECK 268, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x43
    sraw a6, a4, a5
    CHECK 269, a6, 0xeca8642
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sraw a6, a4, a5
    CHECK 270, a6, 0x0
    PUTS slli
    li a4, 0x0
    slli a6, a4, 0
    CHECK 4097, a6, 0x0
    li a4, 0x0
    slli a6, a4, 1
    CHECK 4098, a6, 0x0
    li a4, 0x0
    slli a6, a4, 13
    CHECK 4099, a6, 0x0
    li a4, 0x0
    slli a6, a4, 31
    CHECK 4100, a6, 0x0
    li a4, 0x0
    slli a6, a4, 32
    CHECK 4101, a6, 0x0
    li a4, 0x0
    slli a6, a4, 63
    CHECK 4102, a6, 0x0
    li a4, 0x1
    slli a6, a4, 0
    CHECK 4103, a6, 0x1
    li a4, 0x1
    slli a6, a4, 1
    CHECK 4104, a6, 0x2
    li a4, 0x1
    slli a6, a4, 13
    CHECK 4105, a6, 0x2000
    li a4, 0x1
    slli a6, a4, 31
    CHECK 4106, a6, 0x80000000
    li a4, 0x1
    slli a6, a4, 32
    CHECK 4107, a6, 0x100000000
    li a4, 0x1
    slli a6, a4, 63
    CHECK 4108, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    slli a6, a4, 0
    CHECK 4109, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    slli a6, a4, 1
    CHECK 4110, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    slli a6, a4, 13
    CHECK 4111, a6, 0xffffffffffffe000
    li a4, 0xffffffffffffffff
    slli a6, a4, 31
    CHECK 4112, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    slli a6, a4, 32
    CHECK 4113, a6, 0xffffffff00000000
    li a4, 0xffffffffffffffff
    slli a6, a4, 63
    CHECK 4114, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    slli a6, a4, 0
    CHECK 4115, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    slli a6, a4, 1
    CHECK 4116, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    slli a6, a4, 13
    CHECK 4117, a6, 0xffffffffffffe000
    li a4, 0x7fffffffffffffff
    slli a6, a4, 31
    CHECK 4118, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    slli a6, a4, 32
    CHECK 4119, a6, 0xffffffff00000000
    li a4, 0x7fffffffffffffff
    slli a6, a4, 63
    CHECK 4120, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    slli a6, a4, 0
    CHECK 4121, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    slli a6, a4, 1
    CHECK 4122, a6, 0x0
    li a4, 0x8000000000000000
    slli a6, a4, 13
    CHECK 4123, a6, 0x0
    li a4, 0x8000000000000000
    slli a6, a4, 31
    CHECK 4124, a6, 0x0
    li a4, 0x8000000000000000
    slli a6, a4, 32
    CHECK 4125, a6, 0x0
    li a4, 0x8000000000000000
    slli a6, a4, 63
    CHECK 4126, a6, 0x0
    li a4, 0x7fffffff
    slli a6, a4, 0
    CHECK 4127, a6, 0x7fffffff
    li a4, 0x7fffffff
    slli a6, a4, 1
    CHECK 4128, a6, 0xfffffffe
    li a4, 0x7fffffff
    slli a6, a4, 13
    CHECK 4129, a6, 0xfffffffe000
    li a4, 0x7fffffff
    slli a6, a4, 31
    CHECK 4130, a6, 0x3fffffff80000000
    li a4, 0x7fffffff
    slli a6, a4, 32
    CHECK 4131, a6, 0x7fffffff00000000
    li a4, 0x7fffffff
    slli a6, a4, 63
    CHECK 4132, a6, 0x8000000000000000
    li a4, 0x80000000
    slli a6, a4, 0
    CHECK 4133, a6, 0x80000000
    li a4, 0x80000000
    slli a6, a4, 1
    CHECK 4134, a6, 0x100000000
    li a4, 0x80000000
    slli a6, a4, 13
    CHECK 4135, a6, 0x100000000000
    li a4, 0x80000000
    slli a6, a4, 31
    CHECK 4136, a6, 0x4000000000000000
    li a4, 0x80000000
    slli a6, a4, 32
    CHECK 4137, a6, 0x8000000000000000
    li a4, 0x80000000
    slli a6, a4, 63
    CHECK 4138, a6, 0x0
    li a4, 0xffffffff
    slli a6, a4, 0
    CHECK 4139, a6, 0xffffffff
    li a4, 0xffffffff
    slli a6, a4, 1
    CHECK 4140, a6, 0x1fffffffe
    li a4, 0xffffffff
    slli a6, a4, 13
    CHECK 4141, a6, 0x1fffffffe000
    li a4, 0xffffffff
    slli a6, a4, 31
    CHECK 4142, a6, 0x7fffffff80000000
    li a4, 0xffffffff
    slli a6, a4, 32
    CHECK 4143, a6, 0xffffffff00000000
    li a4, 0xffffffff
    slli a6, a4, 63
    CHECK 4144, a6, 0x8000000000000000
    li a4, 0x123456789abcdef0
    slli a6, a4, 0
    CHECK 4145, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    slli a6, a4, 1
    CHECK 4146, a6, 0x2468acf13579bde0
    li a4, 0x123456789abcdef0
    slli a6, a4, 13
    CHECK 4147, a6, 0x8acf13579bde0000
    li a4, 0x123456789abcdef0
    slli a6, a4, 31
    CHECK 4148, a6, 0x4d5e6f7800000000
    li a4, 0x123456789abcdef0
    slli a6, a4, 32
    CHECK 4149, a6, 0x9abcdef000000000
    li a4, 0x123456789abcdef0
    slli a6, a4, 63
    CHECK 4150, a6, 0x0
    li a4, 0xfedcba9876543210
    slli a6, a4, 0
    CHECK 4151, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    slli a6, a4, 1
    CHECK 4152, a6, 0xfdb97530eca86420
    li a4, 0xfedcba9876543210
    slli a6, a4, 13
    CHECK 4153, a6, 0x97530eca86420000
    li a4, 0xfedcba9876543210
    slli a6, a4, 31
    CHECK 4154, a6, 0x3b2a190800000000
    li a4, 0xfedcba9876543210
    slli a6, a4, 32
    CHECK 4155, a6, 0x7654321000000000
    li a4, 0xfedcba9876543210
    slli a6, a4, 63
    CHECK 4156, a6, 0x0
    PUTS srli
    li a4, 0x0
    srli a6, a4, 0
    CHECK 4157, a6, 0x0
    li a4, 0x0
    srli a6, a4, 1
    CHECK 4158, a6, 0x0
    li a4, 0x0
    srli a6, a4, 13
    CHECK 4159, a6, 0x0
    li a4, 0x0
    srli a6, a4, 31
    CHECK 4160, a6, 0x0
    li a4, 0x0
    srli a6, a4, 32
    CHECK 4161, a6, 0x0
    li a4, 0x0
    srli a6, a4, 63
    CHECK 4162, a6, 0x0
    li a4, 0x1
    srli a6, a4, 0
    CHECK 4163, a6, 0x1
    li a4, 0x1
    srli a6, a4, 1
    CHECK 4164, a6, 0x0
    li a4, 0x1
    srli a6, a4, 13
    CHECK 4165, a6, 0x0
    li a4, 0x1
    srli a6, a4, 31
    CHECK 4166, a6, 0x0
    li a4, 0x1
    srli a6, a4, 32
    CHECK 4167, a6, 0x0
    li a4, 0x1
    srli a6, a4, 63
    CHECK 4168, a6, 0x0
    li a4, 0xffffffffffffffff
    srli a6, a4, 0
    CHECK 4169, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srli a6, a4, 1
    CHECK 4170, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    srli a6, a4, 13
    CHECK 4171, a6, 0x7ffffffffffff
    li a4, 0xffffffffffffffff
    srli a6, a4, 31
    CHECK 4172, a6, 0x1ffffffff
    li a4, 0xffffffffffffffff
    srli a6, a4, 32
    CHECK 4173, a6, 0xffffffff
    li a4, 0xffffffffffffffff
    srli a6, a4, 63
    CHECK 4174, a6, 0x1
    li a4, 0x7fffffffffffffff
    srli a6, a4, 0
    CHECK 4175, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    srli a6, a4, 1
    CHECK 4176, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    srli a6, a4, 13
    CHECK 4177, a6, 0x3ffffffffffff
    li a4, 0x7fffffffffffffff
    srli a6, a4, 31
    CHECK 4178, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    srli a6, a4, 32
    CHECK 4179, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    srli a6, a4, 63
    CHECK 4180, a6, 0x0
    li a4, 0x8000000000000000
    srli a6, a4, 0
    CHECK 4181, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    srli a6, a4, 1
    CHECK 4182, a6, 0x4000000000000000
    li a4, 0x8000000000000000
    srli a6, a4, 13
    CHECK 4183, a6, 0x4000000000000
    li a4, 0x8000000000000000
    srli a6, a4, 31
    CHECK 4184, a6, 0x100000000
    li a4, 0x8000000000000000
    srli a6, a4, 32
    CHECK 4185, a6, 0x80000000
    li a4, 0x8000000000000000
    srli a6, a4, 63
    CHECK 4186, a6, 0x1
    li a4, 0x7fffffff
    srli a6, a4, 0
    CHECK 4187, a6, 0x7fffffff
    li a4, 0x7fffffff
    srli a6, a4, 1
    CHECK 4188, a6, 0x3fffffff
    li a4, 0x7fffffff
    srli a6, a4, 13
    CHECK 4189, a6, 0x3ffff
    li a4, 0x7fffffff
    srli a6, a4, 31
    CHECK 4190, a6, 0x0
    li a4, 0x7fffffff
    srli a6, a4, 32
    CHECK 4191, a6, 0x0
    li a4, 0x7fffffff
    srli a6, a4, 63
    CHECK 4192, a6, 0x0
    li a4, 0x80000000
    srli a6, a4, 0
    CHECK 4193, a6, 0x80000000
    li a4, 0x80000000
    srli a6, a4, 1
    CHECK 4194, a6, 0x40000000
    li a4, 0x80000000
    srli a6, a4, 13
    CHECK 4195, a6, 0x40000
    li a4, 0x80000000
    srli a6, a4, 31
    CHECK 4196, a6, 0x1
    li a4, 0x80000000
    srli a6, a4, 32
    CHECK 4197, a6, 0x0
    li a4, 0x80000000
    srli a6, a4, 63
    CHECK 4198, a6, 0x0
    li a4, 0xffffffff
    srli a6, a4, 0
    CHECK 4199, a6, 0xffffffff
    li a4, 0xffffffff
    srli a6, a4, 1
    CHECK 4200, a6, 0x7fffffff
    li a4, 0xffffffff
    srli a6, a4, 13
    CHECK 4201, a6, 0x7ffff
    li a4, 0xffffffff
    srli a6, a4, 31
    CHECK 4202, a6, 0x1
    li a4, 0xffffffff
    srli a6, a4, 32
    CHECK 4203, a6, 0x0
    li a4, 0xffffffff
    srli a6, a4, 63
    CHECK 4204, a6, 0x0
    li a4, 0x123456789abcdef0
    srli a6, a4, 0
    CHECK 4205, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    srli a6, a4, 1
    CHECK 4206, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    srli a6, a4, 13
    CHECK 4207, a6, 0x91a2b3c4d5e6
    li a4, 0x123456789abcdef0
    srli a6, a4, 31
    CHECK 4208, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    srli a6, a4, 32
    CHECK 4209, a6, 0x12345678
    li a4, 0x123456789abcdef0
    srli a6, a4, 63
    CHECK 4210, a6, 0x0
    li a4, 0xfedcba9876543210
    srli a6, a4, 0
    CHECK 4211, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    srli a6, a4, 1
    CHECK 4212, a6, 0x7f6e5d4c3b2a1908
    li a4, 0xfedcba9876543210
    srli a6, a4, 13
    CHECK 4213, a6, 0x7f6e5d4c3b2a1
    li a4, 0xfedcba9876543210
    srli a6, a4, 31
    CHECK 4214, a6, 0x1fdb97530
    li a4, 0xfedcba9876543210
    srli a6, a4, 32
    CHECK 4215, a6, 0xfedcba98
    li a4, 0xfedcba9876543210
    srli a6, a4, 63
    CHECK 4216, a6, 0x1
    PUTS srai
    li a4, 0x0
    srai a6, a4, 0
    CHECK 4217, a6, 0x0
    li a4, 0x0
    srai a6, a4, 1
    CHECK 4218, a6, 0x0
    li a4, 0x0
    srai a6, a4, 13
    CHECK 4219, a6, 0x0
    li a4, 0x0
    srai a6, a4, 31
    CHECK 4220, a6, 0x0
    li a4, 0x0
    srai a6, a4, 32
    CHECK 4221, a6, 0x0
    li a4, 0x0
    srai a6, a4, 63
    CHECK 4222, a6, 0x0
    li a4, 0x1
    srai a6, a4, 0
    CHECK 4223, a6, 0x1
    li a4, 0x1
    srai a6, a4, 1
    CHECK 4224, a6, 0x0
    li a4, 0x1
    srai a6, a4, 13
    CHECK 4225, a6, 0x0
    li a4, 0x1
    srai a6, a4, 31
    CHECK 4226, a6, 0x0
    li a4, 0x1
    srai a6, a4, 32
    CHECK 4227, a6, 0x0
    li a4, 0x1
    srai a6, a4, 63
    CHECK 4228, a6, 0x0
    li a4, 0xffffffffffffffff
    srai a6, a4, 0
    CHECK 4229, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srai a6, a4, 1
    CHECK 4230, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srai a6, a4, 13
    CHECK 4231, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srai a6, a4, 31
    CHECK 4232, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srai a6, a4, 32
    CHECK 4233, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srai a6, a4, 63
    CHECK 4234, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 0
    CHECK 4235, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 1
    CHECK 4236, a6, 0x3fffffffffffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 13
    CHECK 4237, a6, 0x3ffffffffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 31
    CHECK 4238, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 32
    CHECK 4239, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    srai a6, a4, 63
    CHECK 4240, a6, 0x0
    li a4, 0x8000000000000000
    srai a6, a4, 0
    CHECK 4241, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    srai a6, a4, 1
    CHECK 4242, a6, 0xc000000000000000
    li a4, 0x8000000000000000
    srai a6, a4, 13
    CHECK 4243, a6, 0xfffc000000000000
    li a4, 0x8000000000000000
    srai a6, a4, 31
    CHECK 4244, a6, 0xffffffff00000000
    li a4, 0x8000000000000000
    srai a6, a4, 32
    CHECK 4245, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    srai a6, a4, 63
    CHECK 4246, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    srai a6, a4, 0
    CHECK 4247, a6, 0x7fffffff
    li a4, 0x7fffffff
    srai a6, a4, 1
    CHECK 4248, a6, 0x3fffffff
    li a4, 0x7fffffff
    srai a6, a4, 13
    CHECK 4249, a6, 0x3ffff
    li a4, 0x7fffffff
    srai a6, a4, 31
    CHECK 4250, a6, 0x0
    li a4, 0x7fffffff
    srai a6, a4, 32
    CHECK 4251, a6, 0x0
    li a4, 0x7fffffff
    srai a6, a4, 63
    CHECK 4252, a6, 0x0
    li a4, 0x80000000
    srai a6, a4, 0
    CHECK 4253, a6, 0x80000000
    li a4, 0x80000000
    srai a6, a4, 1
    CHECK 4254, a6, 0x40000000
    li a4, 0x80000000
    srai a6, a4, 13
    CHECK 4255, a6, 0x40000
    li a4, 0x80000000
    srai a6, a4, 31
    CHECK 4256, a6, 0x1
    li a4, 0x80000000
    srai a6, a4, 32
    CHECK 4257, a6, 0x0
    li a4, 0x80000000
    srai a6, a4, 63
    CHECK 4258, a6, 0x0
    li a4, 0xffffffff
    srai a6, a4, 0
    CHECK 4259, a6, 0xffffffff
    li a4, 0xffffffff
    srai a6, a4, 1
    CHECK 4260, a6, 0x7fffffff
    li a4, 0xffffffff
    srai a6, a4, 13
    CHECK 4261, a6, 0x7ffff
    li a4, 0xffffffff
    srai a6, a4, 31
    CHECK 4262, a6, 0x1
    li a4, 0xffffffff
    srai a6, a4, 32
    CHECK 4263, a6, 0x0
    li a4, 0xffffffff
    srai a6, a4, 63
    CHECK 4264, a6, 0x0
    li a4, 0x123456789abcdef0
    srai a6, a4, 0
    CHECK 4265, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    srai a6, a4, 1
    CHECK 4266, a6, 0x91a2b3c4d5e6f78
    li a4, 0x123456789abcdef0
    srai a6, a4, 13
    CHECK 4267, a6, 0x91a2b3c4d5e6
    li a4, 0x123456789abcdef0
    srai a6, a4, 31
    CHECK 4268, a6, 0x2468acf1
    li a4, 0x123456789abcdef0
    srai a6, a4, 32
    CHECK 4269, a6, 0x12345678
    li a4, 0x123456789abcdef0
    srai a6, a4, 63
    CHECK 4270, a6, 0x0
    li a4, 0xfedcba9876543210
    srai a6, a4, 0
    CHECK 4271, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    srai a6, a4, 1
    CHECK 4272, a6, 0xff6e5d4c3b2a1908
    li a4, 0xfedcba9876543210
    srai a6, a4, 13
    CHECK 4273, a6, 0xfffff6e5d4c3b2a1
    li a4, 0xfedcba9876543210
    srai a6, a4, 31
    CHECK 4274, a6, 0xfffffffffdb97530
    li a4, 0xfedcba9876543210
    srai a6, a4, 32
    CHECK 4275, a6, 0xfffffffffedcba98
    li a4, 0xfedcba9876543210
    srai a6, a4, 63
    CHECK 4276, a6, 0xffffffffffffffff
    PUTS slliw
    li a4, 0x0
    slliw a6, a4, 0
    CHECK 4277, a6, 0x0
    li a4, 0x0
    slliw a6, a4, 1
    CHECK 4278, a6, 0x0
    li a4, 0x0
    slliw a6, a4, 13
    CHECK 4279, a6, 0x0
    li a4, 0x0
    slliw a6, a4, 31
    CHECK 4280, a6, 0x0
    li a4, 0x1
    slliw a6, a4, 0
    CHECK 4281, a6, 0x1
    li a4, 0x1
    slliw a6, a4, 1
    CHECK 4282, a6, 0x2
    li a4, 0x1
    slliw a6, a4, 13
    CHECK 4283, a6, 0x2000
    li a4, 0x1
    slliw a6, a4, 31
    CHECK 4284, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    slliw a6, a4, 0
    CHECK 4285, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    slliw a6, a4, 1
    CHECK 4286, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    slliw a6, a4, 13
    CHECK 4287, a6, 0xffffffffffffe000
    li a4, 0xffffffffffffffff
    slliw a6, a4, 31
    CHECK 4288, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    slliw a6, a4, 0
    CHECK 4289, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    slliw a6, a4, 1
    CHECK 4290, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    slliw a6, a4, 13
    CHECK 4291, a6, 0xffffffffffffe000
    li a4, 0x7fffffffffffffff
    slliw a6, a4, 31
    CHECK 4292, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    slliw a6, a4, 0
    CHECK 4293, a6, 0x0
    li a4, 0x8000000000000000
    slliw a6, a4, 1
    CHECK 4294, a6, 0x0
    li a4, 0x8000000000000000
    slliw a6, a4, 13
    CHECK 4295, a6, 0x0
    li a4, 0x8000000000000000
    slliw a6, a4, 31
    CHECK 4296, a6, 0x0
    li a4, 0x7fffffff
    slliw a6, a4, 0
    CHECK 4297, a6, 0x7fffffff
    li a4, 0x7fffffff
    slliw a6, a4, 1
    CHECK 4298, a6, 0xfffffffffffffffe
    li a4, 0x7fffffff
    slliw a6, a4, 13
    CHECK 4299, a6, 0xffffffffffffe000
    li a4, 0x7fffffff
    slliw a6, a4, 31
    CHECK 4300, a6, 0xffffffff80000000
    li a4, 0x80000000
    slliw a6, a4, 0
    CHECK 4301, a6, 0xffffffff80000000
    li a4, 0x80000000
    slliw a6, a4, 1
    CHECK 4302, a6, 0x0
    li a4, 0x80000000
    slliw a6, a4, 13
    CHECK 4303, a6, 0x0
    li a4, 0x80000000
    slliw a6, a4, 31
    CHECK 4304, a6, 0x0
    li a4, 0xffffffff
    slliw a6, a4, 0
    CHECK 4305, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    slliw a6, a4, 1
    CHECK 4306, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    slliw a6, a4, 13
    CHECK 4307, a6, 0xffffffffffffe000
    li a4, 0xffffffff
    slliw a6, a4, 31
    CHECK 4308, a6, 0xffffffff80000000
    li a4, 0x123456789abcdef0
    slliw a6, a4, 0
    CHECK 4309, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    slliw a6, a4, 1
    CHECK 4310, a6, 0x3579bde0
    li a4, 0x123456789abcdef0
    slliw a6, a4, 13
    CHECK 4311, a6, 0xffffffff9bde0000
    li a4, 0x123456789abcdef0
    slliw a6, a4, 31
    CHECK 4312, a6, 0x0
    li a4, 0xfedcba9876543210
    slliw a6, a4, 0
    CHECK 4313, a6, 0x76543210
    li a4, 0xfedcba9876543210
    slliw a6, a4, 1
    CHECK 4314, a6, 0xffffffffeca86420
    li a4, 0xfedcba9876543210
    slliw a6, a4, 13
    CHECK 4315, a6, 0xffffffff86420000
    li a4, 0xfedcba9876543210
    slliw a6, a4, 31
    CHECK 4316, a6, 0x0
    PUTS srliw
    li a4, 0x0
    srliw a6, a4, 0
    CHECK 4317, a6, 0x0
    li a4, 0x0
    srliw a6, a4, 1
    CHECK 4318, a6, 0x0
    li a4, 0x0
    srliw a6, a4, 13
    CHECK 4319, a6, 0x0
    li a4, 0x0
    srliw a6, a4, 31
    CHECK 4320, a6, 0x0
    li a4, 0x1
    srliw a6, a4, 0
    CHECK 4321, a6, 0x1
    li a4, 0x1
    srliw a6, a4, 1
    CHECK 4322, a6, 0x0
    li a4, 0x1
    srliw a6, a4, 13
    CHECK 4323, a6, 0x0
    li a4, 0x1
    srliw a6, a4, 31
    CHECK 4324, a6, 0x0
    li a4, 0xffffffffffffffff
    srliw a6, a4, 0
    CHECK 4325, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    srliw a6, a4, 1
    CHECK 4326, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    srliw a6, a4, 13
    CHECK 4327, a6, 0x7ffff
    li a4, 0xffffffffffffffff
    srliw a6, a4, 31
    CHECK 4328, a6, 0x1
    li a4, 0x7fffffffffffffff
    srliw a6, a4, 0
    CHECK 4329, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    srliw a6, a4, 1
    CHECK 4330, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    srliw a6, a4, 13
    CHECK 4331, a6, 0x7ffff
    li a4, 0x7fffffffffffffff
    srliw a6, a4, 31
    CHECK 4332, a6, 0x1
    li a4, 0x8000000000000000
    srliw a6, a4, 0
    CHECK 4333, a6, 0x0
    li a4, 0x8000000000000000
    srliw a6, a4, 1
    CHECK 4334, a6, 0x0
    li a4, 0x8000000000000000
    srliw a6, a4, 13
    CHECK 4335, a6, 0x0
    li a4, 0x8000000000000000
    srliw a6, a4, 31
    CHECK 4336, a6, 0x0
    li a4, 0x7fffffff
    srliw a6, a4, 0
    CHECK 4337, a6, 0x7fffffff
    li a4, 0x7fffffff
    srliw a6, a4, 1
    CHECK 4338, a6, 0x3fffffff
    li a4, 0x7fffffff
    srliw a6, a4, 13
    CHECK 4339, a6, 0x3ffff
    li a4, 0x7fffffff
    srliw a6, a4, 31
    CHECK 4340, a6, 0x0
    li a4, 0x80000000
    srliw a6, a4, 0
    CHECK 4341, a6, 0xffffffff80000000
    li a4, 0x80000000
    srliw a6, a4, 1
    CHECK 4342, a6, 0x40000000
    li a4, 0x80000000
    srliw a6, a4, 13
    CHECK 4343, a6, 0x40000
    li a4, 0x80000000
    srliw a6, a4, 31
    CHECK 4344, a6, 0x1
    li a4, 0xffffffff
    srliw a6, a4, 0
    CHECK 4345, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    srliw a6, a4, 1
    CHECK 4346, a6, 0x7fffffff
    li a4, 0xffffffff
    srliw a6, a4, 13
    CHECK 4347, a6, 0x7ffff
    li a4, 0xffffffff
    srliw a6, a4, 31
    CHECK 4348, a6, 0x1
    li a4, 0x123456789abcdef0
    srliw a6, a4, 0
    CHECK 4349, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    srliw a6, a4, 1
    CHECK 4350, a6, 0x4d5e6f78
    li a4, 0x123456789abcdef0
    srliw a6, a4, 13
    CHECK 4351, a6, 0x4d5e6
    li a4, 0x123456789abcdef0
    srliw a6, a4, 31
    CHECK 4352, a6, 0x1
    li a4, 0xfedcba9876543210
    srliw a6, a4, 0
    CHECK 4353, a6, 0x76543210
    li a4, 0xfedcba9876543210
    srliw a6, a4, 1
    CHECK 4354, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    srliw a6, a4, 13
    CHECK 4355, a6, 0x3b2a1
    li a4, 0xfedcba9876543210
    srliw a6, a4, 31
    CHECK 4356, a6, 0x0
    PUTS sraiw
    li a4, 0x0
    sraiw a6, a4, 0
    CHECK 4357, a6, 0x0
    li a4, 0x0
    sraiw a6, a4, 1
    CHECK 4358, a6, 0x0
    li a4, 0x0
    sraiw a6, a4, 13
    CHECK 4359, a6, 0x0
    li a4, 0x0
    sraiw a6, a4, 31
    CHECK 4360, a6, 0x0
    li a4, 0x1
    sraiw a6, a4, 0
    CHECK 4361, a6, 0x1
    li a4, 0x1
    sraiw a6, a4, 1
    CHECK 4362, a6, 0x0
    li a4, 0x1
    sraiw a6, a4, 13
    CHECK 4363, a6, 0x0
    li a4, 0x1
    sraiw a6, a4, 31
    CHECK 4364, a6, 0x0
    li a4, 0xffffffffffffffff
    sraiw a6, a4, 0
    CHECK 4365, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    sraiw a6, a4, 1
    CHECK 4366, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    sraiw a6, a4, 13
    CHECK 4367, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    sraiw a6, a4, 31
    CHECK 4368, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    sraiw a6, a4, 0
    CHECK 4369, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    sraiw a6, a4, 1
    CHECK 4370, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    sraiw a6, a4, 13
    CHECK 4371, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    sraiw a6, a4, 31
    CHECK 4372, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    sraiw a6, a4, 0
    CHECK 4373, a6, 0x0
    li a4, 0x8000000000000000
    sraiw a6, a4, 1
    CHECK 4374, a6, 0x0
    li a4, 0x8000000000000000
    sraiw a6, a4, 13
    CHECK 4375, a6, 0x0
    li a4, 0x8000000000000000
    sraiw a6, a4, 31
    CHECK 4376, a6, 0x0
    li a4, 0x7fffffff
    sraiw a6, a4, 0
    CHECK 4377, a6, 0x7fffffff
    li a4, 0x7fffffff
    sraiw a6, a4, 1
    CHECK 4378, a6, 0x3fffffff
    li a4, 0x7fffffff
    sraiw a6, a4, 13
    CHECK 4379, a6, 0x3ffff
    li a4, 0x7fffffff
    sraiw a6, a4, 31
    CHECK 4380, a6, 0x0
    li a4, 0x80000000
    sraiw a6, a4, 0
    CHECK 4381, a6, 0xffffffff80000000
    li a4, 0x80000000
    sraiw a6, a4, 1
    CHECK 4382, a6, 0xffffffffc0000000
    li a4, 0x80000000
    sraiw a6, a4, 13
    CHECK 4383, a6, 0xfffffffffffc0000
    li a4, 0x80000000
    sraiw a6, a4, 31
    CHECK 4384, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    sraiw a6, a4, 0
    CHECK 4385, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    sraiw a6, a4, 1
    CHECK 4386, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    sraiw a6, a4, 13
    CHECK 4387, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    sraiw a6, a4, 31
    CHECK 4388, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    sraiw a6, a4, 0
    CHECK 4389, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    sraiw a6, a4, 1
    CHECK 4390, a6, 0xffffffffcd5e6f78
    li a4, 0x123456789abcdef0
    sraiw a6, a4, 13
    CHECK 4391, a6, 0xfffffffffffcd5e6
    li a4, 0x123456789abcdef0
    sraiw a6, a4, 31
    CHECK 4392, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    sraiw a6, a4, 0
    CHECK 4393, a6, 0x76543210
    li a4, 0xfedcba9876543210
    sraiw a6, a4, 1
    CHECK 4394, a6, 0x3b2a1908
    li a4, 0xfedcba9876543210
    sraiw a6, a4, 13
    CHECK 4395, a6, 0x3b2a1
    li a4, 0xfedcba9876543210
    sraiw a6, a4, 31
    CHECK 4396, a6, 0x0
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

