/* argc/argv, the auxiliary vector glibc reads, stdin to EOF, stderr, and a non-zero exit status. */
#include <stdio.h>
#include <sys/auxv.h>
#include <unistd.h>
#include <string.h>

int main(int argc, char **argv)
{
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] = '%s' (%zu)\n", i, argv[i], strlen(argv[i]));
    printf("pagesz %lu hwcap-ima %lu\n", getauxval(AT_PAGESZ), getauxval(AT_HWCAP) & 0x1101);
    printf("random nonnull %d\n", getauxval(AT_RANDOM) != 0);
    char buf[64];
    ssize_t n = read(0, buf, sizeof buf);
    printf("read stdin %zd\n", n);
    fprintf(stderr, "to stderr\n");
    fflush(stdout);
    return argc + 40;
}
