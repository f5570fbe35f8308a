/* Interrupts through the CLINT (msip, mtimecmp/mtime at spike's addresses) and mip: software and timer
   interrupts to M, WFI waking with interrupts globally off, priority between pending interrupts, supervisor
   interrupts delegated through mideleg (and not), and M-level interrupts preempting lower modes. */
#include "test.h"
#define INTR (1 << 63)
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME interrupts
    la t0, s_trap_entry
    csrw stvec, t0
    li s0, CLINT_MSIP
    li s1, CLINT_MTIMECMP
    li s2, CLINT_MTIME
    li t0, -1
    sd t0, 0(s1)

    PUTS machine-software
    li t4, 1 << 3
    csrw mie, t4
    EXPECT_TRAP 1f
    csrsi mstatus, MSTATUS_MIE
    li t4, 1
    sw t4, 0(s0)
2:  j 2b                    /* the interrupt leaves this loop */
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x10, a6, INTR | 3
    csrr a6, mstatus
    andi a6, a6, MSTATUS_MIE
    CHECK 0x11, a6, 0
    lw a6, 0(s0)
    CHECK 0x12, a6, 1
    sw zero, 0(s0)
    csrr a6, mip
    andi a6, a6, 1 << 3
    CHECK 0x13, a6, 0

    PUTS machine-timer-wfi
    ld t4, 0(s2)
    addi t4, t4, 500        /* 50 us ahead */
    sd t4, 0(s1)
    li t4, 1 << 7
    csrw mie, t4
    EXPECT_TRAP 1f
    csrsi mstatus, MSTATUS_MIE
2:  wfi
    j 2b
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x20, a6, INTR | 7
    ld t4, 0(s1)
    ld t5, 0(s2)
    sltu a6, t5, t4         /* mtime has passed mtimecmp */
    CHECK 0x21, a6, 0
    li t4, -1
    sd t4, 0(s1)
    csrr a6, mip
    andi a6, a6, 1 << 7
    CHECK 0x22, a6, 0

    PUTS wfi-disabled
    /* with MIE off, WFI still wakes on a pending enabled interrupt and execution continues after it */
    csrci mstatus, MSTATUS_MIE
    li t4, 1 << 7
    csrw mie, t4
    ld t4, 0(s2)
    addi t4, t4, 500
    sd t4, 0(s1)
2:  wfi
    csrr a6, mip
    andi a6, a6, 1 << 7
    beqz a6, 2b
    CHECK 0x30, a6, 1 << 7
    la t4, trap_count
    ld a6, 0(t4)
    CHECK 0x31, a6, 2       /* no trap was taken */
    li t4, -1
    sd t4, 0(s1)
    csrw mie, zero

    PUTS priority
    /* software (3) is taken before timer (7) */
    sd zero, 0(s1)
    li t4, 1
    sw t4, 0(s0)
    li t4, (1 << 3) | (1 << 7)
    csrw mie, t4
    EXPECT_TRAP 1f
    csrsi mstatus, MSTATUS_MIE
    nop
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x40, a6, INTR | 3
    EXPECT_TRAP 1f
    csrsi mstatus, MSTATUS_MIE
    nop
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x41, a6, INTR | 7
    sw zero, 0(s0)
    li t4, -1
    sd t4, 0(s1)
    csrw mie, zero

    PUTS precise
    /* an interrupt made pending-and-enabled by a CSR write is taken before the next instruction */
    li t4, 1
    sw t4, 0(s0)
    li t4, 1 << 3
    csrw mie, t4
    li a4, 0
    EXPECT_TRAP 1f
    csrsi mstatus, MSTATUS_MIE
2:  li a4, 1
1:  la t4, trap_epc
    ld a6, 0(t4)
    la t4, 2b
    sub a6, a6, t4
    CHECK 0x48, a6, 0
    CHECK 0x49, a4, 0
    /* the same through mie with MIE already set */
    csrci mstatus, MSTATUS_MIE
    csrsi mstatus, MSTATUS_MIE
    EXPECT_TRAP 1f
    li t4, 1 << 3
    csrs mie, t4
2:  li a4, 2
1:  la t4, trap_epc
    ld a6, 0(t4)
    la t4, 2b
    sub a6, a6, t4
    CHECK 0x4a, a6, 0
    CHECK 0x4b, a4, 0
    sw zero, 0(s0)
    csrci mstatus, MSTATUS_MIE
    csrw mie, zero

    PUTS supervisor
    /* M writes SSIP; delegated, it is not taken in M even with MIE and SIE set */
    li t4, (1 << 1) | (1 << 5)
    csrw mideleg, t4
    li t4, 1 << 1
    csrw mie, t4
    csrs mip, t4
    csrsi mstatus, MSTATUS_MIE | MSTATUS_SIE
    nop
    nop
    csrci mstatus, MSTATUS_MIE
    la t4, trap_count
    ld a6, 0(t4)
    CHECK 0x50, a6, 6
    /* in S with SIE set it traps to S */
    EXPECT_STRAP 1f
    ENTER_MODE PRV_S, 2f
2:  nop
    j 2b
1:  la t4, s_trap_cause
    ld a6, 0(t4)
    CHECK 0x51, a6, INTR | 1
    csrci sip, 1 << 1
    EXPECT_TRAP 1f, PRV_M
    ecall
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x52, a6, 9
    /* in U it traps to S whatever SIE says */
    csrci mstatus, MSTATUS_SIE
    li t4, 1 << 1
    csrs mie, t4
    csrs mip, t4
    EXPECT_STRAP 1f
    ENTER_MODE PRV_U, 2f
2:  nop
    j 2b
1:  la t4, s_trap_cause
    ld a6, 0(t4)
    CHECK 0x53, a6, INTR | 1
    la t4, s_trap_status
    ld a6, 0(t4)
    andi a6, a6, MSTATUS_SPP
    CHECK 0x54, a6, 0
    EXPECT_TRAP 1f, PRV_M
    ecall
1:  csrci mstatus, MSTATUS_MIE     /* the mret of the ecall restored MIE from MPIE */
    li t4, 1 << 1
    csrc mip, t4
    /* not delegated: SSIP goes to M from S although MIE is 0 */
    csrw mideleg, zero
    li t4, 1 << 1
    csrw mie, t4
    csrs mip, t4
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  nop
    j 2b
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x55, a6, INTR | 1
    li t4, 1 << 1
    csrc mip, t4
    /* an M interrupt preempts U even with a delegated one pending */
    li t4, (1 << 1) | (1 << 5)
    csrw mideleg, t4
    li t4, 1 << 1
    csrs mip, t4
    li t4, (1 << 1) | (1 << 3)
    csrw mie, t4
    li t4, 1
    sw t4, 0(s0)
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  nop
    j 2b
1:  la t4, trap_cause
    ld a6, 0(t4)
    CHECK 0x56, a6, INTR | 3
    sw zero, 0(s0)
    li t4, 1 << 1
    csrc mip, t4
    csrw mie, zero
    csrw mideleg, zero

    ld ra, 0(sp)
    addi sp, sp, 16
    ret
