/* String and memory routines of glibc (vectorless RV64 paths), snprintf into buffers, and strtok/strtol. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char buf[256], buf2[256];
    const char *words[] = { "delta", "alpha", "charlie", "bravo", "echo", "alphabet", "" };
    for (int i = 0; words[i][0]; i++) {
        printf("%-10s len=%zu cmp(alpha)=%d ncmp3=%d chr(a)=%ld\n", words[i], strlen(words[i]),
               strcmp(words[i], "alpha") > 0 ? 1 : strcmp(words[i], "alpha") < 0 ? -1 : 0,
               strncmp(words[i], "alpha", 3) == 0, strchr(words[i], 'a') ? (long)(strchr(words[i], 'a') - words[i]) : -1L);
    }
    strcpy(buf, "The quick brown fox jumps over the lazy dog");
    printf("strstr fox: %s\n", strstr(buf, "fox"));
    printf("strrchr o: %s\n", strrchr(buf, 'o'));
    memmove(buf + 4, buf, 20);
    printf("memmove: %s\n", buf);
    memset(buf2, 'x', sizeof buf2);
    for (int off = 0; off < 16; off++) {
        memcpy(buf2 + off, buf + (15 - off), 33);
        buf2[off + 33] = 0;
        printf("memcpy %2d: %s\n", off, buf2 + off);
    }
    snprintf(buf, sizeof buf, "%s|%5d|%-5d|%05x|%c", "fmt", 42, -42, 0xbeef, 'Z');
    printf("snprintf: %s (%zu)\n", buf, strlen(buf));
    char list[] = "one,two,,three;four";
    for (char *t = strtok(list, ",;"); t; t = strtok(NULL, ",;"))
        printf("token: %s\n", t);
    const char *nums[] = { "12345", "-9876543210", "0x7fffffffffffffff", "0777", "  42abc" };
    for (int i = 0; i < 5; i++) {
        char *end;
        long v = strtol(nums[i], &end, 0);
        printf("strtol(%s) = %ld rest='%s'\n", nums[i], v, end);
    }
    unsigned h = 2166136261u;
    for (int i = 0; i < 100000; i++) {
        snprintf(buf, sizeof buf, "%d:%x", i, i * 7919);
        for (char *p = buf; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
    }
    printf("fnv: %08x\n", h);
    return 0;
}
