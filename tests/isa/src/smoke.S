/* Smallest test: the runtime itself (console, checks, exit). */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME smoke
    li s0, 42
    CHECK 1, s0, 42
    ld ra, 0(sp)
    addi sp, sp, 16
    ret
