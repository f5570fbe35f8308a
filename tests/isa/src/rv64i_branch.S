/* RV64I conditional branches over signed and unsigned edge values.
   Expected values were computed with a Python model of the ISA and cross-checked against QEMU. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME rv64i_branch
    PUTS beq
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 1, a6, 0
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 2, a6, 1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 3, a6, 1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 4, a6, 1
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 5, a6, 1
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 6, a6, 1
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 7, a6, 1
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 8, a6, 1
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 9, a6, 0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 10, a6, 1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 11, a6, 1
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 12, a6, 1
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 13, a6, 1
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 14, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 15, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 16, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 17, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 18, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 19, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 20, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 21, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 22, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 23, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 24, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 25, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 26, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 27, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 28, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 29, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 30, a6, 1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 31, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 32, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 33, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 34, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 35, a6, 1
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 36, a6, 1
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 37, a6, 1
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 38, a6, 1
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 39, a6, 1
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 40, a6, 1
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 41, a6, 0
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 42, a6, 1
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 43, a6, 1
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 44, a6, 1
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 45, a6, 1
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 46, a6, 1
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 47, a6, 1
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 48, a6, 1
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    beq a4, a5, 1f
    li a6, 1
1:  CHECK 49, a6, 0
    PUTS bne
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 50, a6, 1
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 51, a6, 0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 52, a6, 0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 53, a6, 0
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 54, a6, 0
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 55, a6, 0
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 56, a6, 0
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 57, a6, 0
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 58, a6, 1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 59, a6, 0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 60, a6, 0
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 61, a6, 0
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 62, a6, 0
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 63, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 64, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 65, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 66, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 67, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 68, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 69, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 70, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 71, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 72, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 73, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 74, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 75, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 76, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 77, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 78, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 79, a6, 0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 80, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 81, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 82, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 83, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 84, a6, 0
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 85, a6, 0
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 86, a6, 0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 87, a6, 0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 88, a6, 0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 89, a6, 0
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 90, a6, 1
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 91, a6, 0
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 92, a6, 0
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 93, a6, 0
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 94, a6, 0
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 95, a6, 0
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 96, a6, 0
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 97, a6, 0
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    bne a4, a5, 1f
    li a6, 1
1:  CHECK 98, a6, 1
    PUTS blt
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 99, a6, 1
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 100, a6, 0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 101, a6, 1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 102, a6, 0
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 103, a6, 1
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 104, a6, 0
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 105, a6, 0
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 106, a6, 1
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 107, a6, 1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 108, a6, 1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 109, a6, 0
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 110, a6, 1
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 111, a6, 0
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 112, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 113, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 114, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 115, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 116, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 117, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 118, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 119, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 120, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 121, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 122, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 123, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 124, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 125, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 126, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 127, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 128, a6, 0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 129, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 130, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 131, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 132, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 133, a6, 0
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 134, a6, 1
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 135, a6, 1
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 136, a6, 1
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 137, a6, 0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 138, a6, 1
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 139, a6, 1
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 140, a6, 1
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 141, a6, 1
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 142, a6, 1
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 143, a6, 1
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 144, a6, 0
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 145, a6, 1
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 146, a6, 0
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    blt a4, a5, 1f
    li a6, 1
1:  CHECK 147, a6, 1
    PUTS bge
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 148, a6, 0
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 149, a6, 1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 150, a6, 0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 151, a6, 1
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 152, a6, 0
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 153, a6, 1
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 154, a6, 1
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 155, a6, 0
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 156, a6, 0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 157, a6, 0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 158, a6, 1
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 159, a6, 0
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 160, a6, 1
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 161, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 162, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 163, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 164, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 165, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 166, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 167, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 168, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 169, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 170, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 171, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 172, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 173, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 174, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 175, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 176, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 177, a6, 1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 178, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 179, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 180, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 181, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 182, a6, 1
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 183, a6, 0
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 184, a6, 0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 185, a6, 0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 186, a6, 1
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 187, a6, 0
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 188, a6, 0
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 189, a6, 0
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 190, a6, 0
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 191, a6, 0
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 192, a6, 0
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 193, a6, 1
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 194, a6, 0
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 195, a6, 1
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    bge a4, a5, 1f
    li a6, 1
1:  CHECK 196, a6, 0
    PUTS bltu
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 197, a6, 1
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 198, a6, 0
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 199, a6, 0
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 200, a6, 0
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 201, a6, 0
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 202, a6, 0
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 203, a6, 0
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 204, a6, 1
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 205, a6, 1
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 206, a6, 0
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 207, a6, 0
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 208, a6, 0
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 209, a6, 0
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 210, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 211, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 212, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 213, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 214, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 215, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 216, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 217, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 218, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 219, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 220, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 221, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 222, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 223, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 224, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 225, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 226, a6, 1
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 227, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 228, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 229, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 230, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 231, a6, 1
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 232, a6, 1
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 233, a6, 1
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 234, a6, 0
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 235, a6, 0
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 236, a6, 0
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 237, a6, 1
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 238, a6, 1
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 239, a6, 1
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 240, a6, 1
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 241, a6, 0
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 242, a6, 0
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 243, a6, 0
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 244, a6, 0
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    bltu a4, a5, 1f
    li a6, 1
1:  CHECK 245, a6, 1
    PUTS bgeu
    li a4, 0x0
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 246, a6, 0
    li a4, 0x0
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 247, a6, 1
    li a4, 0x0
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 248, a6, 1
    li a4, 0x0
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 249, a6, 1
    li a4, 0x0
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 250, a6, 1
    li a4, 0x0
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 251, a6, 1
    li a4, 0x0
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 252, a6, 1
    li a4, 0x1
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 253, a6, 0
    li a4, 0x1
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 254, a6, 0
    li a4, 0x1
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 255, a6, 1
    li a4, 0x1
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 256, a6, 1
    li a4, 0x1
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 257, a6, 1
    li a4, 0x1
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 258, a6, 1
    li a4, 0x1
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 259, a6, 1
    li a4, 0xffffffffffffffff
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 260, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 261, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 262, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 263, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 264, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 265, a6, 0
    li a4, 0xffffffffffffffff
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 266, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 267, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 268, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 269, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 270, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 271, a6, 1
    li a4, 0x7fffffffffffffff
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 272, a6, 0
    li a4, 0x7fffffffffffffff
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 273, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 274, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 275, a6, 0
    li a4, 0x8000000000000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 276, a6, 1
    li a4, 0x8000000000000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 277, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 278, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 279, a6, 0
    li a4, 0x8000000000000000
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 280, a6, 0
    li a4, 0x80000000
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 281, a6, 0
    li a4, 0x80000000
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 282, a6, 0
    li a4, 0x80000000
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 283, a6, 1
    li a4, 0x80000000
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 284, a6, 1
    li a4, 0x80000000
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 285, a6, 1
    li a4, 0x80000000
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 286, a6, 0
    li a4, 0x80000000
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 287, a6, 0
    li a4, 0x5
    li a5, 0x0
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 288, a6, 0
    li a4, 0x5
    li a5, 0x1
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 289, a6, 0
    li a4, 0x5
    li a5, 0xffffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 290, a6, 1
    li a4, 0x5
    li a5, 0x7fffffffffffffff
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 291, a6, 1
    li a4, 0x5
    li a5, 0x8000000000000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 292, a6, 1
    li a4, 0x5
    li a5, 0x80000000
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 293, a6, 1
    li a4, 0x5
    li a5, 0x5
    li a6, 0
    bgeu a4, a5, 1f
    li a6, 1
1:  CHECK 294, a6, 0
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

