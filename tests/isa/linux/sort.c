/* Sorting: qsort of pseudo-random integers and strings, and a hand-written merge sort, with checksums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 88172645463325252ULL;
static unsigned long long next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static int cmp_ll(const void *a, const void *b) { long long x = *(const long long *)a, y = *(const long long *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void merge_sort(int *a, int *tmp, int n)
{
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

int main(void)
{
    enum { N = 20000 };
    static long long v[N];
    for (int i = 0; i < N; i++) v[i] = (long long)next();
    qsort(v, N, sizeof v[0], cmp_ll);
    unsigned long long sum = 0;
    for (int i = 0; i < N; i++) sum = sum * 31 + (unsigned long long)v[i];
    printf("qsort ll: first %lld last %lld sum %016llx\n", v[0], v[N - 1], sum);
    for (int i = 1; i < N; i++) if (v[i - 1] > v[i]) { printf("not sorted at %d\n", i); return 1; }

    static int w[N], tmp[N];
    for (int i = 0; i < N; i++) w[i] = (int)(next() % 100000) - 50000;
    merge_sort(w, tmp, N);
    sum = 0;
    for (int i = 0; i < N; i++) sum = sum * 17 + (unsigned)w[i];
    printf("merge: first %d median %d last %d sum %016llx\n", w[0], w[N / 2], w[N - 1], sum);

    enum { S = 2000 };
    static char store[S][12];
    static char *p[S];
    for (int i = 0; i < S; i++) {
        int len = 3 + (int)(next() % 8);
        for (int k = 0; k < len; k++) store[i][k] = 'a' + (char)(next() % 26);
        store[i][len] = 0;
        p[i] = store[i];
    }
    qsort(p, S, sizeof p[0], cmp_str);
    printf("strings: %s %s ... %s %s\n", p[0], p[1], p[S - 2], p[S - 1]);
    return 0;
}
