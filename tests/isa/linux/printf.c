/* printf of integers of every width and base, and of floats in every conversion, through glibc's formatter. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <float.h>
#include <limits.h>
#include <stddef.h>

int main(void)
{
    printf("%d %i %u %ld %lu %lld %llu\n", INT_MIN, INT_MAX, UINT_MAX, LONG_MIN, ULONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("%hhd %hhu %hd %hu\n", (signed char)-128, (unsigned char)255, (short)-32768, (unsigned short)65535);
    printf("%x %X %o %#x %#o %08x %-8x| %+d % d\n", 0xdeadbeefu, 0xdeadbeefu, 0777u, 255u, 8u, 0x1234u, 0xabu, 5, 5);
    printf("%" PRId64 " %" PRIx64 " %" PRIu64 "\n", INT64_MIN, UINT64_MAX, (uint64_t)1 << 63);
    printf("%zu %td %p\n", sizeof(long double), (ptrdiff_t)-3, (void *)0x1234);
    double vals[] = { 0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-300, 1e300, 123456789.987654321, 0.1, 2.5, 1.0 / 3.0,
                      DBL_MAX, DBL_MIN, 5e-324 };
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
        printf("%f | %.3e | %g | %.17g | %a | %10.4f|\n", vals[i], vals[i], vals[i], vals[i], vals[i], vals[i]);
    float f = 16777217.0f;
    printf("float %f %.9g %e\n", (double)f, (double)(1.0f / 3.0f), (double)FLT_MAX);
    double inf = 1.0 / 0.0, nan = 0.0 / 0.0;
    printf("%f %f %e %g\n", inf, -inf, nan, -nan > 0 ? 1.0 : 2.0);
    long double ld = 1.0L / 3.0L;
    printf("long double %.30Lf %Lg\n", ld, ld * 1e4000L);
    for (int prec = 0; prec <= 20; prec += 4)
        printf("%.*f %.*e\n", prec, 2.0 / 3.0, prec, 123456.789);
    return 0;
}
