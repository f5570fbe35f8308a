/* vsockcat: a byte pipe between stdin/stdout and one vsock stream, for bulk transfers the agent's framed exec
 * (512 KiB output cap) cannot carry. Installed in the guest as /bin/vsockcat.
 *
 *   vsockcat -c PORT [CID]   connect to CID (default 2, the host) port PORT; the monitor bridges that to the
 *                            host listener at <vsock socket>_PORT
 *   vsockcat -l PORT         accept one connection on guest port PORT (the host connects with CONNECT PORT)
 *
 * stdin is copied to the socket (then the write side is shut down) while the socket is copied to stdout, until both
 * directions reach EOF. Exit status 0 when both directions ended cleanly. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/vm_sockets.h>

#define CHUNK (64 * 1024)

static int usage(void)
{
    fprintf(stderr, "usage: vsockcat -c PORT [CID] | vsockcat -l PORT\n");
    return 2;
}

static int parse_u32(const char *s, unsigned *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *s == '\0' || *end != '\0' || v > 0xffffffffUL)
        return -1;
    *out = (unsigned)v;
    return 0;
}

static int open_connected(unsigned cid, unsigned port)
{
    int fd = socket(AF_VSOCK, SOCK_STREAM, 0);
    if (fd < 0) {
        perror("vsockcat: socket");
        return -1;
    }
    struct sockaddr_vm addr = {.svm_family = AF_VSOCK, .svm_cid = cid, .svm_port = port};
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        fprintf(stderr, "vsockcat: connect to %u:%u: %s\n", cid, port, strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

static int open_accepted(unsigned port)
{
    int lfd = socket(AF_VSOCK, SOCK_STREAM, 0);
    if (lfd < 0) {
        perror("vsockcat: socket");
        return -1;
    }
    struct sockaddr_vm addr = {.svm_family = AF_VSOCK, .svm_cid = VMADDR_CID_ANY, .svm_port = port};
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(lfd, 1) < 0) {
        fprintf(stderr, "vsockcat: listen on port %u: %s\n", port, strerror(errno));
        close(lfd);
        return -1;
    }
    /* A line on stderr tells a waiting host that the port is open. */
    fprintf(stderr, "vsockcat: listening on %u\n", port);
    int fd;
    do
        fd = accept(lfd, NULL, NULL);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        perror("vsockcat: accept");
    close(lfd);
    return fd;
}

/* Writes all of buf; returns 0, or -1 on error. */
static int write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, buf, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        buf += w;
        len -= (size_t)w;
    }
    return 0;
}

static int pump(int sock)
{
    static char buf[CHUNK];
    int in_open = 1, sock_open = 1;
    while (in_open || sock_open) {
        struct pollfd fds[2];
        int n = 0, iin = -1, isock = -1;
        if (in_open)
            fds[iin = n++] = (struct pollfd){.fd = 0, .events = POLLIN};
        if (sock_open)
            fds[isock = n++] = (struct pollfd){.fd = sock, .events = POLLIN};
        if (poll(fds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR)
                continue;
            perror("vsockcat: poll");
            return 1;
        }
        if (iin >= 0 && fds[iin].revents) {
            ssize_t r = read(0, buf, sizeof buf);
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0) {
                perror("vsockcat: read stdin");
                return 1;
            }
            if (r == 0) {
                in_open = 0;
                shutdown(sock, SHUT_WR);
            } else if (write_all(sock, buf, (size_t)r) < 0) {
                perror("vsockcat: write socket");
                return 1;
            }
        }
        if (isock >= 0 && fds[isock].revents) {
            ssize_t r = read(sock, buf, sizeof buf);
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0) {
                perror("vsockcat: read socket");
                return 1;
            }
            if (r == 0) {
                sock_open = 0;
            } else if (write_all(1, buf, (size_t)r) < 0) {
                perror("vsockcat: write stdout");
                return 1;
            }
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    unsigned port, cid = VMADDR_CID_HOST;
    int fd;
    if (argc >= 3 && strcmp(argv[1], "-c") == 0 && argc <= 4) {
        if (parse_u32(argv[2], &port) < 0 || (argc == 4 && parse_u32(argv[3], &cid) < 0))
            return usage();
        fd = open_connected(cid, port);
    } else if (argc == 3 && strcmp(argv[1], "-l") == 0) {
        if (parse_u32(argv[2], &port) < 0)
            return usage();
        fd = open_accepted(port);
    } else {
        return usage();
    }
    if (fd < 0)
        return 1;
    int rc = pump(fd);
    close(fd);
    return rc;
}
