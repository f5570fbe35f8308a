/* The request handlers other than exec: ping, file read and write, power-off, and the
 * before-snapshot and after-restore hooks. Each fills a reply; none trusts the payload. */
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

static void handle_ping(const struct agent_frame *req, struct agent_reply *reply)
{
    memcpy(reply->payload, req->payload, req->length);
    reply->length = req->length;
}

static void handle_read_file(struct agent_reader *r, struct agent_reply *reply)
{
    char *path = agent_read_string(r);
    if (r->bad || r->off != r->len) {
        free(path);
        reply_error(reply, E_BAD_PAYLOAD, 0, "read-file payload is not a single path string");
        return;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        reply_error(reply, E_IO, e, "open %s: %s", path, strerror(e));
        free(path);
        return;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) {
        reply_error(reply, E_IO, EINVAL, "%s is not a regular file", path);
        goto out;
    }
    /* /proc and /sys files report size 0, so read until EOF rather than trusting st_size. */
    size_t total = 0;
    for (;;) {
        uint8_t extra;
        uint8_t *dst = total < AGENT_MAX_PAYLOAD ? reply->payload + total : &extra;
        size_t room = total < AGENT_MAX_PAYLOAD ? AGENT_MAX_PAYLOAD - total : 1;
        ssize_t n = read(fd, dst, room);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            reply_error(reply, E_IO, e, "read %s: %s", path, strerror(e));
            goto out;
        }
        if (n == 0)
            break;
        if (dst == &extra) {
            reply_error(reply, E_TOO_LARGE, EFBIG, "%s is larger than %u bytes", path, AGENT_MAX_PAYLOAD);
            goto out;
        }
        total += (size_t)n;
    }
    reply->length = total;
out:
    close(fd);
    free(path);
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static void handle_write_file(struct agent_reader *r, struct agent_reply *reply)
{
    uint32_t mode = agent_read_u32(r);
    char *path = agent_read_string(r);
    if (r->bad || (mode & ~07777u) != 0) {
        free(path);
        reply_error(reply, E_BAD_PAYLOAD, 0, "write-file payload needs a mode (at most 07777) and a path");
        return;
    }
    const uint8_t *data = r->p + r->off;
    size_t len = r->len - r->off;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, (mode_t)mode);
    if (fd < 0) {
        int e = errno;
        reply_error(reply, E_IO, e, "open %s: %s", path, strerror(e));
        free(path);
        return;
    }
    /* An existing file keeps its old mode through O_CREAT, and umask trims a new one: set it. */
    if (write_all(fd, data, len) < 0 || fchmod(fd, (mode_t)mode) < 0) {
        int e = errno;
        reply_error(reply, E_IO, e, "write %s: %s", path, strerror(e));
    } else if (close(fd) < 0) {
        int e = errno;
        fd = -1;
        reply_error(reply, E_IO, e, "close %s: %s", path, strerror(e));
    } else {
        fd = -1;
        reply->length = 0;
    }
    if (fd >= 0)
        close(fd);
    free(path);
}

/* A generation file and its ".tmp" sibling, which the agent makes at boot and keeps open, so that a snapshot holds
 * them: a restore then writes the new value into the sibling it already has open and swaps the two names
 * (RENAME_EXCHANGE), instead of making a directory, a file and an inode per restore and freeing the old one. That
 * cost 63 k guest instructions of the hook's 146 k. Readers see the old content or the new, never a mix. */
struct generation_file {
    const char *path;
    const char *tmp;
    int tmp_fd;  /* open on the inode the name tmp has, or -1 */
    int live_fd; /* open on the inode the name path has, or -1 */
};

static struct generation_file generation_files[2] = {
    {GENERATION_FILE, GENERATION_FILE ".tmp", -1, -1},
    {GENERATION_ID_FILE, GENERATION_ID_FILE ".tmp", -1, -1},
};

/* Writes through the kept sibling; false when it is gone (a program removed the files), and nothing changed. */
static int swap_in_generation_file(struct generation_file *f, const char *text, int n)
{
    if (f->tmp_fd < 0 || pwrite(f->tmp_fd, text, (size_t)n, 0) != n || ftruncate(f->tmp_fd, n) < 0)
        return 0;
    if (f->live_fd < 0 || syscall(SYS_renameat2, AT_FDCWD, f->tmp, AT_FDCWD, f->path, RENAME_EXCHANGE) < 0)
        return 0;
    int was_live = f->live_fd;
    f->live_fd = f->tmp_fd;
    f->tmp_fd = was_live; /* the name tmp now has the old value's inode: the next restore writes there */
    return 1;
}

/* /dev/urandom for the hook's entropy ioctls, opened at boot so that a snapshot holds it open. */
static int urandom_fd = -1;

static void make_generation_dir(void)
{
    mkdir("/run", 0755);
    mkdir(GENERATION_DIR, 0755);
}

/* Opens (making them if missing) the file and its sibling, to keep. */
static void keep_generation_file(struct generation_file *f)
{
    f->live_fd = open(f->path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    f->tmp_fd = open(f->tmp, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

void agent_prepare_restore_hook(void)
{
    urandom_fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);
    /* Before any restore: generation 0, and an id of zeros (no restore has given one yet). Swapped in twice, so that
     * both names hold it with a page of their own, and what a first swap sets up in the kernel is in every snapshot
     * already (it made a restore's first swap cost twice what later ones do): a restore only overwrites and swaps. */
    static const char *const initial[2] = {"0\n", "00000000000000000000000000000000\n"};
    make_generation_dir();
    for (int i = 0; i < 2; i++) {
        struct generation_file *f = &generation_files[i];
        int n = (int)strlen(initial[i]);
        keep_generation_file(f);
        if (!swap_in_generation_file(f, initial[i], n) || !swap_in_generation_file(f, initial[i], n))
            agent_log("preparing %s: %s", f->path, strerror(errno));
    }
}

static int write_generation_file(struct generation_file *f, const char *text, int n, struct agent_reply *reply)
{
    if (swap_in_generation_file(f, text, n))
        return 0;
    /* Without the kept files (a program removed them): make them again, write, rename into place. */
    if (f->tmp_fd >= 0)
        close(f->tmp_fd);
    if (f->live_fd >= 0)
        close(f->live_fd);
    f->tmp_fd = f->live_fd = -1;
    int fd = open(f->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 && errno == ENOENT) {
        make_generation_dir();
        fd = open(f->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    }
    if (fd < 0 || write(fd, text, (size_t)n) != n || close(fd) < 0 || rename(f->tmp, f->path) < 0) {
        int e = errno;
        reply_error(reply, E_IO, e, "writing %s: %s", f->path, strerror(e));
        return -1;
    }
    /* Keep the fast way for the next restore of this guest's snapshots: the live file open, a sibling again. */
    keep_generation_file(f);
    return 0;
}

static void handle_after_restore(struct agent_reader *r, struct agent_reply *reply)
{
    uint32_t flags = agent_read_u32(r);
    int64_t seconds = (int64_t)agent_read_u64(r);
    uint32_t nanos = agent_read_u32(r);
    uint32_t entropy_len;
    const uint8_t *entropy = agent_read_bytes(r, &entropy_len);
    uint64_t generation = (flags & AFTER_RESTORE_GENERATION) ? agent_read_u64(r) : 0;
    uint8_t generation_id[16] = {0};
    if (flags & AFTER_RESTORE_GENERATION_ID) {
        /* 16 raw bytes; the reader decodes little-endian u64s, so copying them back restores the byte order. */
        uint64_t half[2] = {agent_read_u64(r), agent_read_u64(r)};
        memcpy(generation_id, half, sizeof generation_id);
    }
    if (r->bad || r->off != r->len || nanos >= 1000000000u ||
        (flags & ~(AFTER_RESTORE_SET_CLOCK | AFTER_RESTORE_GENERATION | AFTER_RESTORE_GENERATION_ID)) != 0 ||
        entropy_len > 4096) {
        reply_error(reply, E_BAD_PAYLOAD, 0,
                    "after-restore payload needs flags, seconds, nanoseconds (< 1e9), at most 4096 bytes of entropy "
                    "and, with flag 2, a generation");
        return;
    }
    if (flags & AFTER_RESTORE_SET_CLOCK) {
        struct timespec ts = {.tv_sec = (time_t)seconds, .tv_nsec = (long)nanos};
        if (clock_settime(CLOCK_REALTIME, &ts) < 0) {
            int e = errno;
            reply_error(reply, E_IO, e, "clock_settime: %s", strerror(e));
            return;
        }
    }
    if (entropy_len > 0) {
        /* RNDADDENTROPY credits the bits, unlike a plain write to /dev/urandom, so a restored clone's
         * pool diverges from its siblings' at once. */
        union {
            struct rand_pool_info info;
            unsigned char room[sizeof(struct rand_pool_info) + 4096];
        } pool;
        if (urandom_fd < 0)
            urandom_fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);
        int rc = -1, e = errno;
        if (urandom_fd >= 0) {
            pool.info.entropy_count = (int)(entropy_len * 8);
            pool.info.buf_size = (int)entropy_len;
            memcpy(pool.info.buf, entropy, entropy_len);
            rc = ioctl(urandom_fd, RNDADDENTROPY, &pool.info);
            /* Crediting alone leaves the CRNG on its old key until its next scheduled reseed; clones must
             * diverge now, so reseed it from the pool that just took the host's bytes. */
            if (rc == 0)
                rc = ioctl(urandom_fd, RNDRESEEDCRNG);
            e = errno;
        }
        if (rc < 0) {
            reply_error(reply, E_IO, e, "RNDADDENTROPY: %s", strerror(e));
            return;
        }
    }
    if (flags & AFTER_RESTORE_GENERATION) {
        /* Programs in the guest read how many restores separate them from the boot from this file. */
        char digits[24], text[24];
        int d = 0, n = 0;
        do
            digits[d++] = (char)('0' + generation % 10);
        while ((generation /= 10) != 0);
        while (d > 0)
            text[n++] = digits[--d];
        text[n++] = '\n'; /* by hand: the first snprintf in a restored agent cost 20 k guest instructions */
        if (write_generation_file(&generation_files[0], text, n, reply) < 0)
            return;
    }
    if (flags & AFTER_RESTORE_GENERATION_ID) {
        /* A value unique to this restore (as VMGenID is): clones of one snapshot tell themselves apart by it. */
        static const char hex[] = "0123456789abcdef";
        char text[33];
        for (int i = 0; i < 16; i++) {
            text[2 * i] = hex[generation_id[i] >> 4];
            text[2 * i + 1] = hex[generation_id[i] & 15];
        }
        text[32] = '\n';
        if (write_generation_file(&generation_files[1], text, 33, reply) < 0)
            return;
    }
    reply->length = 0;
}

void agent_power_off(void)
{
    sync();
    reboot(RB_POWER_OFF);
    agent_log("power-off failed: %s", strerror(errno));
}

int agent_handle(const struct agent_frame *req, struct agent_reply *reply)
{
    struct agent_reader r = {.p = req->payload, .len = req->length};
    reply->type = (uint8_t)(req->type | T_REPLY_BIT);
    reply->length = 0;
    switch (req->type) {
    case T_PING:
        handle_ping(req, reply);
        return 0;
    case T_EXEC:
        agent_exec(&r, reply);
        return 0;
    case T_READ_FILE:
        handle_read_file(&r, reply);
        return 0;
    case T_WRITE_FILE:
        handle_write_file(&r, reply);
        return 0;
    case T_POWER_OFF:
        if (req->length != 0) {
            reply_error(reply, E_BAD_PAYLOAD, 0, "power-off takes no payload");
            return 0;
        }
        return 1;
    case T_BEFORE_SNAPSHOT:
        if (req->length != 0) {
            reply_error(reply, E_BAD_PAYLOAD, 0, "before-snapshot takes no payload");
            return 0;
        }
        /* Dirty page cache would otherwise be captured half-written into every clone. */
        sync();
        return 0;
    case T_AFTER_RESTORE:
        handle_after_restore(&r, reply);
        return 0;
    default:
        reply_error(reply, E_UNKNOWN_TYPE, 0, "unknown request type 0x%02x", req->type);
        return 0;
    }
}
