/* setjmp/longjmp out of nested and recursive calls, with callee-saved and FP registers live across them. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void recurse(int depth, int limit)
{
    volatile char frame[64];
    frame[0] = (char)depth;
    depth_reached = depth + frame[0] - depth;
    if (depth == limit) longjmp(env, limit);
    recurse(depth + 1, limit);
}

static double fp_work(int n)
{
    double x = 1.0;
    for (int i = 1; i <= n; i++) x = x * 1.0001 + 1.0 / i;
    return x;
}

int main(void)
{
    volatile long acc = 0;
    volatile double facc = 0.5;
    for (int limit = 1; limit <= 200; limit += 37) {
        int r = setjmp(env);
        if (r == 0) {
            acc += limit;
            facc += fp_work(limit);
            recurse(0, limit);
            puts("not reached");
        } else {
            printf("longjmp returned %d depth %d acc %ld facc %.10f\n", r, depth_reached, (long)acc, (double)facc);
        }
    }
    jmp_buf inner;
    volatile int stage = 0;
    if (setjmp(inner) == 0) {
        stage = 1;
        longjmp(inner, 0); /* 0 becomes 1 */
    }
    printf("stage %d after longjmp with 0\n", stage);
    return 7;
}
