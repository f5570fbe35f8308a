/*
 * Reference for the FPU differential tests: runs each test vector's F/D instruction on the (emulated) riscv64
 * hardware and reports the raw destination register and fflags. Built static for riscv64 and run under
 * qemu-riscv64-static by FpuReference.cs.
 *
 * stdin:  records of { u32 op; u32 rm; u64 a; u64 b; u64 c; } (little-endian), operands as raw register bits.
 * stdout: records of { u64 result; u64 fflags; }.
 * op = base + 32 * fmt, fmt 0 = S, 1 = D; the bases are listed in OPS below and mirrored in FpuOps.cs.
 *
 * With the argument "legal" it instead reads { u32 insn; u32 frm; } records and writes one byte per record:
 * 1 if the instruction word executed, 0 if it raised SIGILL (the word is run from an executable page).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

struct vec { uint32_t op, rm; uint64_t a, b, c; };
struct res { uint64_t r, flags; };

#define PRE "fmv.d.x ft0, %[a]\n\tfmv.d.x ft1, %[b]\n\tfmv.d.x ft2, %[c]\n\tfscsr %[csr]\n\t"
#define POST "\n\tfrflags %[fl]"
#define IO [r] "=&r"(r), [fl] "=&r"(fl) : [a] "r"(a), [b] "r"(b), [c] "r"(c), [csr] "r"(csr) \
    : "ft0", "ft1", "ft2", "ft3"

/* fd = op(fs1, fs2, fs3), fd = op(fs1, fs2), fd = op(fs1): result read back raw, so NaN-boxing is visible. */
#define F4(id, mn) case id: __asm__ volatile(PRE mn " ft3, ft0, ft1, ft2" POST "\n\tfmv.x.d %[r], ft3" : IO); break;
#define F3(id, mn) case id: __asm__ volatile(PRE mn " ft3, ft0, ft1" POST "\n\tfmv.x.d %[r], ft3" : IO); break;
#define F2(id, mn) case id: __asm__ volatile(PRE mn " ft3, ft0" POST "\n\tfmv.x.d %[r], ft3" : IO); break;
/* xd = op(fs1, fs2), xd = op(fs1), fd = op(xs1). */
#define X3(id, mn) case id: __asm__ volatile(PRE mn " %[r], ft0, ft1" POST : IO); break;
#define X2(id, mn) case id: __asm__ volatile(PRE mn " %[r], ft0" POST : IO); break;
#define FX(id, mn) case id: __asm__ volatile(PRE mn " ft3, %[a]" POST "\n\tfmv.x.d %[r], ft3" : IO); break;

#define OPS(S, D, T) \
    F3(0 + T, "fadd." S) F3(1 + T, "fsub." S) F3(2 + T, "fmul." S) F3(3 + T, "fdiv." S) \
    F2(4 + T, "fsqrt." S) F3(5 + T, "fsgnj." S) F3(6 + T, "fsgnjn." S) F3(7 + T, "fsgnjx." S) \
    F3(8 + T, "fmin." S) F3(9 + T, "fmax." S) X3(10 + T, "feq." S) X3(11 + T, "flt." S) X3(12 + T, "fle." S) \
    X2(13 + T, "fclass." S) F4(14 + T, "fmadd." S) F4(15 + T, "fmsub." S) F4(16 + T, "fnmsub." S) \
    F4(17 + T, "fnmadd." S) X2(18 + T, "fcvt.w." S) X2(19 + T, "fcvt.wu." S) X2(20 + T, "fcvt.l." S) \
    X2(21 + T, "fcvt.lu." S) FX(22 + T, "fcvt." S ".w") FX(23 + T, "fcvt." S ".wu") FX(24 + T, "fcvt." S ".l") \
    FX(25 + T, "fcvt." S ".lu") F2(28 + T, "fcvt." S "." D)

#define BUF 4096

static sigjmp_buf illegal_jump;

static void on_sigill(int sig)
{
    (void)sig;
    siglongjmp(illegal_jump, 1);
}

static int probe_legality(void)
{
    uint32_t *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) {
        return 5;
    }
    signal(SIGILL, on_sigill);
    uint32_t rec[2];
    while (fread(rec, sizeof rec, 1, stdin) == 1) {
        page[0] = rec[0];
        page[1] = 0x00008067; /* ret */
        __asm__ volatile("fence.i" ::: "memory");
        __asm__ volatile("fsrm %0" :: "r"((uint64_t)rec[1]));
        volatile unsigned char legal = 0;
        if (!sigsetjmp(illegal_jump, 1)) {
            ((void (*)(void))page)();
            legal = 1;
        }
        if (fputc(legal, stdout) == EOF) {
            return 3;
        }
    }
    return ferror(stdin) ? 4 : 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "legal") == 0) {
        return probe_legality();
    }
    static struct vec in[BUF];
    static struct res out[BUF];
    size_t n;
    while ((n = fread(in, sizeof in[0], BUF, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) {
            uint64_t a = in[i].a, b = in[i].b, c = in[i].c, csr = (uint64_t)in[i].rm << 5, r = 0, fl = 0;
            switch (in[i].op) {
            OPS("s", "d", 0)
            OPS("d", "s", 32)
            X2(26, "fmv.x.w") FX(27, "fmv.w.x") X2(58, "fmv.x.d") FX(59, "fmv.d.x")
            default:
                fprintf(stderr, "unknown op %u\n", in[i].op);
                return 2;
            }
            out[i].r = r;
            out[i].flags = fl;
        }
        if (fwrite(out, sizeof out[0], n, stdout) != n) {
            return 3;
        }
    }
    return ferror(stdin) ? 4 : 0;
}
