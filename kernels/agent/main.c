/* The guest agent: /init of the initramfs. Mounts the basics, puts the console in raw mode, says
 * HARNESS-READY, then serves the framed protocol of docs/agent-protocol.md on the console and, when
 * a vsock device exists, on vsock port 1024 too. `init --stdio` serves stdin/stdout instead, without
 * touching the system, so the protocol can be exercised under qemu-riscv64-static. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/klog.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <linux/vm_sockets.h> /* after sys/socket.h, which it needs */
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

#define MAX_CHANNELS 5 /* the console plus up to four vsock connections */

sigset_t agent_wait_mask;

struct channel {
    int rfd, wfd;
    int is_console;
    struct agent_scanner scanner;
};

static struct channel channels[MAX_CHANNELS];
static int channel_count;
static int console_fd = -1;
static int vsock_listen_fd = -1;
static int stdio_mode;

static uint8_t frame_in[AGENT_MAX_FRAME + 3];
static uint8_t frame_out[AGENT_MAX_FRAME];
static char line_out[AGENT_LINE_MARKER_LEN + AGENT_MAX_LINE_B64 + 2];
static uint8_t reply_payload[AGENT_MAX_PAYLOAD];

void agent_log(const char *fmt, ...)
{
    char buf[512];
    int n = snprintf(buf, sizeof buf, "harness-agent: ");
    va_list ap;
    va_start(ap, fmt);
    n += vsnprintf(buf + n, sizeof buf - (size_t)n - 1, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof buf - 2)
        n = (int)sizeof buf - 2;
    buf[n++] = '\n';
    ssize_t ignored = write(stdio_mode ? 2 : console_fd >= 0 ? console_fd : 2, buf, (size_t)n);
    (void)ignored;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0 && errno == EAGAIN) {
            struct pollfd pfd = {.fd = fd, .events = POLLOUT};
            poll(&pfd, 1, 1000);
            continue;
        }
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* One frame as one line: marker, base64 of header + payload + CRC-32, newline; written with a
 * single write so no other output of the agent can land inside it. */
static void send_frame(struct channel *ch, uint8_t type, uint32_t id, const uint8_t *payload, size_t len)
{
    memcpy(frame_out, AGENT_MAGIC, 4);
    frame_out[4] = AGENT_VERSION;
    frame_out[5] = type;
    frame_out[6] = frame_out[7] = 0;
    agent_put_u32(frame_out + 8, id);
    agent_put_u32(frame_out + 12, (uint32_t)len);
    if (len)
        memcpy(frame_out + AGENT_HEADER_SIZE, payload, len);
    size_t body = AGENT_HEADER_SIZE + len;
    agent_put_u32(frame_out + body, agent_crc32(frame_out, body));
    memcpy(line_out, AGENT_LINE_MARKER, AGENT_LINE_MARKER_LEN);
    size_t n = AGENT_LINE_MARKER_LEN;
    n += agent_base64_encode(frame_out, body + AGENT_TRAILER_SIZE, line_out + n);
    line_out[n++] = '\n';
    if (write_all(ch->wfd, line_out, n) < 0 && !ch->is_console)
        agent_log("vsock write failed: %s", strerror(errno));
}

static void send_error(struct channel *ch, int code, uint32_t id, int err, const char *message)
{
    struct agent_reply reply = {.payload = reply_payload};
    reply_error(&reply, code, err, "%s", message);
    send_frame(ch, reply.type, id, reply.payload, reply.length);
}

static void on_scanner_error(void *ctx, int code, uint32_t id, const char *message)
{
    send_error(ctx, code, id, 0, message);
}

static void on_frame(void *ctx, const char *b64, size_t len)
{
    struct channel *ch = ctx;
    uint32_t id = 0;
    uint8_t head[12];
    if (len >= 16 && agent_base64_decode(b64, 16, head) == 12)
        id = agent_get_u32(head + 8);
    long n = agent_base64_decode(b64, len, frame_in);
    if (n < 0) {
        send_error(ch, E_GARBAGE, id, 0, "frame text is not valid base64");
        return;
    }
    struct agent_frame request;
    const char *why = "";
    int code = agent_frame_parse(frame_in, (size_t)n, &request, &id, &why);
    if (code != 0) {
        send_error(ch, code, id, 0, why);
        return;
    }
    if (request.type & T_REPLY_BIT || request.type == T_ERROR) {
        send_error(ch, E_UNKNOWN_TYPE, id, 0, "reply and error types are not requests");
        return;
    }
    struct agent_reply reply = {.payload = reply_payload};
    int power_off = agent_handle(&request, &reply);
    send_frame(ch, reply.type, id, reply.payload, reply.length);
    if (power_off) {
        if (ch->is_console && !stdio_mode)
            tcdrain(ch->wfd);
        if (stdio_mode)
            exit(0);
        agent_power_off();
    }
}

static void mount_one(const char *source, const char *target, const char *type, unsigned long flags,
                      const char *data)
{
    mkdir(target, 0755);
    if (mount(source, target, type, flags, data) < 0 && errno != EBUSY)
        agent_log("mount %s on %s: %s", type, target, strerror(errno));
}

/* A page fault in a file mapping maps up to 16 neighbouring cached pages as well (fault-around), and an exiting
 * process unmaps all of them. A command run here is short-lived and touches a few scattered pages of a large static
 * binary, so most of those pages are mapped for nothing: one fault per page costs less under an interpreted vCPU
 * (518k against 435k guest instructions for `sh -c "echo ok"`). The knob lives only in debugfs. */
static void disable_fault_around(void)
{
    int fd = open("/sys/kernel/debug/fault_around_bytes", O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, "4096\n", 5) != 5)
        agent_log("fault_around_bytes: %s", strerror(errno));
    if (fd >= 0)
        close(fd);
}

static void setup_system(void)
{
    umask(022);
    mount_one("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
    /* Without /dev/console in the initramfs the kernel starts init with no fds 0-2. */
    if (fcntl(0, F_GETFD) < 0) {
        int fd = open("/dev/console", O_RDWR | O_NOCTTY);
        if (fd >= 0) {
            dup2(fd, 0);
            dup2(fd, 1);
            dup2(fd, 2);
            if (fd > 2)
                close(fd);
        }
    }
    console_fd = fcntl(0, F_DUPFD_CLOEXEC, 3);
    mount_one("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    mount_one("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    mount_one("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
    mount_one("debugfs", "/sys/kernel/debug", "debugfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    disable_fault_around();
    agent_prepare_restore_hook();
    /* Kernel messages written between the bytes of a frame line would break its checksum; from
     * here on only emergencies reach the console. */
    klogctl(8, NULL, 1);
    if (console_fd >= 0) {
        struct termios t;
        if (tcgetattr(console_fd, &t) == 0) {
            cfmakeraw(&t);
            t.c_cc[VMIN] = 1;
            t.c_cc[VTIME] = 0;
            tcsetattr(console_fd, TCSANOW, &t);
        }
    }
}

/* Listens on vsock port 1024 when a vsock transport exists. Binding succeeds even without a device,
 * so the local CID decides: VMADDR_CID_ANY means there is no transport to serve on. */
static void try_vsock(char *why, size_t why_len)
{
    int dev = open("/dev/vsock", O_RDONLY | O_CLOEXEC);
    if (dev < 0) {
        snprintf(why, why_len, "no /dev/vsock (%s)", strerror(errno));
        return;
    }
    unsigned int cid = VMADDR_CID_ANY;
    int rc = ioctl(dev, IOCTL_VM_SOCKETS_GET_LOCAL_CID, &cid);
    close(dev);
    if (rc < 0 || cid == VMADDR_CID_ANY || cid <= VMADDR_CID_HOST) {
        snprintf(why, why_len, "no vsock device");
        return;
    }
    int fd = socket(AF_VSOCK, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_vm addr = {.svm_family = AF_VSOCK, .svm_cid = VMADDR_CID_ANY, .svm_port = AGENT_VSOCK_PORT};
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 4) < 0) {
        snprintf(why, why_len, "vsock listen failed (%s)", strerror(errno));
        if (fd >= 0)
            close(fd);
        return;
    }
    vsock_listen_fd = fd;
    snprintf(why, why_len, "cid %u port %d", cid, AGENT_VSOCK_PORT);
}

static int add_channel(int rfd, int wfd, int is_console)
{
    if (channel_count >= MAX_CHANNELS)
        return -1;
    struct channel *ch = &channels[channel_count];
    if (agent_scanner_init(&ch->scanner) < 0)
        return -1;
    ch->rfd = rfd;
    ch->wfd = wfd;
    ch->is_console = is_console;
    channel_count++;
    return 0;
}

static void drop_channel(int i)
{
    close(channels[i].rfd);
    free(channels[i].scanner.line);
    channels[i] = channels[--channel_count];
}

static void on_sigchld(int sig)
{
    (void)sig;
}

static void serve(void)
{
    static uint8_t buf[65536];
    for (;;) {
        agent_reap_children();
        struct pollfd fds[MAX_CHANNELS + 1];
        int n = 0;
        for (int i = 0; i < channel_count; i++)
            fds[n++] = (struct pollfd){.fd = channels[i].rfd, .events = POLLIN};
        int listen_slot = -1;
        if (vsock_listen_fd >= 0)
            fds[listen_slot = n++] = (struct pollfd){.fd = vsock_listen_fd, .events = POLLIN};
        if (ppoll(fds, (nfds_t)n, NULL, &agent_wait_mask) < 0)
            continue;
        if (listen_slot >= 0 && fds[listen_slot].revents) {
            int c = accept4(vsock_listen_fd, NULL, NULL, SOCK_CLOEXEC);
            if (c >= 0 && add_channel(c, c, 0) < 0) {
                agent_log("vsock: too many connections, refusing one");
                close(c);
            }
        }
        /* Walk backwards so dropping a channel does not skip the one moved into its slot. */
        for (int i = (listen_slot >= 0 ? listen_slot : n) - 1; i >= 0; i--) {
            if (!fds[i].revents)
                continue;
            struct channel *ch = &channels[i];
            ssize_t got = read(ch->rfd, buf, sizeof buf);
            if (got > 0) {
                struct agent_sink sink = {.frame = on_frame, .error = on_scanner_error, .ctx = ch};
                agent_scanner_feed(&ch->scanner, buf, (size_t)got, &sink);
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                if (ch->is_console) {
                    /* The console never goes away for PID 1; stdio mode ends with its input. */
                    if (stdio_mode)
                        exit(0);
                    struct timespec pause = {.tv_sec = 0, .tv_nsec = 100000000};
                    nanosleep(&pause, NULL);
                } else {
                    drop_channel(i);
                }
            }
        }
    }
}

int main(int argc, char **argv)
{
    stdio_mode = argc > 1 && strcmp(argv[1], "--stdio") == 0;
    if (!stdio_mode && getpid() != 1) {
        fprintf(stderr, "usage: init (as PID 1) | init --stdio\n");
        return 2;
    }
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    sigprocmask(SIG_BLOCK, &block, &agent_wait_mask);
    sigdelset(&agent_wait_mask, SIGCHLD);
    struct sigaction sa = {.sa_handler = on_sigchld};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    char vsock_state[128] = "not tried in --stdio mode";
    if (stdio_mode) {
        console_fd = 1;
        add_channel(0, 1, 1);
    } else {
        setup_system();
        if (console_fd < 0 || add_channel(console_fd, console_fd, 1) < 0)
            agent_log("no console to serve on");
        try_vsock(vsock_state, sizeof vsock_state);
    }
    agent_log("protocol %d; console; vsock: %s", AGENT_VERSION, vsock_state);
    struct timespec up;
    clock_gettime(CLOCK_BOOTTIME, &up);
    char ready[64];
    int len = snprintf(ready, sizeof ready, "\nHARNESS-READY %ld.%03ld\n", (long)up.tv_sec, up.tv_nsec / 1000000);
    write_all(console_fd >= 0 ? console_fd : 1, ready, (size_t)len);
    serve();
}
