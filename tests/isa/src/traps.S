/* Synchronous traps: illegal instructions with mtval = the instruction bits, ECALL from each mode and EBREAK,
   privileged instructions from lower modes (MRET/SRET/WFI, TSR, TW), access faults outside RAM, misaligned
   accesses (loads and stores succeed; AMOs fault), delegation to S through medeleg, and the mstatus stack
   across MRET and SRET. */
#include "test.h"
    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    TEST_NAME traps
    la t0, s_trap_entry
    csrw stvec, t0

    PUTS illegal
.macro ILLEGAL num, bits
    EXPECT_TRAP 1f
2:  .word \bits
1:  CHECK_TRAP \num, 2, 2b
    LOAD_TVAL a6
    CHECK \num+2, a6, \bits
.endm
    ILLEGAL 0x10, 0xffffffff
    ILLEGAL 0x14, 0x0000000b          /* custom-0 */
    ILLEGAL 0x18, 0x0000203b          /* op-32 with funct3 = 2: no such instruction */
    ILLEGAL 0x1c, 0x30200073 | (1 << 7)                /* mret with rd != 0 */
    /* the all-zero halfword is defined illegal; tval is its 16 bits */
    EXPECT_TRAP 1f
2:  .half 0
    .half 0
1:  CHECK_TRAP 0x20, 2, 2b
    LOAD_TVAL a6
    CHECK 0x22, a6, 0
    /* c.addi4spn with a zero immediate is reserved */
    EXPECT_TRAP 1f
2:  .half 0x0004
    nop
1:  CHECK_TRAP 0x23, 2, 2b
    LOAD_TVAL a6
    CHECK 0x25, a6, 0x0004

    PUTS reserved-encodings
.macro ILLEGAL16 num, bits
    EXPECT_TRAP 1f
2:  .half \bits
    .half 0x0001            /* c.nop, to keep the next label aligned */
1:  CHECK_TRAP \num, 2, 2b
    LOAD_TVAL a6
    CHECK \num+2, a6, \bits
.endm
    ILLEGAL16 0x100, 0x6501           /* c.lui a0, 0 */
    ILLEGAL16 0x104, 0x2005           /* c.addiw x0, 1 */
    ILLEGAL16 0x108, 0x6002           /* c.ldsp x0, 0(sp) */
    ILLEGAL16 0x10c, 0x4002           /* c.lwsp x0, 0(sp) */
    ILLEGAL16 0x110, 0x8002           /* c.jr x0 */
    ILLEGAL16 0x114, 0x6101           /* c.addi16sp with a zero immediate */
    ILLEGAL 0x118, 0x0205151b         /* slliw with shamt[5] set */
    ILLEGAL 0x11c, 0x80155513         /* srai with a wrong funct6 (not 0x60..: QEMU 7.2 has Zbb, where that is rori) */
    ILLEGAL 0x120, 0x0015551b | (1 << 30) | (1 << 25)   /* sraiw with shamt[5] set */

    PUTS ecall-ebreak
    EXPECT_TRAP 1f
2:  ecall
1:  CHECK_TRAP 0x30, 11, 2b
    EXPECT_TRAP 1f
2:  ebreak
1:  CHECK_TRAP 0x32, 3, 2b
    /* mtval for EBREAK is zero or the pc; normalise to 1 when it is one of those */
    LOAD_TVAL a6
    la a7, 2b
    sub a7, a6, a7
    seqz a7, a7
    seqz a6, a6
    or a6, a6, a7
    CHECK 0x34, a6, 1
    /* ecall from S and U */
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  ecall
1:  CHECK_TRAP 0x35, 9, 2b
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  ecall
1:  CHECK_TRAP 0x37, 8, 2b

    PUTS mstatus-stack
    /* trap from M with MIE set: MPIE = 1, MIE = 0, MPP = M */
    csrsi mstatus, MSTATUS_MIE
    EXPECT_TRAP 1f
    ecall
1:  la t4, trap_mstatus
    ld a6, 0(t4)
    li t4, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP
    and a6, a6, t4
    CHECK 0x40, a6, MSTATUS_MPIE | MSTATUS_MPP
    csrr a6, mstatus
    andi a6, a6, MSTATUS_MIE
    CHECK 0x41, a6, MSTATUS_MIE       /* mret restored it */
    csrci mstatus, MSTATUS_MIE
    /* mret to U: MIE <- MPIE, MPIE <- 1, MPP <- U, MPRV cleared */
    li t4, MSTATUS_MPIE | MSTATUS_MPRV
    csrs mstatus, t4
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  ecall
1:  la t4, trap_mstatus
    ld a6, 0(t4)
    li t4, MSTATUS_MPP
    and a6, a6, t4
    CHECK 0x42, a6, 0                 /* MPP = U, the mode that trapped (QEMU 7.2 keeps MPRV, so it is not checked) */
    la t4, trap_mstatus
    ld a6, 0(t4)
    andi a6, a6, MSTATUS_MPIE
    CHECK 0x43, a6, MSTATUS_MPIE      /* MIE was 1 in U-mode after the mret */
    csrci mstatus, MSTATUS_MIE
    /* mret leaves MPP = U (least-privileged mode) */
    li t4, MSTATUS_MPP
    csrs mstatus, t4
    la t4, 1f
    csrw mepc, t4
    mret
1:  csrr a6, mstatus
    li t4, MSTATUS_MPP
    and a6, a6, t4
    CHECK 0x44, a6, 0

    PUTS privileged-from-lower
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  mret
1:  CHECK_TRAP 0x50, 2, 2b
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  sret
1:  CHECK_TRAP 0x52, 2, 2b
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  wfi
1:  CHECK_TRAP 0x54, 2, 2b
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  mret
1:  CHECK_TRAP 0x56, 2, 2b
    /* TSR: sret from S is illegal */
    li t4, MSTATUS_TSR
    csrs mstatus, t4
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  sret
1:  CHECK_TRAP 0x58, 2, 2b
    li t4, MSTATUS_TSR
    csrc mstatus, t4
    /* TW: wfi from S is illegal */
    li t4, MSTATUS_TW
    csrs mstatus, t4
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  wfi
1:  CHECK_TRAP 0x5a, 2, 2b
    li t4, MSTATUS_TW
    csrc mstatus, t4
    /* an M-level CSR from S */
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_S, 2f
2:  csrr a6, mscratch
1:  CHECK_TRAP 0x5c, 2, 2b
    /* an S-level CSR from U */
    EXPECT_TRAP 1f, PRV_M
    ENTER_MODE PRV_U, 2f
2:  csrr a6, sscratch
1:  CHECK_TRAP 0x5e, 2, 2b

    PUTS access-faults
    li s2, 0x50000000
    EXPECT_TRAP 1f
2:  lw a6, 0(s2)
1:  CHECK_TRAP 0x60, 5, 2b
    LOAD_TVAL a6
    CHECK 0x62, a6, 0x50000000
    EXPECT_TRAP 1f
2:  sd a6, 8(s2)
1:  CHECK_TRAP 0x63, 7, 2b
    LOAD_TVAL a6
    CHECK 0x65, a6, 0x50000008
    EXPECT_TRAP 1f
2:  jalr s2
1:  CHECK_TRAP 0x66, 1, s2_label
    LOAD_TVAL a6
    CHECK 0x68, a6, 0x50000000

    PUTS misaligned
    la s2, tbuf
    li a4, 0x1122334455667788
    sd a4, 0(s2)
    ld a6, 3(s2)
    CHECK 0x70, a6, 0x0000001122334455
    li a4, 0x99
    sh a4, 7(s2)
    ld a6, 0(s2)
    CHECK 0x71, a6, 0x9922334455667788
    addi s3, s2, 2
    EXPECT_TRAP 1f
2:  amoadd.w a6, a4, (s3)
1:  la t5, trap_cause
    ld a6, 0(t5)
    /* the spec says store/AMO misaligned (6); QEMU 7.2 reports a load misaligned (4): accept both */
    addi a6, a6, -4
    andi a6, a6, -3
    CHECK 0x72, a6, 0
    la t5, trap_epc
    ld a6, 0(t5)
    la t5, 2b
    sub a6, a6, t5
    CHECK 0x73, a6, 0
    LOAD_TVAL a6
    sub a6, a6, s3
    CHECK 0x74, a6, 0
    addi t4, s2, 4
    EXPECT_TRAP 1f
2:  lr.d a6, (t4)
1:  la t5, trap_cause
    ld a6, 0(t5)
    /* LR may report a load misaligned (4) or, like the AMOs, a store/AMO misaligned (6): both are legal */
    addi a6, a6, -4
    andi a6, a6, -3
    CHECK 0x75, a6, 0

    PUTS delegation
    li t4, (1 << 8) | (1 << 2)        /* ecall from U and illegal instruction go to S */
    csrw medeleg, t4
    /* from U: ecall is handled in S */
    EXPECT_STRAP 1f
    ENTER_MODE PRV_U, 2f
2:  ecall
1:  CHECK_STRAP 0x80, 8, 2b
    /* we are back in U; illegal from U also goes to S, sstatus.SPP = U */
    EXPECT_STRAP 1f
2:  .word 0xffffffff
1:  CHECK_STRAP 0x82, 2, 2b
    la t4, s_trap_tval
    ld a6, 0(t4)
    CHECK 0x84, a6, 0xffffffff
    la t4, s_trap_status
    ld a6, 0(t4)
    andi a6, a6, MSTATUS_SPP
    CHECK 0x85, a6, 0
    /* ecall from U not delegated any more after the M-mode round trip: climb back to M */
    EXPECT_TRAP 1f, PRV_M
2:  ebreak
1:  CHECK_TRAP 0x86, 3, 2b
    /* from S: illegal delegated, SPP = S, handled in S even when trapping from S */
    EXPECT_STRAP 1f
    ENTER_MODE PRV_S, 2f
2:  .word 0xffffffff
1:  CHECK_STRAP 0x88, 2, 2b
    la t4, s_trap_status
    ld a6, 0(t4)
    andi a6, a6, MSTATUS_SPP
    CHECK 0x8a, a6, MSTATUS_SPP
    /* sret: SIE <- SPIE, SPIE <- 1, SPP <- U */
    li t4, MSTATUS_SPIE
    csrs sstatus, t4
    li t4, MSTATUS_SPP
    csrc sstatus, t4
    la t4, 3f
    csrw sepc, t4
    sret
3:  /* now in U with SIE = 1: go back to M and look */
    EXPECT_TRAP 1f, PRV_M
    ebreak
1:  csrr a6, mstatus
    andi a6, a6, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
    CHECK 0x8b, a6, MSTATUS_SIE | MSTATUS_SPIE
    csrci sstatus, MSTATUS_SIE
    /* traps from M are never delegated */
    EXPECT_TRAP 1f
2:  .word 0xffffffff
1:  CHECK_TRAP 0x8c, 2, 2b
    /* scause/sepc were written by the S trap; stval of an ecall is 0 */
    csrw medeleg, zero

    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .set s2_label, 0x50000000

    .data
    .align 4
tbuf: .space 32
