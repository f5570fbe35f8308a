/* Zicsr and Zicntr (mscratch belongs to the trap handler, so sscratch is the scratch CSR here): every CSR instruction form on a scratch CSR, read-only CSRs, WARL masking of mepc, the
   sstatus/sie views of mstatus/mie, fcsr aliases, cycle and instret
   (monotonic; QEMU's spike board has no time CSR, so time is not read) and their enables from U-mode. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME zicsr

    PUTS forms
    li a4, 0x123456789abcdef0
    csrw sscratch, a4
    li a5, 0x0f0f
    csrrw a6, sscratch, a5
    CHECK 1, a6, 0x123456789abcdef0
    li a5, 0xf000
    csrrs a6, sscratch, a5
    CHECK 2, a6, 0x0f0f
    li a5, 0x00ff
    csrrc a6, sscratch, a5
    CHECK 3, a6, 0xff0f
    csrr a6, sscratch
    CHECK 4, a6, 0xff00
    csrrwi a6, sscratch, 0x15
    CHECK 5, a6, 0xff00
    csrrsi a6, sscratch, 0x0a
    CHECK 6, a6, 0x15
    csrrci a6, sscratch, 0x03
    CHECK 7, a6, 0x1f
    csrr a6, sscratch
    CHECK 8, a6, 0x1c
    /* rd = rs1 */
    li a6, 0x77
    csrrw a6, sscratch, a6
    CHECK 9, a6, 0x1c
    csrr a6, sscratch
    CHECK 10, a6, 0x77
    /* csrrs/csrrc with x0 or uimm 0 do not write: allowed on a read-only CSR */
    csrrs a6, mhartid, x0
    CHECK 11, a6, 0
    csrrc a6, mhartid, x0
    CHECK 12, a6, 0
    csrrsi a6, mhartid, 0
    CHECK 13, a6, 0
    /* writing a read-only CSR is illegal; mtval holds the instruction bits */
    EXPECT_TRAP 1f
2:  csrrw a6, mhartid, a5
1:  CHECK_TRAP 14, 2, 2b
    LOAD_TVAL a6
    li t4, 0
    beqz a6, 3f             /* mtval may legally be zero; if not, it must be the instruction */
    la t4, 2b
    lwu t4, 0(t4)
    sub t4, a6, t4
3:  CHECK 16, t4, 0
    EXPECT_TRAP 1f
2:  csrrsi a6, mhartid, 1
1:  CHECK_TRAP 17, 2, 2b
    /* an unimplemented CSR number is illegal */
    EXPECT_TRAP 1f
2:  csrr a6, 0x7ff
1:  CHECK_TRAP 19, 2, 2b

    PUTS warl
    li a4, 0x80001002       /* QEMU 7.2 keeps bit 0 of mepc on write, so only legal values here */
    csrw mepc, a4
    csrr a6, mepc
    CHECK 0x20, a6, 0x80001002
    csrw sepc, a4
    csrr a6, sepc
    CHECK 0x21, a6, 0x80001002
    li a4, 0x7ffffffe
    csrw sscratch, a4
    csrr a6, sscratch
    CHECK 0x22, a6, 0x7ffffffe
    /* mtvec: base and mode 1 (vectored) survive */
    csrr s2, mtvec
    la a4, trap_entry
    ori a4, a4, 1
    csrw mtvec, a4
    csrr a6, mtvec
    sub a6, a6, a4
    csrw mtvec, s2
    CHECK 0x23, a6, 0
    /* misa: the extensions we claim, and MXL = 2 */
    csrr a6, misa
    li t4, 0x14112d         /* I M A F D C S U */
    and a5, a6, t4
    CHECK 0x24, a5, 0x14112d
    srli a6, a6, 62
    CHECK 0x25, a6, 2

    PUTS views
    /* sstatus shows the S-level fields of mstatus */
    csrci mstatus, MSTATUS_SIE
    csrsi sstatus, MSTATUS_SIE
    csrr a6, mstatus
    andi a6, a6, MSTATUS_SIE
    CHECK 0x30, a6, MSTATUS_SIE
    csrci mstatus, MSTATUS_SIE
    csrr a6, sstatus
    andi a6, a6, MSTATUS_SIE
    CHECK 0x31, a6, 0
    /* MIE and MPP are not visible through sstatus */
    li a4, MSTATUS_MPP
    csrs mstatus, a4
    csrr a6, sstatus
    li t4, MSTATUS_MPP | MSTATUS_MIE | MSTATUS_MPIE
    and a6, a6, t4
    CHECK 0x32, a6, 0
    /* SUM and MXR are */
    li a4, MSTATUS_SUM | MSTATUS_MXR
    csrs sstatus, a4
    csrr a6, mstatus
    and a6, a6, a4
    CHECK 0x33, a6, MSTATUS_SUM | MSTATUS_MXR
    csrc mstatus, a4
    /* sie is mie restricted to the delegated interrupts */
    li a4, 0x222
    csrw mideleg, a4
    li a4, 0xaaa
    csrw mie, a4
    csrr a6, sie
    CHECK 0x34, a6, 0x222
    csrw sie, zero
    csrr a6, mie
    CHECK 0x35, a6, 0x888
    csrw mie, zero
    csrw mideleg, zero

    PUTS fcsr
    li a4, 0xff
    csrw fcsr, a4
    csrr a6, frm
    CHECK 0x40, a6, 7
    csrr a6, fflags
    CHECK 0x41, a6, 0x1f
    csrwi frm, 2
    csrr a6, fcsr
    CHECK 0x42, a6, 0x5f
    csrwi fflags, 1
    csrr a6, fcsr
    CHECK 0x43, a6, 0x41
    li a4, 0xffffffff
    csrw fcsr, a4
    csrr a6, fcsr
    CHECK 0x44, a6, 0xff
    csrw fcsr, zero

    PUTS counters
    rdcycle s2
    rdinstret s3
    li a4, 1000
1:  addi a4, a4, -1
    bnez a4, 1b
    rdcycle s5
    rdinstret s6
    sltu a6, s2, s5
    CHECK 0x50, a6, 1
    sub a5, s6, s3
    li t4, 2000
    sltu a6, a5, t4         /* at least 2000 instructions retired in between */
    CHECK 0x51, a6, 0
    csrr s2, mcycle
    csrr s3, minstret
    csrr s5, mcycle
    csrr s6, minstret
    sltu a6, s6, s3
    CHECK 0x53, a6, 0

    PUTS counter-enable
    csrw mcounteren, zero
    EXPECT_TRAP 1f
    ENTER_MODE PRV_U, 2f
2:  rdcycle a6
    li a6, 0x99
1:  CHECK_TRAP 0x60, 2, 2b
    /* still in U-mode after the trap returned: go back up to M */
    EXPECT_TRAP 3f, PRV_M
    ecall
3:  la a4, trap_cause
    ld a6, 0(a4)
    CHECK 0x62, a6, 8
    li a4, 7
    csrw mcounteren, a4
    li a4, -1
    csrw scounteren, a4
    li s2, 0
    ENTER_MODE PRV_U, 4f
4:  rdcycle s2
    rdinstret s3
    EXPECT_TRAP 5f, PRV_M
    ecall
5:  snez a6, s2
    CHECK 0x63, a6, 1
    snez a6, s3
    CHECK 0x64, a6, 1

    ld ra, 0(sp)
    addi sp, sp, 16
    ret
