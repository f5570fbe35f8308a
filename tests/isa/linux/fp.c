/* A small floating-point program: libm functions, Newton iteration, Simpson integration and a 6x6 solve in
   double, a float loop, and fenv rounding modes. */
#include <stdio.h>
#include <math.h>
#include <fenv.h>

int main(void)
{
    for (int i = -3; i <= 3; i++) {
        double x = i * 0.7;
        printf("x=%.2f sin=%.17g cos=%.17g exp=%.17g atan=%.17g\n", x, sin(x), cos(x), exp(x), atan(x));
    }
    printf("log %.17g log10 %.17g pow %.17g cbrt %.17g hypot %.17g\n", log(10.0), log10(2.0), pow(2.0, 0.5), cbrt(27.5), hypot(3e200, 4e200));
    printf("fma %.17g sqrt %.17g floor %g ceil %g round %g trunc %g\n", fma(0.1, 10.0, -1.0), sqrt(2.0), floor(-2.5), ceil(-2.5), round(-2.5), trunc(-2.7));
    double r = 1.0;
    for (int i = 0; i < 20; i++) r = r - (r * r * r - 2.0) / (3.0 * r * r);
    printf("cbrt(2) by Newton %.17g\n", r);
    int n = 1000;
    double h = M_PI / n, s = sin(0.0) + sin(M_PI);
    for (int i = 1; i < n; i++) s += (i % 2 ? 4.0 : 2.0) * sin(i * h);
    printf("simpson %.17g\n", s * h / 3.0);
    double a[6][7];
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) a[i][j] = 1.0 / (i + j + 1);
        a[i][6] = 1.0;
    }
    for (int c = 0; c < 6; c++)
        for (int i = 0; i < 6; i++)
            if (i != c) {
                double f = a[i][c] / a[c][c];
                for (int j = c; j < 7; j++) a[i][j] -= f * a[c][j];
            }
    for (int i = 0; i < 6; i++) printf("x%d = %.10f\n", i, a[i][6] / a[i][i]);
    float fs = 0.0f;
    for (int i = 1; i <= 100000; i++) fs += 1.0f / (float)i;
    printf("float harmonic %.9g\n", (double)fs);
    int modes[] = { FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD };
    const char *names[] = { "nearest", "zero", "down", "up" };
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        volatile double one = 1.0, three = 3.0;
        volatile float fo = -1.0f, ft = 3.0f;
        printf("%-7s 1/3=%.17g -1/3f=%.9g rint(2.5)=%g lrint(-1.5)=%ld\n", names[m], one / three, (double)(fo / ft), rint(2.5), lrint(-1.5));
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    volatile double z = 0.0;
    volatile double q = 1.0 / z;
    printf("div by zero raised %d inexact %d q=%f\n", fetestexcept(FE_DIVBYZERO) != 0, fetestexcept(FE_INEXACT) != 0, q);
    return 0;
}
