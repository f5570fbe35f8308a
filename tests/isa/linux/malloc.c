/* The allocator under load: many small blocks, reallocation, a linked list, large (mmap-backed) blocks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int value; char pad[20]; };

static unsigned rng = 12345;
static unsigned rnd(void) { rng = rng * 1103515245u + 12345u; return rng >> 8; }

int main(void)
{
    enum { SLOTS = 4096 };
    static char *slot[SLOTS];
    static size_t size[SLOTS];
    unsigned long long check = 0;
    for (int round = 0; round < 60000; round++) {
        int i = (int)(rnd() % SLOTS);
        if (slot[i]) {
            for (size_t k = 0; k < size[i]; k++) check += (unsigned char)slot[i][k] * (k + 1);
            if (rnd() % 3 == 0) {
                size_t ns = 1 + rnd() % 600;
                slot[i] = realloc(slot[i], ns);
                if (ns > size[i]) memset(slot[i] + size[i], (int)(ns & 0xff), ns - size[i]);
                size[i] = ns;
                continue;
            }
            free(slot[i]);
            slot[i] = NULL;
        } else {
            size[i] = 1 + rnd() % 300;
            slot[i] = malloc(size[i]);
            if (!slot[i]) { puts("malloc failed"); return 2; }
            memset(slot[i], (int)(i & 0xff), size[i]);
        }
    }
    for (int i = 0; i < SLOTS; i++) free(slot[i]);
    printf("small blocks checksum %llu\n", check);

    struct node *head = NULL;
    for (int i = 0; i < 20000; i++) {
        struct node *n = malloc(sizeof *n);
        n->value = i * 3;
        n->next = head;
        head = n;
    }
    long total = 0;
    int count = 0;
    while (head) { struct node *n = head; total += n->value; head = n->next; free(n); count++; }
    printf("list %d nodes total %ld\n", count, total);

    for (int k = 0; k < 8; k++) {
        size_t big = (size_t)(1 + k) << 20;
        unsigned char *b = malloc(big);
        if (!b) { puts("big malloc failed"); return 3; }
        for (size_t j = 0; j < big; j += 4096) b[j] = (unsigned char)(j >> 12);
        unsigned s = 0;
        for (size_t j = 0; j < big; j += 4096) s += b[j];
        unsigned char *c = calloc(1, big / 2);
        unsigned z = 0;
        for (size_t j = 0; j < big / 2; j += 512) z |= c[j];
        printf("big %zu MiB sum %u calloc zero %u\n", big >> 20, s, z);
        free(c);
        free(b);
    }
    return 0;
}
