/* Shared macros for the bare-metal ISA tests. Every check prints "nnnn vvvvvvvvvvvvvvvv" through HTIF so two
   emulators can be compared byte for byte, and also compares against the expected value so a test fails on its
   own. Runtime calls (CHECK, PRINT, PUTS) clobber ra, a0-a3 and t0-t3 only; tests keep state in s0-s11,
   a4-a7 and t4-t6. */
#ifndef ISA_TEST_H
#define ISA_TEST_H

#define MSTATUS_SIE   0x2
#define MSTATUS_MIE   0x8
#define MSTATUS_SPIE  0x20
#define MSTATUS_MPIE  0x80
#define MSTATUS_SPP   0x100
#define MSTATUS_MPP   0x1800
#define MSTATUS_FS    0x6000
#define MSTATUS_MPRV  0x20000
#define MSTATUS_SUM   0x40000
#define MSTATUS_MXR   0x80000
#define MSTATUS_TVM   0x100000
#define MSTATUS_TW    0x200000
#define MSTATUS_TSR   0x400000

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80

#define SATP_SV39 (8 << 60)
#define SATP_SV48 (9 << 60)

/* Prints the name of the test as the first line of the signature. */
.macro TEST_NAME text
    .pushsection .rodata
1:  .asciz "\text\n"
    .popsection
    la a0, 1b
    call puts
.endm

/* Prints a section label inside a test. */
.macro PUTS text
    .pushsection .rodata
1:  .asciz "\text\n"
    .popsection
    la a0, 1b
    call puts
.endm

/* Prints check number and value; records a failure when it differs from the expected constant. */
.macro CHECK num, reg, expected
    mv a1, \reg
    li a2, \expected
    li a0, \num
    call check_value
.endm

/* Same as CHECK with the expected value in a register. */
.macro CHECKR num, reg, expreg
    mv a1, \reg
    mv a2, \expreg
    li a0, \num
    call check_value
.endm

/* Prints a value that the test cannot predict but both emulators must agree on. */
.macro PRINT num, reg
    mv a1, \reg
    li a0, \num
    call print_value
.endm

/* Arms the M-mode trap handler: the next trap records mcause/mtval/mepc and resumes at \label in the mode
   that trapped (or in \prv when given). */
.macro EXPECT_TRAP label, prv=-1
    la t0, \label
    la t1, trap_resume
    sd t0, 0(t1)
    li t0, \prv
    sd t0, 8(t1)
.endm

/* Arms the S-mode handler (stvec = s_trap_entry) to resume at \label. */
.macro EXPECT_STRAP label
    la t0, \label
    la t1, s_trap_resume
    sd t0, 0(t1)
.endm

/* Checks the trap recorded by the last EXPECT_TRAP: cause, tval, and the trapping pc relative to \at. */
.macro CHECK_TRAP num, cause, at
    la t4, trap_cause
    ld t5, 0(t4)
    CHECK \num, t5, \cause
    la t4, trap_epc
    ld t5, 0(t4)
    la t6, \at
    sub t5, t5, t6
    CHECK \num+1, t5, 0
.endm

.macro LOAD_TVAL reg
    la \reg, trap_tval
    ld \reg, 0(\reg)
.endm

/* Switches from M to \prv at \label with the given mstatus fields already set up (MPP is overwritten). */
.macro ENTER_MODE prv, label
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, (\prv << 11)
    csrs mstatus, t0
    la t0, \label
    csrw mepc, t0
    mret
.endm

/* Checks the S-mode trap recorded by the last EXPECT_STRAP. */
.macro CHECK_STRAP num, cause, at
    la t4, s_trap_cause
    ld t5, 0(t4)
    CHECK \num, t5, \cause
    la t4, s_trap_epc
    ld t5, 0(t4)
    la t6, \at
    sub t5, t5, t6
    CHECK \num+1, t5, 0
.endm

#define CLINT_MSIP     0x2000000
#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME    0x200bff8

#endif
