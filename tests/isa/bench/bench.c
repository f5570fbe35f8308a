/* CPU benchmark for the interpreter and QEMU: an integer mix (sorting, CRC32, matrix multiply, memory copy).
   Built twice by scripts/bench-cpu: in M-mode without paging, and (-DUSER_MODE) in U-mode under Sv39 with an
   ecall-heavy loop served by an M-mode handler. Prints a checksum so both emulators are seen to agree.
   ROUNDS sizes the run. */
#include <stdint.h>

#ifndef ROUNDS
#define ROUNDS 40
#endif

void puts(const char *s);
void print_hex(uint64_t v, int digits);

#define N_SORT 2048
#define N_MAT 24
#define N_BUF 16384

static uint32_t sort_buf[N_SORT];
static int32_t ma[N_MAT][N_MAT], mb[N_MAT][N_MAT], mc[N_MAT][N_MAT];
static uint8_t src[N_BUF], dst[N_BUF];
static uint32_t crc_table[256];
static uint32_t seed = 1;

static uint32_t lcg(void) { seed = seed * 1664525u + 1013904223u; return seed; }

static void quicksort(uint32_t *a, long lo, long hi)
{
    while (lo < hi) {
        uint32_t p = a[(lo + hi) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { uint32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
}

static uint32_t crc32(const uint8_t *p, long n)
{
    uint32_t c = 0xffffffffu;
    for (long i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

static void copy_words(uint8_t *d, const uint8_t *s, long n)
{
    uint64_t *dw = (uint64_t *)d;
    const uint64_t *sw = (const uint64_t *)s;
    for (long i = 0; i < n / 8; i++) dw[i] = sw[i] + (uint64_t)i;
}

static inline void syscall0(void)
{
#ifdef USER_MODE
    register long a7 __asm__("a7") = 0;
    __asm__ volatile("ecall" : "+r"(a7) : : "memory");
#endif
}

static uint64_t workload(void)
{
    uint64_t check = 0;
    for (int i = 0; i < 256; i++) {
        uint32_t c = (uint32_t)i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < N_SORT; i++) sort_buf[i] = lcg();
        quicksort(sort_buf, 0, N_SORT - 1);
        check = check * 31 + sort_buf[N_SORT / 3];

        for (int i = 0; i < N_BUF; i++) src[i] = (uint8_t)lcg();
        check = check * 31 + crc32(src, N_BUF);

        for (int i = 0; i < N_MAT; i++)
            for (int j = 0; j < N_MAT; j++) { ma[i][j] = (int32_t)(lcg() % 1000) - 500; mb[i][j] = (int32_t)(lcg() % 1000) - 500; }
        for (int i = 0; i < N_MAT; i++)
            for (int j = 0; j < N_MAT; j++) {
                int32_t s = 0;
                for (int k = 0; k < N_MAT; k++) s += ma[i][k] * mb[k][j];
                mc[i][j] = s;
            }
        check = check * 31 + (uint32_t)mc[r % N_MAT][(r * 7) % N_MAT];

        for (int k = 0; k < 8; k++) { copy_words(dst, src, N_BUF); copy_words(src, dst, N_BUF); }
        check = check * 31 + src[r * 13 % N_BUF];

        for (int k = 0; k < 20000; k++) syscall0();
    }
    return check;
}

static uint64_t result;

#ifdef USER_MODE
void run_in_user(void (*fn)(void));
static void user_main(void) { result = workload(); }
extern uint64_t pt_root[512];
#endif

int test_main(void)
{
#ifdef USER_MODE
    /* Sv39: one user gigapage over RAM, so the whole program runs in U-mode with translation on */
    pt_root[2] = ((0x80000000ull >> 12) << 10) | 0xdf; /* V R W X U A D */
    __asm__ volatile("csrw satp, %0; sfence.vma" : : "r"((8ull << 60) | ((uint64_t)(uintptr_t)pt_root >> 12)) : "memory");
    run_in_user(user_main);
    __asm__ volatile("csrw satp, zero; sfence.vma" : : : "memory");
    puts("bench-user checksum ");
#else
    result = workload();
    puts("bench checksum ");
#endif
    print_hex(result, 16);
    puts("\n");
    return 0;
}
