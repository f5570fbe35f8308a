/* RV64I register-register and immediate arithmetic, logic and compares, W forms, LUI/AUIPC.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64i_alu
    PUTS add
    li a4, 0x0
    li a5, 0x0
    add a6, a4, a5
    CHECK 1, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    add a6, a4, a5
    CHECK 2, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 3, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 4, a6, 0x7fffffffffffffff
    li a4, 0x0
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 5, a6, 0x8000000000000000
    li a4, 0x0
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 6, a6, 0x7fffffff
    li a4, 0x0
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 7, a6, 0x80000000
    li a4, 0x0
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 8, a6, 0xffffffff
    li a4, 0x0
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 9, a6, 0x123456789abcdef0
    li a4, 0x0
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 10, a6, 0xfedcba9876543210
    li a4, 0x1
    li a5, 0x0
    add a6, a4, a5
    CHECK 11, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    add a6, a4, a5
    CHECK 12, a6, 0x2
    li a4, 0x1
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 13, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 14, a6, 0x8000000000000000
    li a4, 0x1
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 15, a6, 0x8000000000000001
    li a4, 0x1
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 16, a6, 0x80000000
    li a4, 0x1
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 17, a6, 0x80000001
    li a4, 0x1
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 18, a6, 0x100000000
    li a4, 0x1
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 19, a6, 0x123456789abcdef1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 20, a6, 0xfedcba9876543211
    li a4, 0xffffffffffffffff
    li a5, 0x0
    add a6, a4, a5
    CHECK 21, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    add a6, a4, a5
    CHECK 22, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 23, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 24, a6, 0x7ffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 25, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 26, a6, 0x7ffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 27, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 28, a6, 0xfffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 29, a6, 0x123456789abcdeef
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 30, a6, 0xfedcba987654320f
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    add a6, a4, a5
    CHECK 31, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    add a6, a4, a5
    CHECK 32, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 33, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 34, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 35, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 36, a6, 0x800000007ffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 37, a6, 0x800000007fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 38, a6, 0x80000000fffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 39, a6, 0x923456789abcdeef
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 40, a6, 0x7edcba987654320f
    li a4, 0x8000000000000000
    li a5, 0x0
    add a6, a4, a5
    CHECK 41, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    add a6, a4, a5
    CHECK 42, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 43, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 44, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 45, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 46, a6, 0x800000007fffffff
    li a4, 0x8000000000000000
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 47, a6, 0x8000000080000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 48, a6, 0x80000000ffffffff
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 49, a6, 0x923456789abcdef0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 50, a6, 0x7edcba9876543210
    li a4, 0x7fffffff
    li a5, 0x0
    add a6, a4, a5
    CHECK 51, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    add a6, a4, a5
    CHECK 52, a6, 0x80000000
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 53, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 54, a6, 0x800000007ffffffe
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 55, a6, 0x800000007fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 56, a6, 0xfffffffe
    li a4, 0x7fffffff
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 57, a6, 0xffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 58, a6, 0x17ffffffe
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 59, a6, 0x123456791abcdeef
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 60, a6, 0xfedcba98f654320f
    li a4, 0x80000000
    li a5, 0x0
    add a6, a4, a5
    CHECK 61, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    add a6, a4, a5
    CHECK 62, a6, 0x80000001
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 63, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 64, a6, 0x800000007fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 65, a6, 0x8000000080000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 66, a6, 0xffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 67, a6, 0x100000000
    li a4, 0x80000000
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 68, a6, 0x17fffffff
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 69, a6, 0x123456791abcdef0
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 70, a6, 0xfedcba98f6543210
    li a4, 0xffffffff
    li a5, 0x0
    add a6, a4, a5
    CHECK 71, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    add a6, a4, a5
    CHECK 72, a6, 0x100000000
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 73, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 74, a6, 0x80000000fffffffe
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 75, a6, 0x80000000ffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 76, a6, 0x17ffffffe
    li a4, 0xffffffff
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 77, a6, 0x17fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 78, a6, 0x1fffffffe
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 79, a6, 0x123456799abcdeef
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 80, a6, 0xfedcba997654320f
    li a4, 0x123456789abcdef0
    li a5, 0x0
    add a6, a4, a5
    CHECK 81, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    add a6, a4, a5
    CHECK 82, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 83, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 84, a6, 0x923456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 85, a6, 0x923456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 86, a6, 0x123456791abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 87, a6, 0x123456791abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 88, a6, 0x123456799abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 89, a6, 0x2468acf13579bde0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 90, a6, 0x1111111111111100
    li a4, 0xfedcba9876543210
    li a5, 0x0
    add a6, a4, a5
    CHECK 91, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    add a6, a4, a5
    CHECK 92, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    add a6, a4, a5
    CHECK 93, a6, 0xfedcba987654320f
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    add a6, a4, a5
    CHECK 94, a6, 0x7edcba987654320f
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    add a6, a4, a5
    CHECK 95, a6, 0x7edcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    add a6, a4, a5
    CHECK 96, a6, 0xfedcba98f654320f
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    add a6, a4, a5
    CHECK 97, a6, 0xfedcba98f6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    add a6, a4, a5
    CHECK 98, a6, 0xfedcba997654320f
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    add a6, a4, a5
    CHECK 99, a6, 0x1111111111111100
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    add a6, a4, a5
    CHECK 100, a6, 0xfdb97530eca86420
    PUTS sub
    li a4, 0x0
    li a5, 0x0
    sub a6, a4, a5
    CHECK 101, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sub a6, a4, a5
    CHECK 102, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 103, a6, 0x1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 104, a6, 0x8000000000000001
    li a4, 0x0
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 105, a6, 0x8000000000000000
    li a4, 0x0
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 106, a6, 0xffffffff80000001
    li a4, 0x0
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 107, a6, 0xffffffff80000000
    li a4, 0x0
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 108, a6, 0xffffffff00000001
    li a4, 0x0
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 109, a6, 0xedcba98765432110
    li a4, 0x0
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 110, a6, 0x123456789abcdf0
    li a4, 0x1
    li a5, 0x0
    sub a6, a4, a5
    CHECK 111, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    sub a6, a4, a5
    CHECK 112, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 113, a6, 0x2
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 114, a6, 0x8000000000000002
    li a4, 0x1
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 115, a6, 0x8000000000000001
    li a4, 0x1
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 116, a6, 0xffffffff80000002
    li a4, 0x1
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 117, a6, 0xffffffff80000001
    li a4, 0x1
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 118, a6, 0xffffffff00000002
    li a4, 0x1
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 119, a6, 0xedcba98765432111
    li a4, 0x1
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 120, a6, 0x123456789abcdf1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sub a6, a4, a5
    CHECK 121, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sub a6, a4, a5
    CHECK 122, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 123, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 124, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 125, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 126, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 127, a6, 0xffffffff7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 128, a6, 0xffffffff00000000
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 129, a6, 0xedcba9876543210f
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 130, a6, 0x123456789abcdef
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sub a6, a4, a5
    CHECK 131, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sub a6, a4, a5
    CHECK 132, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 133, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 134, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 135, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 136, a6, 0x7fffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 137, a6, 0x7fffffff7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 138, a6, 0x7fffffff00000000
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 139, a6, 0x6dcba9876543210f
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 140, a6, 0x8123456789abcdef
    li a4, 0x8000000000000000
    li a5, 0x0
    sub a6, a4, a5
    CHECK 141, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    sub a6, a4, a5
    CHECK 142, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 143, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 144, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 145, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 146, a6, 0x7fffffff80000001
    li a4, 0x8000000000000000
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 147, a6, 0x7fffffff80000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 148, a6, 0x7fffffff00000001
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 149, a6, 0x6dcba98765432110
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 150, a6, 0x8123456789abcdf0
    li a4, 0x7fffffff
    li a5, 0x0
    sub a6, a4, a5
    CHECK 151, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    sub a6, a4, a5
    CHECK 152, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 153, a6, 0x80000000
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 154, a6, 0x8000000080000000
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 155, a6, 0x800000007fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 156, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 157, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 158, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 159, a6, 0xedcba987e543210f
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 160, a6, 0x123456809abcdef
    li a4, 0x80000000
    li a5, 0x0
    sub a6, a4, a5
    CHECK 161, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    sub a6, a4, a5
    CHECK 162, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 163, a6, 0x80000001
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 164, a6, 0x8000000080000001
    li a4, 0x80000000
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 165, a6, 0x8000000080000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 166, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 167, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 168, a6, 0xffffffff80000001
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 169, a6, 0xedcba987e5432110
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 170, a6, 0x123456809abcdf0
    li a4, 0xffffffff
    li a5, 0x0
    sub a6, a4, a5
    CHECK 171, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    sub a6, a4, a5
    CHECK 172, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 173, a6, 0x100000000
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 174, a6, 0x8000000100000000
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 175, a6, 0x80000000ffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 176, a6, 0x80000000
    li a4, 0xffffffff
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 177, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 178, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 179, a6, 0xedcba9886543210f
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 180, a6, 0x123456889abcdef
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sub a6, a4, a5
    CHECK 181, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sub a6, a4, a5
    CHECK 182, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 183, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 184, a6, 0x923456789abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 185, a6, 0x923456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 186, a6, 0x123456781abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 187, a6, 0x123456781abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 188, a6, 0x123456779abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 189, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 190, a6, 0x13579be02468ace0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sub a6, a4, a5
    CHECK 191, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sub a6, a4, a5
    CHECK 192, a6, 0xfedcba987654320f
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sub a6, a4, a5
    CHECK 193, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    sub a6, a4, a5
    CHECK 194, a6, 0x7edcba9876543211
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    sub a6, a4, a5
    CHECK 195, a6, 0x7edcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    sub a6, a4, a5
    CHECK 196, a6, 0xfedcba97f6543211
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    sub a6, a4, a5
    CHECK 197, a6, 0xfedcba97f6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    sub a6, a4, a5
    CHECK 198, a6, 0xfedcba9776543211
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    sub a6, a4, a5
    CHECK 199, a6, 0xeca8641fdb975320
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    sub a6, a4, a5
    CHECK 200, a6, 0x0
    PUTS and
    li a4, 0x0
    li a5, 0x0
    and a6, a4, a5
    CHECK 201, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    and a6, a4, a5
    CHECK 202, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 203, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 204, a6, 0x0
    li a4, 0x0
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 205, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 206, a6, 0x0
    li a4, 0x0
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 207, a6, 0x0
    li a4, 0x0
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 208, a6, 0x0
    li a4, 0x0
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 209, a6, 0x0
    li a4, 0x0
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 210, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    and a6, a4, a5
    CHECK 211, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    and a6, a4, a5
    CHECK 212, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 213, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 214, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 215, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 216, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 217, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 218, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 219, a6, 0x0
    li a4, 0x1
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 220, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    and a6, a4, a5
    CHECK 221, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    and a6, a4, a5
    CHECK 222, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 223, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 224, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 225, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 226, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 227, a6, 0x80000000
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 228, a6, 0xffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 229, a6, 0x123456789abcdef0
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 230, a6, 0xfedcba9876543210
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    and a6, a4, a5
    CHECK 231, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    and a6, a4, a5
    CHECK 232, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 233, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 234, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 235, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 236, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 237, a6, 0x80000000
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 238, a6, 0xffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 239, a6, 0x123456789abcdef0
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 240, a6, 0x7edcba9876543210
    li a4, 0x8000000000000000
    li a5, 0x0
    and a6, a4, a5
    CHECK 241, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    and a6, a4, a5
    CHECK 242, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 243, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 244, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 245, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 246, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 247, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 248, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 249, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 250, a6, 0x8000000000000000
    li a4, 0x7fffffff
    li a5, 0x0
    and a6, a4, a5
    CHECK 251, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    and a6, a4, a5
    CHECK 252, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 253, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 254, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 255, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 256, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 257, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 258, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 259, a6, 0x1abcdef0
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 260, a6, 0x76543210
    li a4, 0x80000000
    li a5, 0x0
    and a6, a4, a5
    CHECK 261, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    and a6, a4, a5
    CHECK 262, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 263, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 264, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 265, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 266, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 267, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 268, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 269, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 270, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    and a6, a4, a5
    CHECK 271, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    and a6, a4, a5
    CHECK 272, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 273, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 274, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 275, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 276, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 277, a6, 0x80000000
    li a4, 0xffffffff
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 278, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 279, a6, 0x9abcdef0
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 280, a6, 0x76543210
    li a4, 0x123456789abcdef0
    li a5, 0x0
    and a6, a4, a5
    CHECK 281, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    and a6, a4, a5
    CHECK 282, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 283, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 284, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 285, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 286, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 287, a6, 0x80000000
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 288, a6, 0x9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 289, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 290, a6, 0x1214121812141210
    li a4, 0xfedcba9876543210
    li a5, 0x0
    and a6, a4, a5
    CHECK 291, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x1
    and a6, a4, a5
    CHECK 292, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    and a6, a4, a5
    CHECK 293, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    and a6, a4, a5
    CHECK 294, a6, 0x7edcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    and a6, a4, a5
    CHECK 295, a6, 0x8000000000000000
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    and a6, a4, a5
    CHECK 296, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    and a6, a4, a5
    CHECK 297, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    and a6, a4, a5
    CHECK 298, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    and a6, a4, a5
    CHECK 299, a6, 0x1214121812141210
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    and a6, a4, a5
    CHECK 300, a6, 0xfedcba9876543210
    PUTS or
    li a4, 0x0
    li a5, 0x0
    or a6, a4, a5
    CHECK 301, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    or a6, a4, a5
    CHECK 302, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 303, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 304, a6, 0x7fffffffffffffff
    li a4, 0x0
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 305, a6, 0x8000000000000000
    li a4, 0x0
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 306, a6, 0x7fffffff
    li a4, 0x0
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 307, a6, 0x80000000
    li a4, 0x0
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 308, a6, 0xffffffff
    li a4, 0x0
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 309, a6, 0x123456789abcdef0
    li a4, 0x0
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 310, a6, 0xfedcba9876543210
    li a4, 0x1
    li a5, 0x0
    or a6, a4, a5
    CHECK 311, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    or a6, a4, a5
    CHECK 312, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 313, a6, 0xffffffffffffffff
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 314, a6, 0x7fffffffffffffff
    li a4, 0x1
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 315, a6, 0x8000000000000001
    li a4, 0x1
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 316, a6, 0x7fffffff
    li a4, 0x1
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 317, a6, 0x80000001
    li a4, 0x1
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 318, a6, 0xffffffff
    li a4, 0x1
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 319, a6, 0x123456789abcdef1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 320, a6, 0xfedcba9876543211
    li a4, 0xffffffffffffffff
    li a5, 0x0
    or a6, a4, a5
    CHECK 321, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    or a6, a4, a5
    CHECK 322, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 323, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 324, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 325, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 326, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 327, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 328, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 329, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 330, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    or a6, a4, a5
    CHECK 331, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    or a6, a4, a5
    CHECK 332, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 333, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 334, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 335, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 336, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 337, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 338, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 339, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 340, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x0
    or a6, a4, a5
    CHECK 341, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    or a6, a4, a5
    CHECK 342, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 343, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 344, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 345, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 346, a6, 0x800000007fffffff
    li a4, 0x8000000000000000
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 347, a6, 0x8000000080000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 348, a6, 0x80000000ffffffff
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 349, a6, 0x923456789abcdef0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 350, a6, 0xfedcba9876543210
    li a4, 0x7fffffff
    li a5, 0x0
    or a6, a4, a5
    CHECK 351, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    or a6, a4, a5
    CHECK 352, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 353, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 354, a6, 0x7fffffffffffffff
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 355, a6, 0x800000007fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 356, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 357, a6, 0xffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 358, a6, 0xffffffff
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 359, a6, 0x12345678ffffffff
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 360, a6, 0xfedcba987fffffff
    li a4, 0x80000000
    li a5, 0x0
    or a6, a4, a5
    CHECK 361, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    or a6, a4, a5
    CHECK 362, a6, 0x80000001
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 363, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 364, a6, 0x7fffffffffffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 365, a6, 0x8000000080000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 366, a6, 0xffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 367, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 368, a6, 0xffffffff
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 369, a6, 0x123456789abcdef0
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 370, a6, 0xfedcba98f6543210
    li a4, 0xffffffff
    li a5, 0x0
    or a6, a4, a5
    CHECK 371, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    or a6, a4, a5
    CHECK 372, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 373, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 374, a6, 0x7fffffffffffffff
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 375, a6, 0x80000000ffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 376, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 377, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 378, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 379, a6, 0x12345678ffffffff
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 380, a6, 0xfedcba98ffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x0
    or a6, a4, a5
    CHECK 381, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    or a6, a4, a5
    CHECK 382, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 383, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 384, a6, 0x7fffffffffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 385, a6, 0x923456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 386, a6, 0x12345678ffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 387, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 388, a6, 0x12345678ffffffff
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 389, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 390, a6, 0xfefcfef8fefcfef0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    or a6, a4, a5
    CHECK 391, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    or a6, a4, a5
    CHECK 392, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    or a6, a4, a5
    CHECK 393, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    or a6, a4, a5
    CHECK 394, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    or a6, a4, a5
    CHECK 395, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    or a6, a4, a5
    CHECK 396, a6, 0xfedcba987fffffff
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    or a6, a4, a5
    CHECK 397, a6, 0xfedcba98f6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    or a6, a4, a5
    CHECK 398, a6, 0xfedcba98ffffffff
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    or a6, a4, a5
    CHECK 399, a6, 0xfefcfef8fefcfef0
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    or a6, a4, a5
    CHECK 400, a6, 0xfedcba9876543210
    PUTS xor
    li a4, 0x0
    li a5, 0x0
    xor a6, a4, a5
    CHECK 401, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    xor a6, a4, a5
    CHECK 402, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 403, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 404, a6, 0x7fffffffffffffff
    li a4, 0x0
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 405, a6, 0x8000000000000000
    li a4, 0x0
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 406, a6, 0x7fffffff
    li a4, 0x0
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 407, a6, 0x80000000
    li a4, 0x0
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 408, a6, 0xffffffff
    li a4, 0x0
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 409, a6, 0x123456789abcdef0
    li a4, 0x0
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 410, a6, 0xfedcba9876543210
    li a4, 0x1
    li a5, 0x0
    xor a6, a4, a5
    CHECK 411, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    xor a6, a4, a5
    CHECK 412, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 413, a6, 0xfffffffffffffffe
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 414, a6, 0x7ffffffffffffffe
    li a4, 0x1
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 415, a6, 0x8000000000000001
    li a4, 0x1
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 416, a6, 0x7ffffffe
    li a4, 0x1
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 417, a6, 0x80000001
    li a4, 0x1
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 418, a6, 0xfffffffe
    li a4, 0x1
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 419, a6, 0x123456789abcdef1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 420, a6, 0xfedcba9876543211
    li a4, 0xffffffffffffffff
    li a5, 0x0
    xor a6, a4, a5
    CHECK 421, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    xor a6, a4, a5
    CHECK 422, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 423, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 424, a6, 0x8000000000000000
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 425, a6, 0x7fffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 426, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 427, a6, 0xffffffff7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 428, a6, 0xffffffff00000000
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 429, a6, 0xedcba9876543210f
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 430, a6, 0x123456789abcdef
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    xor a6, a4, a5
    CHECK 431, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    xor a6, a4, a5
    CHECK 432, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 433, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 434, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 435, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 436, a6, 0x7fffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 437, a6, 0x7fffffff7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 438, a6, 0x7fffffff00000000
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 439, a6, 0x6dcba9876543210f
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 440, a6, 0x8123456789abcdef
    li a4, 0x8000000000000000
    li a5, 0x0
    xor a6, a4, a5
    CHECK 441, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    li a5, 0x1
    xor a6, a4, a5
    CHECK 442, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 443, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 444, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 445, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 446, a6, 0x800000007fffffff
    li a4, 0x8000000000000000
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 447, a6, 0x8000000080000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 448, a6, 0x80000000ffffffff
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 449, a6, 0x923456789abcdef0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 450, a6, 0x7edcba9876543210
    li a4, 0x7fffffff
    li a5, 0x0
    xor a6, a4, a5
    CHECK 451, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    xor a6, a4, a5
    CHECK 452, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 453, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 454, a6, 0x7fffffff80000000
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 455, a6, 0x800000007fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 456, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 457, a6, 0xffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 458, a6, 0x80000000
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 459, a6, 0x12345678e543210f
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 460, a6, 0xfedcba9809abcdef
    li a4, 0x80000000
    li a5, 0x0
    xor a6, a4, a5
    CHECK 461, a6, 0x80000000
    li a4, 0x80000000
    li a5, 0x1
    xor a6, a4, a5
    CHECK 462, a6, 0x80000001
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 463, a6, 0xffffffff7fffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 464, a6, 0x7fffffff7fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 465, a6, 0x8000000080000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 466, a6, 0xffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 467, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 468, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 469, a6, 0x123456781abcdef0
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 470, a6, 0xfedcba98f6543210
    li a4, 0xffffffff
    li a5, 0x0
    xor a6, a4, a5
    CHECK 471, a6, 0xffffffff
    li a4, 0xffffffff
    li a5, 0x1
    xor a6, a4, a5
    CHECK 472, a6, 0xfffffffe
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 473, a6, 0xffffffff00000000
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 474, a6, 0x7fffffff00000000
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 475, a6, 0x80000000ffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 476, a6, 0x80000000
    li a4, 0xffffffff
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 477, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 478, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 479, a6, 0x123456786543210f
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 480, a6, 0xfedcba9889abcdef
    li a4, 0x123456789abcdef0
    li a5, 0x0
    xor a6, a4, a5
    CHECK 481, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    xor a6, a4, a5
    CHECK 482, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 483, a6, 0xedcba9876543210f
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 484, a6, 0x6dcba9876543210f
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 485, a6, 0x923456789abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 486, a6, 0x12345678e543210f
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 487, a6, 0x123456781abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 488, a6, 0x123456786543210f
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 489, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 490, a6, 0xece8ece0ece8ece0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    xor a6, a4, a5
    CHECK 491, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    xor a6, a4, a5
    CHECK 492, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    xor a6, a4, a5
    CHECK 493, a6, 0x123456789abcdef
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    xor a6, a4, a5
    CHECK 494, a6, 0x8123456789abcdef
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    xor a6, a4, a5
    CHECK 495, a6, 0x7edcba9876543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    xor a6, a4, a5
    CHECK 496, a6, 0xfedcba9809abcdef
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    xor a6, a4, a5
    CHECK 497, a6, 0xfedcba98f6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    xor a6, a4, a5
    CHECK 498, a6, 0xfedcba9889abcdef
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    xor a6, a4, a5
    CHECK 499, a6, 0xece8ece0ece8ece0
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    xor a6, a4, a5
    CHECK 500, a6, 0x0
    PUTS slt
    li a4, 0x0
    li a5, 0x0
    slt a6, a4, a5
    CHECK 501, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    slt a6, a4, a5
    CHECK 502, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 503, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 504, a6, 0x1
    li a4, 0x0
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 505, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 506, a6, 0x1
    li a4, 0x0
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 507, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 508, a6, 0x1
    li a4, 0x0
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 509, a6, 0x1
    li a4, 0x0
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 510, a6, 0x0
    li a4, 0x1
    li a5, 0x0
    slt a6, a4, a5
    CHECK 511, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    slt a6, a4, a5
    CHECK 512, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 513, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 514, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 515, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 516, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 517, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 518, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 519, a6, 0x1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 520, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    slt a6, a4, a5
    CHECK 521, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x1
    slt a6, a4, a5
    CHECK 522, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 523, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 524, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 525, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 526, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 527, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 528, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 529, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 530, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    slt a6, a4, a5
    CHECK 531, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    slt a6, a4, a5
    CHECK 532, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 533, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 534, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 535, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 536, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 537, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 538, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 539, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 540, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x0
    slt a6, a4, a5
    CHECK 541, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x1
    slt a6, a4, a5
    CHECK 542, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 543, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 544, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 545, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 546, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 547, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 548, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 549, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 550, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x0
    slt a6, a4, a5
    CHECK 551, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    slt a6, a4, a5
    CHECK 552, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 553, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 554, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 555, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 556, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 557, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 558, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 559, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 560, a6, 0x0
    li a4, 0x80000000
    li a5, 0x0
    slt a6, a4, a5
    CHECK 561, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    slt a6, a4, a5
    CHECK 562, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 563, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 564, a6, 0x1
    li a4, 0x80000000
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 565, a6, 0x0
    li a4, 0x80000000
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 566, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 567, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 568, a6, 0x1
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 569, a6, 0x1
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 570, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x0
    slt a6, a4, a5
    CHECK 571, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    slt a6, a4, a5
    CHECK 572, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 573, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 574, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 575, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 576, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 577, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 578, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 579, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 580, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x0
    slt a6, a4, a5
    CHECK 581, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    slt a6, a4, a5
    CHECK 582, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 583, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 584, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 585, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 586, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 587, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 588, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 589, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 590, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    slt a6, a4, a5
    CHECK 591, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x1
    slt a6, a4, a5
    CHECK 592, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    slt a6, a4, a5
    CHECK 593, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    slt a6, a4, a5
    CHECK 594, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    slt a6, a4, a5
    CHECK 595, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    slt a6, a4, a5
    CHECK 596, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    slt a6, a4, a5
    CHECK 597, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    slt a6, a4, a5
    CHECK 598, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    slt a6, a4, a5
    CHECK 599, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    slt a6, a4, a5
    CHECK 600, a6, 0x0
    PUTS sltu
    li a4, 0x0
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 601, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 602, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 603, a6, 0x1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 604, a6, 0x1
    li a4, 0x0
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 605, a6, 0x1
    li a4, 0x0
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 606, a6, 0x1
    li a4, 0x0
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 607, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 608, a6, 0x1
    li a4, 0x0
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 609, a6, 0x1
    li a4, 0x0
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 610, a6, 0x1
    li a4, 0x1
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 611, a6, 0x0
    li a4, 0x1
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 612, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 613, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 614, a6, 0x1
    li a4, 0x1
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 615, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 616, a6, 0x1
    li a4, 0x1
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 617, a6, 0x1
    li a4, 0x1
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 618, a6, 0x1
    li a4, 0x1
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 619, a6, 0x1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 620, a6, 0x1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 621, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 622, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 623, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 624, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 625, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 626, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 627, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 628, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 629, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 630, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 631, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 632, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 633, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 634, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 635, a6, 0x1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 636, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 637, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 638, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 639, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 640, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 641, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 642, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 643, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 644, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 645, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 646, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 647, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 648, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 649, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 650, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 651, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 652, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 653, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 654, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 655, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 656, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 657, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 658, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 659, a6, 0x1
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 660, a6, 0x1
    li a4, 0x80000000
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 661, a6, 0x0
    li a4, 0x80000000
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 662, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 663, a6, 0x1
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 664, a6, 0x1
    li a4, 0x80000000
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 665, a6, 0x1
    li a4, 0x80000000
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 666, a6, 0x0
    li a4, 0x80000000
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 667, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 668, a6, 0x1
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 669, a6, 0x1
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 670, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 671, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 672, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 673, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 674, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 675, a6, 0x1
    li a4, 0xffffffff
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 676, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 677, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 678, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 679, a6, 0x1
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 680, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 681, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 682, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 683, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 684, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 685, a6, 0x1
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 686, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 687, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 688, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 689, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 690, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x0
    sltu a6, a4, a5
    CHECK 691, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x1
    sltu a6, a4, a5
    CHECK 692, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    sltu a6, a4, a5
    CHECK 693, a6, 0x1
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    sltu a6, a4, a5
    CHECK 694, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    sltu a6, a4, a5
    CHECK 695, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    sltu a6, a4, a5
    CHECK 696, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    sltu a6, a4, a5
    CHECK 697, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    sltu a6, a4, a5
    CHECK 698, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    sltu a6, a4, a5
    CHECK 699, a6, 0x0
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    sltu a6, a4, a5
    CHECK 700, a6, 0x0
    PUTS addw
    li a4, 0x0
    li a5, 0x0
    addw a6, a4, a5
    CHECK 701, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    addw a6, a4, a5
    CHECK 702, a6, 0x1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 703, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 704, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 705, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 706, a6, 0x7fffffff
    li a4, 0x0
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 707, a6, 0xffffffff80000000
    li a4, 0x0
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 708, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 709, a6, 0xffffffff9abcdef0
    li a4, 0x0
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 710, a6, 0x76543210
    li a4, 0x1
    li a5, 0x0
    addw a6, a4, a5
    CHECK 711, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    addw a6, a4, a5
    CHECK 712, a6, 0x2
    li a4, 0x1
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 713, a6, 0x0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 714, a6, 0x0
    li a4, 0x1
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 715, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 716, a6, 0xffffffff80000000
    li a4, 0x1
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 717, a6, 0xffffffff80000001
    li a4, 0x1
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 718, a6, 0x0
    li a4, 0x1
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 719, a6, 0xffffffff9abcdef1
    li a4, 0x1
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 720, a6, 0x76543211
    li a4, 0xffffffffffffffff
    li a5, 0x0
    addw a6, a4, a5
    CHECK 721, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    addw a6, a4, a5
    CHECK 722, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 723, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 724, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 725, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 726, a6, 0x7ffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 727, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 728, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 729, a6, 0xffffffff9abcdeef
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 730, a6, 0x7654320f
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    addw a6, a4, a5
    CHECK 731, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    addw a6, a4, a5
    CHECK 732, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 733, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 734, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 735, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 736, a6, 0x7ffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 737, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 738, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 739, a6, 0xffffffff9abcdeef
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 740, a6, 0x7654320f
    li a4, 0x8000000000000000
    li a5, 0x0
    addw a6, a4, a5
    CHECK 741, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    addw a6, a4, a5
    CHECK 742, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 743, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 744, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 745, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 746, a6, 0x7fffffff
    li a4, 0x8000000000000000
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 747, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 748, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 749, a6, 0xffffffff9abcdef0
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 750, a6, 0x76543210
    li a4, 0x7fffffff
    li a5, 0x0
    addw a6, a4, a5
    CHECK 751, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    addw a6, a4, a5
    CHECK 752, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 753, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 754, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 755, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 756, a6, 0xfffffffffffffffe
    li a4, 0x7fffffff
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 757, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 758, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 759, a6, 0x1abcdeef
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 760, a6, 0xfffffffff654320f
    li a4, 0x80000000
    li a5, 0x0
    addw a6, a4, a5
    CHECK 761, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    addw a6, a4, a5
    CHECK 762, a6, 0xffffffff80000001
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 763, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 764, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 765, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 766, a6, 0xffffffffffffffff
    li a4, 0x80000000
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 767, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 768, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 769, a6, 0x1abcdef0
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 770, a6, 0xfffffffff6543210
    li a4, 0xffffffff
    li a5, 0x0
    addw a6, a4, a5
    CHECK 771, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    addw a6, a4, a5
    CHECK 772, a6, 0x0
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 773, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 774, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 775, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 776, a6, 0x7ffffffe
    li a4, 0xffffffff
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 777, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 778, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 779, a6, 0xffffffff9abcdeef
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 780, a6, 0x7654320f
    li a4, 0x123456789abcdef0
    li a5, 0x0
    addw a6, a4, a5
    CHECK 781, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    addw a6, a4, a5
    CHECK 782, a6, 0xffffffff9abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 783, a6, 0xffffffff9abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 784, a6, 0xffffffff9abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 785, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 786, a6, 0x1abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 787, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 788, a6, 0xffffffff9abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 789, a6, 0x3579bde0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 790, a6, 0x11111100
    li a4, 0xfedcba9876543210
    li a5, 0x0
    addw a6, a4, a5
    CHECK 791, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    addw a6, a4, a5
    CHECK 792, a6, 0x76543211
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    addw a6, a4, a5
    CHECK 793, a6, 0x7654320f
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    addw a6, a4, a5
    CHECK 794, a6, 0x7654320f
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    addw a6, a4, a5
    CHECK 795, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    addw a6, a4, a5
    CHECK 796, a6, 0xfffffffff654320f
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    addw a6, a4, a5
    CHECK 797, a6, 0xfffffffff6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    addw a6, a4, a5
    CHECK 798, a6, 0x7654320f
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    addw a6, a4, a5
    CHECK 799, a6, 0x11111100
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    addw a6, a4, a5
    CHECK 800, a6, 0xffffffffeca86420
    PUTS subw
    li a4, 0x0
    li a5, 0x0
    subw a6, a4, a5
    CHECK 801, a6, 0x0
    li a4, 0x0
    li a5, 0x1
    subw a6, a4, a5
    CHECK 802, a6, 0xffffffffffffffff
    li a4, 0x0
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 803, a6, 0x1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 804, a6, 0x1
    li a4, 0x0
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 805, a6, 0x0
    li a4, 0x0
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 806, a6, 0xffffffff80000001
    li a4, 0x0
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 807, a6, 0xffffffff80000000
    li a4, 0x0
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 808, a6, 0x1
    li a4, 0x0
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 809, a6, 0x65432110
    li a4, 0x0
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 810, a6, 0xffffffff89abcdf0
    li a4, 0x1
    li a5, 0x0
    subw a6, a4, a5
    CHECK 811, a6, 0x1
    li a4, 0x1
    li a5, 0x1
    subw a6, a4, a5
    CHECK 812, a6, 0x0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 813, a6, 0x2
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 814, a6, 0x2
    li a4, 0x1
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 815, a6, 0x1
    li a4, 0x1
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 816, a6, 0xffffffff80000002
    li a4, 0x1
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 817, a6, 0xffffffff80000001
    li a4, 0x1
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 818, a6, 0x2
    li a4, 0x1
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 819, a6, 0x65432111
    li a4, 0x1
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 820, a6, 0xffffffff89abcdf1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    subw a6, a4, a5
    CHECK 821, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x1
    subw a6, a4, a5
    CHECK 822, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 823, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 824, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 825, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 826, a6, 0xffffffff80000000
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 827, a6, 0x7fffffff
    li a4, 0xffffffffffffffff
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 828, a6, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 829, a6, 0x6543210f
    li a4, 0xffffffffffffffff
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 830, a6, 0xffffffff89abcdef
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    subw a6, a4, a5
    CHECK 831, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    subw a6, a4, a5
    CHECK 832, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 833, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 834, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 835, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 836, a6, 0xffffffff80000000
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 837, a6, 0x7fffffff
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 838, a6, 0x0
    li a4, 0x7fffffffffffffff
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 839, a6, 0x6543210f
    li a4, 0x7fffffffffffffff
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 840, a6, 0xffffffff89abcdef
    li a4, 0x8000000000000000
    li a5, 0x0
    subw a6, a4, a5
    CHECK 841, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x1
    subw a6, a4, a5
    CHECK 842, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 843, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 844, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 845, a6, 0x0
    li a4, 0x8000000000000000
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 846, a6, 0xffffffff80000001
    li a4, 0x8000000000000000
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 847, a6, 0xffffffff80000000
    li a4, 0x8000000000000000
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 848, a6, 0x1
    li a4, 0x8000000000000000
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 849, a6, 0x65432110
    li a4, 0x8000000000000000
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 850, a6, 0xffffffff89abcdf0
    li a4, 0x7fffffff
    li a5, 0x0
    subw a6, a4, a5
    CHECK 851, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x1
    subw a6, a4, a5
    CHECK 852, a6, 0x7ffffffe
    li a4, 0x7fffffff
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 853, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 854, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 855, a6, 0x7fffffff
    li a4, 0x7fffffff
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 856, a6, 0x0
    li a4, 0x7fffffff
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 857, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 858, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 859, a6, 0xffffffffe543210f
    li a4, 0x7fffffff
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 860, a6, 0x9abcdef
    li a4, 0x80000000
    li a5, 0x0
    subw a6, a4, a5
    CHECK 861, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x1
    subw a6, a4, a5
    CHECK 862, a6, 0x7fffffff
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 863, a6, 0xffffffff80000001
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 864, a6, 0xffffffff80000001
    li a4, 0x80000000
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 865, a6, 0xffffffff80000000
    li a4, 0x80000000
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 866, a6, 0x1
    li a4, 0x80000000
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 867, a6, 0x0
    li a4, 0x80000000
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 868, a6, 0xffffffff80000001
    li a4, 0x80000000
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 869, a6, 0xffffffffe5432110
    li a4, 0x80000000
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 870, a6, 0x9abcdf0
    li a4, 0xffffffff
    li a5, 0x0
    subw a6, a4, a5
    CHECK 871, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x1
    subw a6, a4, a5
    CHECK 872, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 873, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 874, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 875, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 876, a6, 0xffffffff80000000
    li a4, 0xffffffff
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 877, a6, 0x7fffffff
    li a4, 0xffffffff
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 878, a6, 0x0
    li a4, 0xffffffff
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 879, a6, 0x6543210f
    li a4, 0xffffffff
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 880, a6, 0xffffffff89abcdef
    li a4, 0x123456789abcdef0
    li a5, 0x0
    subw a6, a4, a5
    CHECK 881, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x1
    subw a6, a4, a5
    CHECK 882, a6, 0xffffffff9abcdeef
    li a4, 0x123456789abcdef0
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 883, a6, 0xffffffff9abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 884, a6, 0xffffffff9abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 885, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 886, a6, 0x1abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 887, a6, 0x1abcdef0
    li a4, 0x123456789abcdef0
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 888, a6, 0xffffffff9abcdef1
    li a4, 0x123456789abcdef0
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 889, a6, 0x0
    li a4, 0x123456789abcdef0
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 890, a6, 0x2468ace0
    li a4, 0xfedcba9876543210
    li a5, 0x0
    subw a6, a4, a5
    CHECK 891, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x1
    subw a6, a4, a5
    CHECK 892, a6, 0x7654320f
    li a4, 0xfedcba9876543210
    li a5, 0xffffffffffffffff
    subw a6, a4, a5
    CHECK 893, a6, 0x76543211
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffffffffffff
    subw a6, a4, a5
    CHECK 894, a6, 0x76543211
    li a4, 0xfedcba9876543210
    li a5, 0x8000000000000000
    subw a6, a4, a5
    CHECK 895, a6, 0x76543210
    li a4, 0xfedcba9876543210
    li a5, 0x7fffffff
    subw a6, a4, a5
    CHECK 896, a6, 0xfffffffff6543211
    li a4, 0xfedcba9876543210
    li a5, 0x80000000
    subw a6, a4, a5
    CHECK 897, a6, 0xfffffffff6543210
    li a4, 0xfedcba9876543210
    li a5, 0xffffffff
    subw a6, a4, a5
    CHECK 898, a6, 0x76543211
    li a4, 0xfedcba9876543210
    li a5, 0x123456789abcdef0
    subw a6, a4, a5
    CHECK 899, a6, 0xffffffffdb975320
    li a4, 0xfedcba9876543210
    li a5, 0xfedcba9876543210
    subw a6, a4, a5
    CHECK 900, a6, 0x0
    PUTS addi
    li a4, 0x0
    addi a6, a4, 0
    CHECK 4097, a6, 0x0
    li a4, 0x0
    addi a6, a4, 1
    CHECK 4098, a6, 0x1
    li a4, 0x0
    addi a6, a4, -1
    CHECK 4099, a6, 0xffffffffffffffff
    li a4, 0x0
    addi a6, a4, 2047
    CHECK 4100, a6, 0x7ff
    li a4, 0x0
    addi a6, a4, -2048
    CHECK 4101, a6, 0xfffffffffffff800
    li a4, 0x0
    addi a6, a4, 1365
    CHECK 4102, a6, 0x555
    li a4, 0x0
    addi a6, a4, -1366
    CHECK 4103, a6, 0xfffffffffffffaaa
    li a4, 0x1
    addi a6, a4, 0
    CHECK 4104, a6, 0x1
    li a4, 0x1
    addi a6, a4, 1
    CHECK 4105, a6, 0x2
    li a4, 0x1
    addi a6, a4, -1
    CHECK 4106, a6, 0x0
    li a4, 0x1
    addi a6, a4, 2047
    CHECK 4107, a6, 0x800
    li a4, 0x1
    addi a6, a4, -2048
    CHECK 4108, a6, 0xfffffffffffff801
    li a4, 0x1
    addi a6, a4, 1365
    CHECK 4109, a6, 0x556
    li a4, 0x1
    addi a6, a4, -1366
    CHECK 4110, a6, 0xfffffffffffffaab
    li a4, 0xffffffffffffffff
    addi a6, a4, 0
    CHECK 4111, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    addi a6, a4, 1
    CHECK 4112, a6, 0x0
    li a4, 0xffffffffffffffff
    addi a6, a4, -1
    CHECK 4113, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    addi a6, a4, 2047
    CHECK 4114, a6, 0x7fe
    li a4, 0xffffffffffffffff
    addi a6, a4, -2048
    CHECK 4115, a6, 0xfffffffffffff7ff
    li a4, 0xffffffffffffffff
    addi a6, a4, 1365
    CHECK 4116, a6, 0x554
    li a4, 0xffffffffffffffff
    addi a6, a4, -1366
    CHECK 4117, a6, 0xfffffffffffffaa9
    li a4, 0x7fffffffffffffff
    addi a6, a4, 0
    CHECK 4118, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    addi a6, a4, 1
    CHECK 4119, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    addi a6, a4, -1
    CHECK 4120, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    addi a6, a4, 2047
    CHECK 4121, a6, 0x80000000000007fe
    li a4, 0x7fffffffffffffff
    addi a6, a4, -2048
    CHECK 4122, a6, 0x7ffffffffffff7ff
    li a4, 0x7fffffffffffffff
    addi a6, a4, 1365
    CHECK 4123, a6, 0x8000000000000554
    li a4, 0x7fffffffffffffff
    addi a6, a4, -1366
    CHECK 4124, a6, 0x7ffffffffffffaa9
    li a4, 0x8000000000000000
    addi a6, a4, 0
    CHECK 4125, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    addi a6, a4, 1
    CHECK 4126, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    addi a6, a4, -1
    CHECK 4127, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    addi a6, a4, 2047
    CHECK 4128, a6, 0x80000000000007ff
    li a4, 0x8000000000000000
    addi a6, a4, -2048
    CHECK 4129, a6, 0x7ffffffffffff800
    li a4, 0x8000000000000000
    addi a6, a4, 1365
    CHECK 4130, a6, 0x8000000000000555
    li a4, 0x8000000000000000
    addi a6, a4, -1366
    CHECK 4131, a6, 0x7ffffffffffffaaa
    li a4, 0x7fffffff
    addi a6, a4, 0
    CHECK 4132, a6, 0x7fffffff
    li a4, 0x7fffffff
    addi a6, a4, 1
    CHECK 4133, a6, 0x80000000
    li a4, 0x7fffffff
    addi a6, a4, -1
    CHECK 4134, a6, 0x7ffffffe
    li a4, 0x7fffffff
    addi a6, a4, 2047
    CHECK 4135, a6, 0x800007fe
    li a4, 0x7fffffff
    addi a6, a4, -2048
    CHECK 4136, a6, 0x7ffff7ff
    li a4, 0x7fffffff
    addi a6, a4, 1365
    CHECK 4137, a6, 0x80000554
    li a4, 0x7fffffff
    addi a6, a4, -1366
    CHECK 4138, a6, 0x7ffffaa9
    li a4, 0x80000000
    addi a6, a4, 0
    CHECK 4139, a6, 0x80000000
    li a4, 0x80000000
    addi a6, a4, 1
    CHECK 4140, a6, 0x80000001
    li a4, 0x80000000
    addi a6, a4, -1
    CHECK 4141, a6, 0x7fffffff
    li a4, 0x80000000
    addi a6, a4, 2047
    CHECK 4142, a6, 0x800007ff
    li a4, 0x80000000
    addi a6, a4, -2048
    CHECK 4143, a6, 0x7ffff800
    li a4, 0x80000000
    addi a6, a4, 1365
    CHECK 4144, a6, 0x80000555
    li a4, 0x80000000
    addi a6, a4, -1366
    CHECK 4145, a6, 0x7ffffaaa
    li a4, 0xffffffff
    addi a6, a4, 0
    CHECK 4146, a6, 0xffffffff
    li a4, 0xffffffff
    addi a6, a4, 1
    CHECK 4147, a6, 0x100000000
    li a4, 0xffffffff
    addi a6, a4, -1
    CHECK 4148, a6, 0xfffffffe
    li a4, 0xffffffff
    addi a6, a4, 2047
    CHECK 4149, a6, 0x1000007fe
    li a4, 0xffffffff
    addi a6, a4, -2048
    CHECK 4150, a6, 0xfffff7ff
    li a4, 0xffffffff
    addi a6, a4, 1365
    CHECK 4151, a6, 0x100000554
    li a4, 0xffffffff
    addi a6, a4, -1366
    CHECK 4152, a6, 0xfffffaa9
    li a4, 0x123456789abcdef0
    addi a6, a4, 0
    CHECK 4153, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    addi a6, a4, 1
    CHECK 4154, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    addi a6, a4, -1
    CHECK 4155, a6, 0x123456789abcdeef
    li a4, 0x123456789abcdef0
    addi a6, a4, 2047
    CHECK 4156, a6, 0x123456789abce6ef
    li a4, 0x123456789abcdef0
    addi a6, a4, -2048
    CHECK 4157, a6, 0x123456789abcd6f0
    li a4, 0x123456789abcdef0
    addi a6, a4, 1365
    CHECK 4158, a6, 0x123456789abce445
    li a4, 0x123456789abcdef0
    addi a6, a4, -1366
    CHECK 4159, a6, 0x123456789abcd99a
    li a4, 0xfedcba9876543210
    addi a6, a4, 0
    CHECK 4160, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    addi a6, a4, 1
    CHECK 4161, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    addi a6, a4, -1
    CHECK 4162, a6, 0xfedcba987654320f
    li a4, 0xfedcba9876543210
    addi a6, a4, 2047
    CHECK 4163, a6, 0xfedcba9876543a0f
    li a4, 0xfedcba9876543210
    addi a6, a4, -2048
    CHECK 4164, a6, 0xfedcba9876542a10
    li a4, 0xfedcba9876543210
    addi a6, a4, 1365
    CHECK 4165, a6, 0xfedcba9876543765
    li a4, 0xfedcba9876543210
    addi a6, a4, -1366
    CHECK 4166, a6, 0xfedcba9876542cba
    li a4, 0x3
    addi a6, a4, 0
    CHECK 4167, a6, 0x3
    li a4, 0x3
    addi a6, a4, 1
    CHECK 4168, a6, 0x4
    li a4, 0x3
    addi a6, a4, -1
    CHECK 4169, a6, 0x2
    li a4, 0x3
    addi a6, a4, 2047
    CHECK 4170, a6, 0x802
    li a4, 0x3
    addi a6, a4, -2048
    CHECK 4171, a6, 0xfffffffffffff803
    li a4, 0x3
    addi a6, a4, 1365
    CHECK 4172, a6, 0x558
    li a4, 0x3
    addi a6, a4, -1366
    CHECK 4173, a6, 0xfffffffffffffaad
    li a4, 0xfffffffffffffff9
    addi a6, a4, 0
    CHECK 4174, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    addi a6, a4, 1
    CHECK 4175, a6, 0xfffffffffffffffa
    li a4, 0xfffffffffffffff9
    addi a6, a4, -1
    CHECK 4176, a6, 0xfffffffffffffff8
    li a4, 0xfffffffffffffff9
    addi a6, a4, 2047
    CHECK 4177, a6, 0x7f8
    li a4, 0xfffffffffffffff9
    addi a6, a4, -2048
    CHECK 4178, a6, 0xfffffffffffff7f9
    li a4, 0xfffffffffffffff9
    addi a6, a4, 1365
    CHECK 4179, a6, 0x54e
    li a4, 0xfffffffffffffff9
    addi a6, a4, -1366
    CHECK 4180, a6, 0xfffffffffffffaa3
    PUTS slti
    li a4, 0x0
    slti a6, a4, 0
    CHECK 4181, a6, 0x0
    li a4, 0x0
    slti a6, a4, 1
    CHECK 4182, a6, 0x1
    li a4, 0x0
    slti a6, a4, -1
    CHECK 4183, a6, 0x0
    li a4, 0x0
    slti a6, a4, 2047
    CHECK 4184, a6, 0x1
    li a4, 0x0
    slti a6, a4, -2048
    CHECK 4185, a6, 0x0
    li a4, 0x0
    slti a6, a4, 1365
    CHECK 4186, a6, 0x1
    li a4, 0x0
    slti a6, a4, -1366
    CHECK 4187, a6, 0x0
    li a4, 0x1
    slti a6, a4, 0
    CHECK 4188, a6, 0x0
    li a4, 0x1
    slti a6, a4, 1
    CHECK 4189, a6, 0x0
    li a4, 0x1
    slti a6, a4, -1
    CHECK 4190, a6, 0x0
    li a4, 0x1
    slti a6, a4, 2047
    CHECK 4191, a6, 0x1
    li a4, 0x1
    slti a6, a4, -2048
    CHECK 4192, a6, 0x0
    li a4, 0x1
    slti a6, a4, 1365
    CHECK 4193, a6, 0x1
    li a4, 0x1
    slti a6, a4, -1366
    CHECK 4194, a6, 0x0
    li a4, 0xffffffffffffffff
    slti a6, a4, 0
    CHECK 4195, a6, 0x1
    li a4, 0xffffffffffffffff
    slti a6, a4, 1
    CHECK 4196, a6, 0x1
    li a4, 0xffffffffffffffff
    slti a6, a4, -1
    CHECK 4197, a6, 0x0
    li a4, 0xffffffffffffffff
    slti a6, a4, 2047
    CHECK 4198, a6, 0x1
    li a4, 0xffffffffffffffff
    slti a6, a4, -2048
    CHECK 4199, a6, 0x0
    li a4, 0xffffffffffffffff
    slti a6, a4, 1365
    CHECK 4200, a6, 0x1
    li a4, 0xffffffffffffffff
    slti a6, a4, -1366
    CHECK 4201, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, 0
    CHECK 4202, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, 1
    CHECK 4203, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, -1
    CHECK 4204, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, 2047
    CHECK 4205, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, -2048
    CHECK 4206, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, 1365
    CHECK 4207, a6, 0x0
    li a4, 0x7fffffffffffffff
    slti a6, a4, -1366
    CHECK 4208, a6, 0x0
    li a4, 0x8000000000000000
    slti a6, a4, 0
    CHECK 4209, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, 1
    CHECK 4210, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, -1
    CHECK 4211, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, 2047
    CHECK 4212, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, -2048
    CHECK 4213, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, 1365
    CHECK 4214, a6, 0x1
    li a4, 0x8000000000000000
    slti a6, a4, -1366
    CHECK 4215, a6, 0x1
    li a4, 0x7fffffff
    slti a6, a4, 0
    CHECK 4216, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, 1
    CHECK 4217, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, -1
    CHECK 4218, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, 2047
    CHECK 4219, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, -2048
    CHECK 4220, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, 1365
    CHECK 4221, a6, 0x0
    li a4, 0x7fffffff
    slti a6, a4, -1366
    CHECK 4222, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, 0
    CHECK 4223, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, 1
    CHECK 4224, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, -1
    CHECK 4225, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, 2047
    CHECK 4226, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, -2048
    CHECK 4227, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, 1365
    CHECK 4228, a6, 0x0
    li a4, 0x80000000
    slti a6, a4, -1366
    CHECK 4229, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, 0
    CHECK 4230, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, 1
    CHECK 4231, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, -1
    CHECK 4232, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, 2047
    CHECK 4233, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, -2048
    CHECK 4234, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, 1365
    CHECK 4235, a6, 0x0
    li a4, 0xffffffff
    slti a6, a4, -1366
    CHECK 4236, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, 0
    CHECK 4237, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, 1
    CHECK 4238, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, -1
    CHECK 4239, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, 2047
    CHECK 4240, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, -2048
    CHECK 4241, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, 1365
    CHECK 4242, a6, 0x0
    li a4, 0x123456789abcdef0
    slti a6, a4, -1366
    CHECK 4243, a6, 0x0
    li a4, 0xfedcba9876543210
    slti a6, a4, 0
    CHECK 4244, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, 1
    CHECK 4245, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, -1
    CHECK 4246, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, 2047
    CHECK 4247, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, -2048
    CHECK 4248, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, 1365
    CHECK 4249, a6, 0x1
    li a4, 0xfedcba9876543210
    slti a6, a4, -1366
    CHECK 4250, a6, 0x1
    li a4, 0x3
    slti a6, a4, 0
    CHECK 4251, a6, 0x0
    li a4, 0x3
    slti a6, a4, 1
    CHECK 4252, a6, 0x0
    li a4, 0x3
    slti a6, a4, -1
    CHECK 4253, a6, 0x0
    li a4, 0x3
    slti a6, a4, 2047
    CHECK 4254, a6, 0x1
    li a4, 0x3
    slti a6, a4, -2048
    CHECK 4255, a6, 0x0
    li a4, 0x3
    slti a6, a4, 1365
    CHECK 4256, a6, 0x1
    li a4, 0x3
    slti a6, a4, -1366
    CHECK 4257, a6, 0x0
    li a4, 0xfffffffffffffff9
    slti a6, a4, 0
    CHECK 4258, a6, 0x1
    li a4, 0xfffffffffffffff9
    slti a6, a4, 1
    CHECK 4259, a6, 0x1
    li a4, 0xfffffffffffffff9
    slti a6, a4, -1
    CHECK 4260, a6, 0x1
    li a4, 0xfffffffffffffff9
    slti a6, a4, 2047
    CHECK 4261, a6, 0x1
    li a4, 0xfffffffffffffff9
    slti a6, a4, -2048
    CHECK 4262, a6, 0x0
    li a4, 0xfffffffffffffff9
    slti a6, a4, 1365
    CHECK 4263, a6, 0x1
    li a4, 0xfffffffffffffff9
    slti a6, a4, -1366
    CHECK 4264, a6, 0x0
    PUTS sltiu
    li a4, 0x0
    sltiu a6, a4, 0
    CHECK 4265, a6, 0x0
    li a4, 0x0
    sltiu a6, a4, 1
    CHECK 4266, a6, 0x1
    li a4, 0x0
    sltiu a6, a4, -1
    CHECK 4267, a6, 0x1
    li a4, 0x0
    sltiu a6, a4, 2047
    CHECK 4268, a6, 0x1
    li a4, 0x0
    sltiu a6, a4, -2048
    CHECK 4269, a6, 0x1
    li a4, 0x0
    sltiu a6, a4, 1365
    CHECK 4270, a6, 0x1
    li a4, 0x0
    sltiu a6, a4, -1366
    CHECK 4271, a6, 0x1
    li a4, 0x1
    sltiu a6, a4, 0
    CHECK 4272, a6, 0x0
    li a4, 0x1
    sltiu a6, a4, 1
    CHECK 4273, a6, 0x0
    li a4, 0x1
    sltiu a6, a4, -1
    CHECK 4274, a6, 0x1
    li a4, 0x1
    sltiu a6, a4, 2047
    CHECK 4275, a6, 0x1
    li a4, 0x1
    sltiu a6, a4, -2048
    CHECK 4276, a6, 0x1
    li a4, 0x1
    sltiu a6, a4, 1365
    CHECK 4277, a6, 0x1
    li a4, 0x1
    sltiu a6, a4, -1366
    CHECK 4278, a6, 0x1
    li a4, 0xffffffffffffffff
    sltiu a6, a4, 0
    CHECK 4279, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, 1
    CHECK 4280, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, -1
    CHECK 4281, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, 2047
    CHECK 4282, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, -2048
    CHECK 4283, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, 1365
    CHECK 4284, a6, 0x0
    li a4, 0xffffffffffffffff
    sltiu a6, a4, -1366
    CHECK 4285, a6, 0x0
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, 0
    CHECK 4286, a6, 0x0
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, 1
    CHECK 4287, a6, 0x0
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, -1
    CHECK 4288, a6, 0x1
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, 2047
    CHECK 4289, a6, 0x0
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, -2048
    CHECK 4290, a6, 0x1
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, 1365
    CHECK 4291, a6, 0x0
    li a4, 0x7fffffffffffffff
    sltiu a6, a4, -1366
    CHECK 4292, a6, 0x1
    li a4, 0x8000000000000000
    sltiu a6, a4, 0
    CHECK 4293, a6, 0x0
    li a4, 0x8000000000000000
    sltiu a6, a4, 1
    CHECK 4294, a6, 0x0
    li a4, 0x8000000000000000
    sltiu a6, a4, -1
    CHECK 4295, a6, 0x1
    li a4, 0x8000000000000000
    sltiu a6, a4, 2047
    CHECK 4296, a6, 0x0
    li a4, 0x8000000000000000
    sltiu a6, a4, -2048
    CHECK 4297, a6, 0x1
    li a4, 0x8000000000000000
    sltiu a6, a4, 1365
    CHECK 4298, a6, 0x0
    li a4, 0x8000000000000000
    sltiu a6, a4, -1366
    CHECK 4299, a6, 0x1
    li a4, 0x7fffffff
    sltiu a6, a4, 0
    CHECK 4300, a6, 0x0
    li a4, 0x7fffffff
    sltiu a6, a4, 1
    CHECK 4301, a6, 0x0
    li a4, 0x7fffffff
    sltiu a6, a4, -1
    CHECK 4302, a6, 0x1
    li a4, 0x7fffffff
    sltiu a6, a4, 2047
    CHECK 4303, a6, 0x0
    li a4, 0x7fffffff
    sltiu a6, a4, -2048
    CHECK 4304, a6, 0x1
    li a4, 0x7fffffff
    sltiu a6, a4, 1365
    CHECK 4305, a6, 0x0
    li a4, 0x7fffffff
    sltiu a6, a4, -1366
    CHECK 4306, a6, 0x1
    li a4, 0x80000000
    sltiu a6, a4, 0
    CHECK 4307, a6, 0x0
    li a4, 0x80000000
    sltiu a6, a4, 1
    CHECK 4308, a6, 0x0
    li a4, 0x80000000
    sltiu a6, a4, -1
    CHECK 4309, a6, 0x1
    li a4, 0x80000000
    sltiu a6, a4, 2047
    CHECK 4310, a6, 0x0
    li a4, 0x80000000
    sltiu a6, a4, -2048
    CHECK 4311, a6, 0x1
    li a4, 0x80000000
    sltiu a6, a4, 1365
    CHECK 4312, a6, 0x0
    li a4, 0x80000000
    sltiu a6, a4, -1366
    CHECK 4313, a6, 0x1
    li a4, 0xffffffff
    sltiu a6, a4, 0
    CHECK 4314, a6, 0x0
    li a4, 0xffffffff
    sltiu a6, a4, 1
    CHECK 4315, a6, 0x0
    li a4, 0xffffffff
    sltiu a6, a4, -1
    CHECK 4316, a6, 0x1
    li a4, 0xffffffff
    sltiu a6, a4, 2047
    CHECK 4317, a6, 0x0
    li a4, 0xffffffff
    sltiu a6, a4, -2048
    CHECK 4318, a6, 0x1
    li a4, 0xffffffff
    sltiu a6, a4, 1365
    CHECK 4319, a6, 0x0
    li a4, 0xffffffff
    sltiu a6, a4, -1366
    CHECK 4320, a6, 0x1
    li a4, 0x123456789abcdef0
    sltiu a6, a4, 0
    CHECK 4321, a6, 0x0
    li a4, 0x123456789abcdef0
    sltiu a6, a4, 1
    CHECK 4322, a6, 0x0
    li a4, 0x123456789abcdef0
    sltiu a6, a4, -1
    CHECK 4323, a6, 0x1
    li a4, 0x123456789abcdef0
    sltiu a6, a4, 2047
    CHECK 4324, a6, 0x0
    li a4, 0x123456789abcdef0
    sltiu a6, a4, -2048
    CHECK 4325, a6, 0x1
    li a4, 0x123456789abcdef0
    sltiu a6, a4, 1365
    CHECK 4326, a6, 0x0
    li a4, 0x123456789abcdef0
    sltiu a6, a4, -1366
    CHECK 4327, a6, 0x1
    li a4, 0xfedcba9876543210
    sltiu a6, a4, 0
    CHECK 4328, a6, 0x0
    li a4, 0xfedcba9876543210
    sltiu a6, a4, 1
    CHECK 4329, a6, 0x0
    li a4, 0xfedcba9876543210
    sltiu a6, a4, -1
    CHECK 4330, a6, 0x1
    li a4, 0xfedcba9876543210
    sltiu a6, a4, 2047
    CHECK 4331, a6, 0x0
    li a4, 0xfedcba9876543210
    sltiu a6, a4, -2048
    CHECK 4332, a6, 0x1
    li a4, 0xfedcba9876543210
    sltiu a6, a4, 1365
    CHECK 4333, a6, 0x0
    li a4, 0xfedcba9876543210
    sltiu a6, a4, -1366
    CHECK 4334, a6, 0x1
    li a4, 0x3
    sltiu a6, a4, 0
    CHECK 4335, a6, 0x0
    li a4, 0x3
    sltiu a6, a4, 1
    CHECK 4336, a6, 0x0
    li a4, 0x3
    sltiu a6, a4, -1
    CHECK 4337, a6, 0x1
    li a4, 0x3
    sltiu a6, a4, 2047
    CHECK 4338, a6, 0x1
    li a4, 0x3
    sltiu a6, a4, -2048
    CHECK 4339, a6, 0x1
    li a4, 0x3
    sltiu a6, a4, 1365
    CHECK 4340, a6, 0x1
    li a4, 0x3
    sltiu a6, a4, -1366
    CHECK 4341, a6, 0x1
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, 0
    CHECK 4342, a6, 0x0
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, 1
    CHECK 4343, a6, 0x0
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, -1
    CHECK 4344, a6, 0x1
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, 2047
    CHECK 4345, a6, 0x0
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, -2048
    CHECK 4346, a6, 0x0
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, 1365
    CHECK 4347, a6, 0x0
    li a4, 0xfffffffffffffff9
    sltiu a6, a4, -1366
    CHECK 4348, a6, 0x0
    PUTS xori
    li a4, 0x0
    xori a6, a4, 0
    CHECK 4349, a6, 0x0
    li a4, 0x0
    xori a6, a4, 1
    CHECK 4350, a6, 0x1
    li a4, 0x0
    xori a6, a4, -1
    CHECK 4351, a6, 0xffffffffffffffff
    li a4, 0x0
    xori a6, a4, 2047
    CHECK 4352, a6, 0x7ff
    li a4, 0x0
    xori a6, a4, -2048
    CHECK 4353, a6, 0xfffffffffffff800
    li a4, 0x0
    xori a6, a4, 1365
    CHECK 4354, a6, 0x555
    li a4, 0x0
    xori a6, a4, -1366
    CHECK 4355, a6, 0xfffffffffffffaaa
    li a4, 0x1
    xori a6, a4, 0
    CHECK 4356, a6, 0x1
    li a4, 0x1
    xori a6, a4, 1
    CHECK 4357, a6, 0x0
    li a4, 0x1
    xori a6, a4, -1
    CHECK 4358, a6, 0xfffffffffffffffe
    li a4, 0x1
    xori a6, a4, 2047
    CHECK 4359, a6, 0x7fe
    li a4, 0x1
    xori a6, a4, -2048
    CHECK 4360, a6, 0xfffffffffffff801
    li a4, 0x1
    xori a6, a4, 1365
    CHECK 4361, a6, 0x554
    li a4, 0x1
    xori a6, a4, -1366
    CHECK 4362, a6, 0xfffffffffffffaab
    li a4, 0xffffffffffffffff
    xori a6, a4, 0
    CHECK 4363, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    xori a6, a4, 1
    CHECK 4364, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    xori a6, a4, -1
    CHECK 4365, a6, 0x0
    li a4, 0xffffffffffffffff
    xori a6, a4, 2047
    CHECK 4366, a6, 0xfffffffffffff800
    li a4, 0xffffffffffffffff
    xori a6, a4, -2048
    CHECK 4367, a6, 0x7ff
    li a4, 0xffffffffffffffff
    xori a6, a4, 1365
    CHECK 4368, a6, 0xfffffffffffffaaa
    li a4, 0xffffffffffffffff
    xori a6, a4, -1366
    CHECK 4369, a6, 0x555
    li a4, 0x7fffffffffffffff
    xori a6, a4, 0
    CHECK 4370, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    xori a6, a4, 1
    CHECK 4371, a6, 0x7ffffffffffffffe
    li a4, 0x7fffffffffffffff
    xori a6, a4, -1
    CHECK 4372, a6, 0x8000000000000000
    li a4, 0x7fffffffffffffff
    xori a6, a4, 2047
    CHECK 4373, a6, 0x7ffffffffffff800
    li a4, 0x7fffffffffffffff
    xori a6, a4, -2048
    CHECK 4374, a6, 0x80000000000007ff
    li a4, 0x7fffffffffffffff
    xori a6, a4, 1365
    CHECK 4375, a6, 0x7ffffffffffffaaa
    li a4, 0x7fffffffffffffff
    xori a6, a4, -1366
    CHECK 4376, a6, 0x8000000000000555
    li a4, 0x8000000000000000
    xori a6, a4, 0
    CHECK 4377, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    xori a6, a4, 1
    CHECK 4378, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    xori a6, a4, -1
    CHECK 4379, a6, 0x7fffffffffffffff
    li a4, 0x8000000000000000
    xori a6, a4, 2047
    CHECK 4380, a6, 0x80000000000007ff
    li a4, 0x8000000000000000
    xori a6, a4, -2048
    CHECK 4381, a6, 0x7ffffffffffff800
    li a4, 0x8000000000000000
    xori a6, a4, 1365
    CHECK 4382, a6, 0x8000000000000555
    li a4, 0x8000000000000000
    xori a6, a4, -1366
    CHECK 4383, a6, 0x7ffffffffffffaaa
    li a4, 0x7fffffff
    xori a6, a4, 0
    CHECK 4384, a6, 0x7fffffff
    li a4, 0x7fffffff
    xori a6, a4, 1
    CHECK 4385, a6, 0x7ffffffe
    li a4, 0x7fffffff
    xori a6, a4, -1
    CHECK 4386, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    xori a6, a4, 2047
    CHECK 4387, a6, 0x7ffff800
    li a4, 0x7fffffff
    xori a6, a4, -2048
    CHECK 4388, a6, 0xffffffff800007ff
    li a4, 0x7fffffff
    xori a6, a4, 1365
    CHECK 4389, a6, 0x7ffffaaa
    li a4, 0x7fffffff
    xori a6, a4, -1366
    CHECK 4390, a6, 0xffffffff80000555
    li a4, 0x80000000
    xori a6, a4, 0
    CHECK 4391, a6, 0x80000000
    li a4, 0x80000000
    xori a6, a4, 1
    CHECK 4392, a6, 0x80000001
    li a4, 0x80000000
    xori a6, a4, -1
    CHECK 4393, a6, 0xffffffff7fffffff
    li a4, 0x80000000
    xori a6, a4, 2047
    CHECK 4394, a6, 0x800007ff
    li a4, 0x80000000
    xori a6, a4, -2048
    CHECK 4395, a6, 0xffffffff7ffff800
    li a4, 0x80000000
    xori a6, a4, 1365
    CHECK 4396, a6, 0x80000555
    li a4, 0x80000000
    xori a6, a4, -1366
    CHECK 4397, a6, 0xffffffff7ffffaaa
    li a4, 0xffffffff
    xori a6, a4, 0
    CHECK 4398, a6, 0xffffffff
    li a4, 0xffffffff
    xori a6, a4, 1
    CHECK 4399, a6, 0xfffffffe
    li a4, 0xffffffff
    xori a6, a4, -1
    CHECK 4400, a6, 0xffffffff00000000
    li a4, 0xffffffff
    xori a6, a4, 2047
    CHECK 4401, a6, 0xfffff800
    li a4, 0xffffffff
    xori a6, a4, -2048
    CHECK 4402, a6, 0xffffffff000007ff
    li a4, 0xffffffff
    xori a6, a4, 1365
    CHECK 4403, a6, 0xfffffaaa
    li a4, 0xffffffff
    xori a6, a4, -1366
    CHECK 4404, a6, 0xffffffff00000555
    li a4, 0x123456789abcdef0
    xori a6, a4, 0
    CHECK 4405, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    xori a6, a4, 1
    CHECK 4406, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    xori a6, a4, -1
    CHECK 4407, a6, 0xedcba9876543210f
    li a4, 0x123456789abcdef0
    xori a6, a4, 2047
    CHECK 4408, a6, 0x123456789abcd90f
    li a4, 0x123456789abcdef0
    xori a6, a4, -2048
    CHECK 4409, a6, 0xedcba987654326f0
    li a4, 0x123456789abcdef0
    xori a6, a4, 1365
    CHECK 4410, a6, 0x123456789abcdba5
    li a4, 0x123456789abcdef0
    xori a6, a4, -1366
    CHECK 4411, a6, 0xedcba9876543245a
    li a4, 0xfedcba9876543210
    xori a6, a4, 0
    CHECK 4412, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    xori a6, a4, 1
    CHECK 4413, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    xori a6, a4, -1
    CHECK 4414, a6, 0x123456789abcdef
    li a4, 0xfedcba9876543210
    xori a6, a4, 2047
    CHECK 4415, a6, 0xfedcba98765435ef
    li a4, 0xfedcba9876543210
    xori a6, a4, -2048
    CHECK 4416, a6, 0x123456789abca10
    li a4, 0xfedcba9876543210
    xori a6, a4, 1365
    CHECK 4417, a6, 0xfedcba9876543745
    li a4, 0xfedcba9876543210
    xori a6, a4, -1366
    CHECK 4418, a6, 0x123456789abc8ba
    li a4, 0x3
    xori a6, a4, 0
    CHECK 4419, a6, 0x3
    li a4, 0x3
    xori a6, a4, 1
    CHECK 4420, a6, 0x2
    li a4, 0x3
    xori a6, a4, -1
    CHECK 4421, a6, 0xfffffffffffffffc
    li a4, 0x3
    xori a6, a4, 2047
    CHECK 4422, a6, 0x7fc
    li a4, 0x3
    xori a6, a4, -2048
    CHECK 4423, a6, 0xfffffffffffff803
    li a4, 0x3
    xori a6, a4, 1365
    CHECK 4424, a6, 0x556
    li a4, 0x3
    xori a6, a4, -1366
    CHECK 4425, a6, 0xfffffffffffffaa9
    li a4, 0xfffffffffffffff9
    xori a6, a4, 0
    CHECK 4426, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    xori a6, a4, 1
    CHECK 4427, a6, 0xfffffffffffffff8
    li a4, 0xfffffffffffffff9
    xori a6, a4, -1
    CHECK 4428, a6, 0x6
    li a4, 0xfffffffffffffff9
    xori a6, a4, 2047
    CHECK 4429, a6, 0xfffffffffffff806
    li a4, 0xfffffffffffffff9
    xori a6, a4, -2048
    CHECK 4430, a6, 0x7f9
    li a4, 0xfffffffffffffff9
    xori a6, a4, 1365
    CHECK 4431, a6, 0xfffffffffffffaac
    li a4, 0xfffffffffffffff9
    xori a6, a4, -1366
    CHECK 4432, a6, 0x553
    PUTS ori
    li a4, 0x0
    ori a6, a4, 0
    CHECK 4433, a6, 0x0
    li a4, 0x0
    ori a6, a4, 1
    CHECK 4434, a6, 0x1
    li a4, 0x0
    ori a6, a4, -1
    CHECK 4435, a6, 0xffffffffffffffff
    li a4, 0x0
    ori a6, a4, 2047
    CHECK 4436, a6, 0x7ff
    li a4, 0x0
    ori a6, a4, -2048
    CHECK 4437, a6, 0xfffffffffffff800
    li a4, 0x0
    ori a6, a4, 1365
    CHECK 4438, a6, 0x555
    li a4, 0x0
    ori a6, a4, -1366
    CHECK 4439, a6, 0xfffffffffffffaaa
    li a4, 0x1
    ori a6, a4, 0
    CHECK 4440, a6, 0x1
    li a4, 0x1
    ori a6, a4, 1
    CHECK 4441, a6, 0x1
    li a4, 0x1
    ori a6, a4, -1
    CHECK 4442, a6, 0xffffffffffffffff
    li a4, 0x1
    ori a6, a4, 2047
    CHECK 4443, a6, 0x7ff
    li a4, 0x1
    ori a6, a4, -2048
    CHECK 4444, a6, 0xfffffffffffff801
    li a4, 0x1
    ori a6, a4, 1365
    CHECK 4445, a6, 0x555
    li a4, 0x1
    ori a6, a4, -1366
    CHECK 4446, a6, 0xfffffffffffffaab
    li a4, 0xffffffffffffffff
    ori a6, a4, 0
    CHECK 4447, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, 1
    CHECK 4448, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, -1
    CHECK 4449, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, 2047
    CHECK 4450, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, -2048
    CHECK 4451, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, 1365
    CHECK 4452, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    ori a6, a4, -1366
    CHECK 4453, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, 0
    CHECK 4454, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, 1
    CHECK 4455, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, -1
    CHECK 4456, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, 2047
    CHECK 4457, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, -2048
    CHECK 4458, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, 1365
    CHECK 4459, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    ori a6, a4, -1366
    CHECK 4460, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    ori a6, a4, 0
    CHECK 4461, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    ori a6, a4, 1
    CHECK 4462, a6, 0x8000000000000001
    li a4, 0x8000000000000000
    ori a6, a4, -1
    CHECK 4463, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    ori a6, a4, 2047
    CHECK 4464, a6, 0x80000000000007ff
    li a4, 0x8000000000000000
    ori a6, a4, -2048
    CHECK 4465, a6, 0xfffffffffffff800
    li a4, 0x8000000000000000
    ori a6, a4, 1365
    CHECK 4466, a6, 0x8000000000000555
    li a4, 0x8000000000000000
    ori a6, a4, -1366
    CHECK 4467, a6, 0xfffffffffffffaaa
    li a4, 0x7fffffff
    ori a6, a4, 0
    CHECK 4468, a6, 0x7fffffff
    li a4, 0x7fffffff
    ori a6, a4, 1
    CHECK 4469, a6, 0x7fffffff
    li a4, 0x7fffffff
    ori a6, a4, -1
    CHECK 4470, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    ori a6, a4, 2047
    CHECK 4471, a6, 0x7fffffff
    li a4, 0x7fffffff
    ori a6, a4, -2048
    CHECK 4472, a6, 0xffffffffffffffff
    li a4, 0x7fffffff
    ori a6, a4, 1365
    CHECK 4473, a6, 0x7fffffff
    li a4, 0x7fffffff
    ori a6, a4, -1366
    CHECK 4474, a6, 0xffffffffffffffff
    li a4, 0x80000000
    ori a6, a4, 0
    CHECK 4475, a6, 0x80000000
    li a4, 0x80000000
    ori a6, a4, 1
    CHECK 4476, a6, 0x80000001
    li a4, 0x80000000
    ori a6, a4, -1
    CHECK 4477, a6, 0xffffffffffffffff
    li a4, 0x80000000
    ori a6, a4, 2047
    CHECK 4478, a6, 0x800007ff
    li a4, 0x80000000
    ori a6, a4, -2048
    CHECK 4479, a6, 0xfffffffffffff800
    li a4, 0x80000000
    ori a6, a4, 1365
    CHECK 4480, a6, 0x80000555
    li a4, 0x80000000
    ori a6, a4, -1366
    CHECK 4481, a6, 0xfffffffffffffaaa
    li a4, 0xffffffff
    ori a6, a4, 0
    CHECK 4482, a6, 0xffffffff
    li a4, 0xffffffff
    ori a6, a4, 1
    CHECK 4483, a6, 0xffffffff
    li a4, 0xffffffff
    ori a6, a4, -1
    CHECK 4484, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    ori a6, a4, 2047
    CHECK 4485, a6, 0xffffffff
    li a4, 0xffffffff
    ori a6, a4, -2048
    CHECK 4486, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    ori a6, a4, 1365
    CHECK 4487, a6, 0xffffffff
    li a4, 0xffffffff
    ori a6, a4, -1366
    CHECK 4488, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    ori a6, a4, 0
    CHECK 4489, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    ori a6, a4, 1
    CHECK 4490, a6, 0x123456789abcdef1
    li a4, 0x123456789abcdef0
    ori a6, a4, -1
    CHECK 4491, a6, 0xffffffffffffffff
    li a4, 0x123456789abcdef0
    ori a6, a4, 2047
    CHECK 4492, a6, 0x123456789abcdfff
    li a4, 0x123456789abcdef0
    ori a6, a4, -2048
    CHECK 4493, a6, 0xfffffffffffffef0
    li a4, 0x123456789abcdef0
    ori a6, a4, 1365
    CHECK 4494, a6, 0x123456789abcdff5
    li a4, 0x123456789abcdef0
    ori a6, a4, -1366
    CHECK 4495, a6, 0xfffffffffffffefa
    li a4, 0xfedcba9876543210
    ori a6, a4, 0
    CHECK 4496, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    ori a6, a4, 1
    CHECK 4497, a6, 0xfedcba9876543211
    li a4, 0xfedcba9876543210
    ori a6, a4, -1
    CHECK 4498, a6, 0xffffffffffffffff
    li a4, 0xfedcba9876543210
    ori a6, a4, 2047
    CHECK 4499, a6, 0xfedcba98765437ff
    li a4, 0xfedcba9876543210
    ori a6, a4, -2048
    CHECK 4500, a6, 0xfffffffffffffa10
    li a4, 0xfedcba9876543210
    ori a6, a4, 1365
    CHECK 4501, a6, 0xfedcba9876543755
    li a4, 0xfedcba9876543210
    ori a6, a4, -1366
    CHECK 4502, a6, 0xfffffffffffffaba
    li a4, 0x3
    ori a6, a4, 0
    CHECK 4503, a6, 0x3
    li a4, 0x3
    ori a6, a4, 1
    CHECK 4504, a6, 0x3
    li a4, 0x3
    ori a6, a4, -1
    CHECK 4505, a6, 0xffffffffffffffff
    li a4, 0x3
    ori a6, a4, 2047
    CHECK 4506, a6, 0x7ff
    li a4, 0x3
    ori a6, a4, -2048
    CHECK 4507, a6, 0xfffffffffffff803
    li a4, 0x3
    ori a6, a4, 1365
    CHECK 4508, a6, 0x557
    li a4, 0x3
    ori a6, a4, -1366
    CHECK 4509, a6, 0xfffffffffffffaab
    li a4, 0xfffffffffffffff9
    ori a6, a4, 0
    CHECK 4510, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    ori a6, a4, 1
    CHECK 4511, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    ori a6, a4, -1
    CHECK 4512, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    ori a6, a4, 2047
    CHECK 4513, a6, 0xffffffffffffffff
    li a4, 0xfffffffffffffff9
    ori a6, a4, -2048
    CHECK 4514, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    ori a6, a4, 1365
    CHECK 4515, a6, 0xfffffffffffffffd
    li a4, 0xfffffffffffffff9
    ori a6, a4, -1366
    CHECK 4516, a6, 0xfffffffffffffffb
    PUTS andi
    li a4, 0x0
    andi a6, a4, 0
    CHECK 4517, a6, 0x0
    li a4, 0x0
    andi a6, a4, 1
    CHECK 4518, a6, 0x0
    li a4, 0x0
    andi a6, a4, -1
    CHECK 4519, a6, 0x0
    li a4, 0x0
    andi a6, a4, 2047
    CHECK 4520, a6, 0x0
    li a4, 0x0
    andi a6, a4, -2048
    CHECK 4521, a6, 0x0
    li a4, 0x0
    andi a6, a4, 1365
    CHECK 4522, a6, 0x0
    li a4, 0x0
    andi a6, a4, -1366
    CHECK 4523, a6, 0x0
    li a4, 0x1
    andi a6, a4, 0
    CHECK 4524, a6, 0x0
    li a4, 0x1
    andi a6, a4, 1
    CHECK 4525, a6, 0x1
    li a4, 0x1
    andi a6, a4, -1
    CHECK 4526, a6, 0x1
    li a4, 0x1
    andi a6, a4, 2047
    CHECK 4527, a6, 0x1
    li a4, 0x1
    andi a6, a4, -2048
    CHECK 4528, a6, 0x0
    li a4, 0x1
    andi a6, a4, 1365
    CHECK 4529, a6, 0x1
    li a4, 0x1
    andi a6, a4, -1366
    CHECK 4530, a6, 0x0
    li a4, 0xffffffffffffffff
    andi a6, a4, 0
    CHECK 4531, a6, 0x0
    li a4, 0xffffffffffffffff
    andi a6, a4, 1
    CHECK 4532, a6, 0x1
    li a4, 0xffffffffffffffff
    andi a6, a4, -1
    CHECK 4533, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    andi a6, a4, 2047
    CHECK 4534, a6, 0x7ff
    li a4, 0xffffffffffffffff
    andi a6, a4, -2048
    CHECK 4535, a6, 0xfffffffffffff800
    li a4, 0xffffffffffffffff
    andi a6, a4, 1365
    CHECK 4536, a6, 0x555
    li a4, 0xffffffffffffffff
    andi a6, a4, -1366
    CHECK 4537, a6, 0xfffffffffffffaaa
    li a4, 0x7fffffffffffffff
    andi a6, a4, 0
    CHECK 4538, a6, 0x0
    li a4, 0x7fffffffffffffff
    andi a6, a4, 1
    CHECK 4539, a6, 0x1
    li a4, 0x7fffffffffffffff
    andi a6, a4, -1
    CHECK 4540, a6, 0x7fffffffffffffff
    li a4, 0x7fffffffffffffff
    andi a6, a4, 2047
    CHECK 4541, a6, 0x7ff
    li a4, 0x7fffffffffffffff
    andi a6, a4, -2048
    CHECK 4542, a6, 0x7ffffffffffff800
    li a4, 0x7fffffffffffffff
    andi a6, a4, 1365
    CHECK 4543, a6, 0x555
    li a4, 0x7fffffffffffffff
    andi a6, a4, -1366
    CHECK 4544, a6, 0x7ffffffffffffaaa
    li a4, 0x8000000000000000
    andi a6, a4, 0
    CHECK 4545, a6, 0x0
    li a4, 0x8000000000000000
    andi a6, a4, 1
    CHECK 4546, a6, 0x0
    li a4, 0x8000000000000000
    andi a6, a4, -1
    CHECK 4547, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    andi a6, a4, 2047
    CHECK 4548, a6, 0x0
    li a4, 0x8000000000000000
    andi a6, a4, -2048
    CHECK 4549, a6, 0x8000000000000000
    li a4, 0x8000000000000000
    andi a6, a4, 1365
    CHECK 4550, a6, 0x0
    li a4, 0x8000000000000000
    andi a6, a4, -1366
    CHECK 4551, a6, 0x8000000000000000
    li a4, 0x7fffffff
    andi a6, a4, 0
    CHECK 4552, a6, 0x0
    li a4, 0x7fffffff
    andi a6, a4, 1
    CHECK 4553, a6, 0x1
    li a4, 0x7fffffff
    andi a6, a4, -1
    CHECK 4554, a6, 0x7fffffff
    li a4, 0x7fffffff
    andi a6, a4, 2047
    CHECK 4555, a6, 0x7ff
    li a4, 0x7fffffff
    andi a6, a4, -2048
    CHECK 4556, a6, 0x7ffff800
    li a4, 0x7fffffff
    andi a6, a4, 1365
    CHECK 4557, a6, 0x555
    li a4, 0x7fffffff
    andi a6, a4, -1366
    CHECK 4558, a6, 0x7ffffaaa
    li a4, 0x80000000
    andi a6, a4, 0
    CHECK 4559, a6, 0x0
    li a4, 0x80000000
    andi a6, a4, 1
    CHECK 4560, a6, 0x0
    li a4, 0x80000000
    andi a6, a4, -1
    CHECK 4561, a6, 0x80000000
    li a4, 0x80000000
    andi a6, a4, 2047
    CHECK 4562, a6, 0x0
    li a4, 0x80000000
    andi a6, a4, -2048
    CHECK 4563, a6, 0x80000000
    li a4, 0x80000000
    andi a6, a4, 1365
    CHECK 4564, a6, 0x0
    li a4, 0x80000000
    andi a6, a4, -1366
    CHECK 4565, a6, 0x80000000
    li a4, 0xffffffff
    andi a6, a4, 0
    CHECK 4566, a6, 0x0
    li a4, 0xffffffff
    andi a6, a4, 1
    CHECK 4567, a6, 0x1
    li a4, 0xffffffff
    andi a6, a4, -1
    CHECK 4568, a6, 0xffffffff
    li a4, 0xffffffff
    andi a6, a4, 2047
    CHECK 4569, a6, 0x7ff
    li a4, 0xffffffff
    andi a6, a4, -2048
    CHECK 4570, a6, 0xfffff800
    li a4, 0xffffffff
    andi a6, a4, 1365
    CHECK 4571, a6, 0x555
    li a4, 0xffffffff
    andi a6, a4, -1366
    CHECK 4572, a6, 0xfffffaaa
    li a4, 0x123456789abcdef0
    andi a6, a4, 0
    CHECK 4573, a6, 0x0
    li a4, 0x123456789abcdef0
    andi a6, a4, 1
    CHECK 4574, a6, 0x0
    li a4, 0x123456789abcdef0
    andi a6, a4, -1
    CHECK 4575, a6, 0x123456789abcdef0
    li a4, 0x123456789abcdef0
    andi a6, a4, 2047
    CHECK 4576, a6, 0x6f0
    li a4, 0x123456789abcdef0
    andi a6, a4, -2048
    CHECK 4577, a6, 0x123456789abcd800
    li a4, 0x123456789abcdef0
    andi a6, a4, 1365
    CHECK 4578, a6, 0x450
    li a4, 0x123456789abcdef0
    andi a6, a4, -1366
    CHECK 4579, a6, 0x123456789abcdaa0
    li a4, 0xfedcba9876543210
    andi a6, a4, 0
    CHECK 4580, a6, 0x0
    li a4, 0xfedcba9876543210
    andi a6, a4, 1
    CHECK 4581, a6, 0x0
    li a4, 0xfedcba9876543210
    andi a6, a4, -1
    CHECK 4582, a6, 0xfedcba9876543210
    li a4, 0xfedcba9876543210
    andi a6, a4, 2047
    CHECK 4583, a6, 0x210
    li a4, 0xfedcba9876543210
    andi a6, a4, -2048
    CHECK 4584, a6, 0xfedcba9876543000
    li a4, 0xfedcba9876543210
    andi a6, a4, 1365
    CHECK 4585, a6, 0x10
    li a4, 0xfedcba9876543210
    andi a6, a4, -1366
    CHECK 4586, a6, 0xfedcba9876543200
    li a4, 0x3
    andi a6, a4, 0
    CHECK 4587, a6, 0x0
    li a4, 0x3
    andi a6, a4, 1
    CHECK 4588, a6, 0x1
    li a4, 0x3
    andi a6, a4, -1
    CHECK 4589, a6, 0x3
    li a4, 0x3
    andi a6, a4, 2047
    CHECK 4590, a6, 0x3
    li a4, 0x3
    andi a6, a4, -2048
    CHECK 4591, a6, 0x0
    li a4, 0x3
    andi a6, a4, 1365
    CHECK 4592, a6, 0x1
    li a4, 0x3
    andi a6, a4, -1366
    CHECK 4593, a6, 0x2
    li a4, 0xfffffffffffffff9
    andi a6, a4, 0
    CHECK 4594, a6, 0x0
    li a4, 0xfffffffffffffff9
    andi a6, a4, 1
    CHECK 4595, a6, 0x1
    li a4, 0xfffffffffffffff9
    andi a6, a4, -1
    CHECK 4596, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    andi a6, a4, 2047
    CHECK 4597, a6, 0x7f9
    li a4, 0xfffffffffffffff9
    andi a6, a4, -2048
    CHECK 4598, a6, 0xfffffffffffff800
    li a4, 0xfffffffffffffff9
    andi a6, a4, 1365
    CHECK 4599, a6, 0x551
    li a4, 0xfffffffffffffff9
    andi a6, a4, -1366
    CHECK 4600, a6, 0xfffffffffffffaa8
    PUTS addiw
    li a4, 0x0
    addiw a6, a4, 0
    CHECK 4601, a6, 0x0
    li a4, 0x0
    addiw a6, a4, 1
    CHECK 4602, a6, 0x1
    li a4, 0x0
    addiw a6, a4, -1
    CHECK 4603, a6, 0xffffffffffffffff
    li a4, 0x0
    addiw a6, a4, 2047
    CHECK 4604, a6, 0x7ff
    li a4, 0x0
    addiw a6, a4, -2048
    CHECK 4605, a6, 0xfffffffffffff800
    li a4, 0x0
    addiw a6, a4, 1365
    CHECK 4606, a6, 0x555
    li a4, 0x0
    addiw a6, a4, -1366
    CHECK 4607, a6, 0xfffffffffffffaaa
    li a4, 0x1
    addiw a6, a4, 0
    CHECK 4608, a6, 0x1
    li a4, 0x1
    addiw a6, a4, 1
    CHECK 4609, a6, 0x2
    li a4, 0x1
    addiw a6, a4, -1
    CHECK 4610, a6, 0x0
    li a4, 0x1
    addiw a6, a4, 2047
    CHECK 4611, a6, 0x800
    li a4, 0x1
    addiw a6, a4, -2048
    CHECK 4612, a6, 0xfffffffffffff801
    li a4, 0x1
    addiw a6, a4, 1365
    CHECK 4613, a6, 0x556
    li a4, 0x1
    addiw a6, a4, -1366
    CHECK 4614, a6, 0xfffffffffffffaab
    li a4, 0xffffffffffffffff
    addiw a6, a4, 0
    CHECK 4615, a6, 0xffffffffffffffff
    li a4, 0xffffffffffffffff
    addiw a6, a4, 1
    CHECK 4616, a6, 0x0
    li a4, 0xffffffffffffffff
    addiw a6, a4, -1
    CHECK 4617, a6, 0xfffffffffffffffe
    li a4, 0xffffffffffffffff
    addiw a6, a4, 2047
    CHECK 4618, a6, 0x7fe
    li a4, 0xffffffffffffffff
    addiw a6, a4, -2048
    CHECK 4619, a6, 0xfffffffffffff7ff
    li a4, 0xffffffffffffffff
    addiw a6, a4, 1365
    CHECK 4620, a6, 0x554
    li a4, 0xffffffffffffffff
    addiw a6, a4, -1366
    CHECK 4621, a6, 0xfffffffffffffaa9
    li a4, 0x7fffffffffffffff
    addiw a6, a4, 0
    CHECK 4622, a6, 0xffffffffffffffff
    li a4, 0x7fffffffffffffff
    addiw a6, a4, 1
    CHECK 4623, a6, 0x0
    li a4, 0x7fffffffffffffff
    addiw a6, a4, -1
    CHECK 4624, a6, 0xfffffffffffffffe
    li a4, 0x7fffffffffffffff
    addiw a6, a4, 2047
    CHECK 4625, a6, 0x7fe
    li a4, 0x7fffffffffffffff
    addiw a6, a4, -2048
    CHECK 4626, a6, 0xfffffffffffff7ff
    li a4, 0x7fffffffffffffff
    addiw a6, a4, 1365
    CHECK 4627, a6, 0x554
    li a4, 0x7fffffffffffffff
    addiw a6, a4, -1366
    CHECK 4628, a6, 0xfffffffffffffaa9
    li a4, 0x8000000000000000
    addiw a6, a4, 0
    CHECK 4629, a6, 0x0
    li a4, 0x8000000000000000
    addiw a6, a4, 1
    CHECK 4630, a6, 0x1
    li a4, 0x8000000000000000
    addiw a6, a4, -1
    CHECK 4631, a6, 0xffffffffffffffff
    li a4, 0x8000000000000000
    addiw a6, a4, 2047
    CHECK 4632, a6, 0x7ff
    li a4, 0x8000000000000000
    addiw a6, a4, -2048
    CHECK 4633, a6, 0xfffffffffffff800
    li a4, 0x8000000000000000
    addiw a6, a4, 1365
    CHECK 4634, a6, 0x555
    li a4, 0x8000000000000000
    addiw a6, a4, -1366
    CHECK 4635, a6, 0xfffffffffffffaaa
    li a4, 0x7fffffff
    addiw a6, a4, 0
    CHECK 4636, a6, 0x7fffffff
    li a4, 0x7fffffff
    addiw a6, a4, 1
    CHECK 4637, a6, 0xffffffff80000000
    li a4, 0x7fffffff
    addiw a6, a4, -1
    CHECK 4638, a6, 0x7ffffffe
    li a4, 0x7fffffff
    addiw a6, a4, 2047
    CHECK 4639, a6, 0xffffffff800007fe
    li a4, 0x7fffffff
    addiw a6, a4, -2048
    CHECK 4640, a6, 0x7ffff7ff
    li a4, 0x7fffffff
    addiw a6, a4, 1365
    CHECK 4641, a6, 0xffffffff80000554
    li a4, 0x7fffffff
    addiw a6, a4, -1366
    CHECK 4642, a6, 0x7ffffaa9
    li a4, 0x80000000
    addiw a6, a4, 0
    CHECK 4643, a6, 0xffffffff80000000
    li a4, 0x80000000
    addiw a6, a4, 1
    CHECK 4644, a6, 0xffffffff80000001
    li a4, 0x80000000
    addiw a6, a4, -1
    CHECK 4645, a6, 0x7fffffff
    li a4, 0x80000000
    addiw a6, a4, 2047
    CHECK 4646, a6, 0xffffffff800007ff
    li a4, 0x80000000
    addiw a6, a4, -2048
    CHECK 4647, a6, 0x7ffff800
    li a4, 0x80000000
    addiw a6, a4, 1365
    CHECK 4648, a6, 0xffffffff80000555
    li a4, 0x80000000
    addiw a6, a4, -1366
    CHECK 4649, a6, 0x7ffffaaa
    li a4, 0xffffffff
    addiw a6, a4, 0
    CHECK 4650, a6, 0xffffffffffffffff
    li a4, 0xffffffff
    addiw a6, a4, 1
    CHECK 4651, a6, 0x0
    li a4, 0xffffffff
    addiw a6, a4, -1
    CHECK 4652, a6, 0xfffffffffffffffe
    li a4, 0xffffffff
    addiw a6, a4, 2047
    CHECK 4653, a6, 0x7fe
    li a4, 0xffffffff
    addiw a6, a4, -2048
    CHECK 4654, a6, 0xfffffffffffff7ff
    li a4, 0xffffffff
    addiw a6, a4, 1365
    CHECK 4655, a6, 0x554
    li a4, 0xffffffff
    addiw a6, a4, -1366
    CHECK 4656, a6, 0xfffffffffffffaa9
    li a4, 0x123456789abcdef0
    addiw a6, a4, 0
    CHECK 4657, a6, 0xffffffff9abcdef0
    li a4, 0x123456789abcdef0
    addiw a6, a4, 1
    CHECK 4658, a6, 0xffffffff9abcdef1
    li a4, 0x123456789abcdef0
    addiw a6, a4, -1
    CHECK 4659, a6, 0xffffffff9abcdeef
    li a4, 0x123456789abcdef0
    addiw a6, a4, 2047
    CHECK 4660, a6, 0xffffffff9abce6ef
    li a4, 0x123456789abcdef0
    addiw a6, a4, -2048
    CHECK 4661, a6, 0xffffffff9abcd6f0
    li a4, 0x123456789abcdef0
    addiw a6, a4, 1365
    CHECK 4662, a6, 0xffffffff9abce445
    li a4, 0x123456789abcdef0
    addiw a6, a4, -1366
    CHECK 4663, a6, 0xffffffff9abcd99a
    li a4, 0xfedcba9876543210
    addiw a6, a4, 0
    CHECK 4664, a6, 0x76543210
    li a4, 0xfedcba9876543210
    addiw a6, a4, 1
    CHECK 4665, a6, 0x76543211
    li a4, 0xfedcba9876543210
    addiw a6, a4, -1
    CHECK 4666, a6, 0x7654320f
    li a4, 0xfedcba9876543210
    addiw a6, a4, 2047
    CHECK 4667, a6, 0x76543a0f
    li a4, 0xfedcba9876543210
    addiw a6, a4, -2048
    CHECK 4668, a6, 0x76542a10
    li a4, 0xfedcba9876543210
    addiw a6, a4, 1365
    CHECK 4669, a6, 0x76543765
    li a4, 0xfedcba9876543210
    addiw a6, a4, -1366
    CHECK 4670, a6, 0x76542cba
    li a4, 0x3
    addiw a6, a4, 0
    CHECK 4671, a6, 0x3
    li a4, 0x3
    addiw a6, a4, 1
    CHECK 4672, a6, 0x4
    li a4, 0x3
    addiw a6, a4, -1
    CHECK 4673, a6, 0x2
    li a4, 0x3
    addiw a6, a4, 2047
    CHECK 4674, a6, 0x802
    li a4, 0x3
    addiw a6, a4, -2048
    CHECK 4675, a6, 0xfffffffffffff803
    li a4, 0x3
    addiw a6, a4, 1365
    CHECK 4676, a6, 0x558
    li a4, 0x3
    addiw a6, a4, -1366
    CHECK 4677, a6, 0xfffffffffffffaad
    li a4, 0xfffffffffffffff9
    addiw a6, a4, 0
    CHECK 4678, a6, 0xfffffffffffffff9
    li a4, 0xfffffffffffffff9
    addiw a6, a4, 1
    CHECK 4679, a6, 0xfffffffffffffffa
    li a4, 0xfffffffffffffff9
    addiw a6, a4, -1
    CHECK 4680, a6, 0xfffffffffffffff8
    li a4, 0xfffffffffffffff9
    addiw a6, a4, 2047
    CHECK 4681, a6, 0x7f8
    li a4, 0xfffffffffffffff9
    addiw a6, a4, -2048
    CHECK 4682, a6, 0xfffffffffffff7f9
    li a4, 0xfffffffffffffff9
    addiw a6, a4, 1365
    CHECK 4683, a6, 0x54e
    li a4, 0xfffffffffffffff9
    addiw a6, a4, -1366
    CHECK 4684, a6, 0xfffffffffffffaa3
    PUTS x0
    li a4, 5
    add x0, a4, a4
    CHECK 0x2001, x0, 0
    add a6, x0, a4
    CHECK 0x2002, a6, 5
    li a4, 0x7fffffff
    addw a4, a4, a4
    CHECK 0x2003, a4, 0xfffffffffffffffe
    li a4, 0x123
    sub a4, a4, a4
    CHECK 0x2004, a4, 0
    lui a6, 0x80000
    CHECK 0x2005, a6, 0xffffffff80000000
    lui a6, 0x7ffff
    CHECK 0x2006, a6, 0x7ffff000
    lui a6, 0xfffff
    CHECK 0x2007, a6, 0xfffffffffffff000
    lui a6, 0
    CHECK 0x2008, a6, 0
1:  auipc a6, 0
    la a7, 1b
    sub a6, a6, a7
    CHECK 0x2009, a6, 0
1:  auipc a6, 0x80000
    la a7, 1b
    sub a6, a6, a7
    CHECK 0x200a, a6, 0xffffffff80000000
1:  auipc a6, 1
    la a7, 1b
    sub a6, a6, a7
    CHECK 0x200b, a6, 0x1000
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

