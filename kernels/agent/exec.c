/* The exec request: runs a program with the host's argv, environment, working directory and stdin,
 * collects stdout and stderr, and kills the program's whole process group when its timeout passes.
 * Also the zombie reaper, since as PID 1 every orphan in the guest becomes the agent's child. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

#define MAX_ARGS 4096
#define STREAM_CAP ((AGENT_MAX_PAYLOAD - 64) / 2)

extern char **environ;

static pid_t watched_pid;
static int watched_status;
static int watched_done;

void agent_reap_children(void)
{
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        if (pid == watched_pid) {
            watched_status = status;
            watched_done = 1;
        }
    }
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct exec_request {
    uint32_t timeout_ms;
    char **argv; /* NULL-terminated and sized for the request: zeroing fixed 64 KiB arrays twice cost 7 % of a short exec */
    char **envp; /* the defaults overlaid with the request's entries, NULL-terminated */
    char *cwd;
    const uint8_t *stdin_data;
    uint32_t stdin_len;
};

static const char *const default_env[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", NULL};

static void free_strings(char **v)
{
    if (v == NULL)
        return;
    for (char **p = v; *p; p++)
        free(*p);
    free(v);
}

static void free_request(struct exec_request *x)
{
    free_strings(x->argv);
    free_strings(x->envp);
    free(x->cwd);
}

/* Puts NAME=value into envp, replacing an entry with the same NAME. */
static int env_set(char **envp, size_t *count, size_t cap, char *entry)
{
    size_t name_len = (size_t)(strchr(entry, '=') - entry);
    for (size_t i = 0; i < *count; i++) {
        if (strncmp(envp[i], entry, name_len + 1) == 0) {
            free(envp[i]);
            envp[i] = entry;
            return 0;
        }
    }
    if (*count >= cap)
        return -1;
    envp[(*count)++] = entry;
    envp[*count] = NULL;
    return 0;
}

static int parse_request(struct agent_reader *r, struct exec_request *x, const char **why)
{
    memset(x, 0, sizeof *x);
    x->timeout_ms = agent_read_u32(r);
    uint32_t argc = agent_read_u32(r);
    if (r->bad || argc == 0 || argc > MAX_ARGS) {
        *why = "argc must be between 1 and 4096";
        return -1;
    }
    x->argv = calloc(argc + 1, sizeof *x->argv);
    if (x->argv == NULL) {
        *why = "out of memory";
        return -1;
    }
    for (uint32_t i = 0; i < argc; i++) {
        x->argv[i] = agent_read_string(r);
        if (r->bad) {
            *why = "argv entries must be strings without NUL";
            return -1;
        }
    }
    uint32_t n = agent_read_u32(r);
    if (r->bad || n > MAX_ARGS) {
        *why = "at most 4096 environment entries";
        return -1;
    }
    size_t envc = 0, envcap = sizeof default_env / sizeof default_env[0] - 1 + n;
    x->envp = calloc(envcap + 1, sizeof *x->envp);
    if (x->envp == NULL) {
        *why = "out of memory";
        return -1;
    }
    for (const char *const *d = default_env; *d; d++)
        x->envp[envc++] = strdup(*d);
    for (uint32_t i = 0; i < n; i++) {
        char *entry = agent_read_string(r);
        if (r->bad || strchr(entry, '=') == NULL || entry[0] == '=') {
            free(entry);
            *why = "environment entries must be NAME=value";
            return -1;
        }
        if (env_set(x->envp, &envc, envcap, entry) < 0) {
            free(entry);
            *why = "too many environment entries";
            return -1;
        }
    }
    x->cwd = agent_read_string(r);
    x->stdin_data = agent_read_bytes(r, &x->stdin_len);
    if (r->bad || r->off != r->len) {
        *why = "payload does not match timeout, argv, environment, cwd and stdin";
        return -1;
    }
    if (x->argv[0][0] == 0) {
        *why = "argv[0] is empty";
        return -1;
    }
    return 0;
}

/*
 * Finds the program the way execvp would, but along the PATH of the requested environment (the agent's own is not
 * the program's), so that the child can be started with vfork and only has to execve. Relative PATH entries are
 * taken from the requested working directory. Returns 0, or the errno execvp would have failed with.
 */
static int resolve_program(const struct exec_request *x, char *out, size_t cap)
{
    const char *name = x->argv[0];
    if (strchr(name, '/') != NULL) {
        if (strlen(name) >= cap)
            return ENAMETOOLONG;
        strcpy(out, name);
        return 0;
    }
    const char *path = "/bin:/usr/bin";
    for (char *const *e = x->envp; *e; e++)
        if (strncmp(*e, "PATH=", 5) == 0)
            path = *e + 5;
    const char *cwd = x->cwd[0] ? x->cwd : "/";
    int failure = ENOENT;
    for (const char *p = path;; p++) {
        const char *end = strchrnul(p, ':');
        int len = (int)(end - p);
        int n = len == 0 ? snprintf(out, cap, "%s/%s", cwd, name)
                : p[0] == '/' ? snprintf(out, cap, "%.*s/%s", len, p, name)
                              : snprintf(out, cap, "%s/%.*s/%s", cwd, len, p, name);
        if (n > 0 && (size_t)n < cap) {
            if (access(out, X_OK) == 0)
                return 0;
            if (errno == EACCES)
                failure = EACCES;
        }
        if (*end == 0)
            return failure;
        p = end;
    }
}

/*
 * Set by a vfork child whose execve failed, just before it exits. The child shares the agent's memory, and vfork
 * returns in the agent only once the child has exec'd or exited, so the agent reads it with no pipe between them:
 * glibc's posix_spawn reports a failed exec the same way. A pipe cost the guest an inode, two files and their
 * teardown on every exec.
 */
static volatile int exec_errno;

/*
 * Runs in a vfork child: it shares the agent's memory until execve, so it only makes system calls on its own
 * process (signal dispositions, file table and working directory are its own copies) and writes nothing the agent
 * reads but exec_errno. vfork spares the guest kernel copying the agent's page tables for a process that replaces
 * them at once: about a third of the guest instructions an exec cost.
 */
static void child(const struct exec_request *x, const char *program, int in, int out, int err)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGCHLD, SIG_DFL);
    /* Its own session and process group, so a timeout kills everything it started. */
    setsid();
    if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        goto fail;
    if (chdir(x->cwd[0] ? x->cwd : "/") < 0)
        goto fail;
    execve(program, (char **)x->argv, (char **)x->envp);
fail:
    exec_errno = errno != 0 ? errno : ENOEXEC;
    _exit(127);
}

/*
 * /dev/null, opened once and kept (close-on-exec): the stdin of a program given no input, which then reads EOF at
 * once, as it did from a pipe the agent closed, without a pipe made and torn down per exec. -1 if it cannot be opened.
 */
static int null_input(void)
{
    static int fd = -2;
    if (fd == -2)
        fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    return fd;
}

struct stream {
    int fd;
    uint8_t *buf;
    size_t len;
    int truncated;
};

/* Reads what is available; returns 0 once the stream is at EOF or broken. */
static int pump(struct stream *s)
{
    static uint8_t discard[65536];
    for (int rounds = 0; rounds < 256; rounds++) {
        uint8_t *dst = s->len < STREAM_CAP ? s->buf + s->len : discard;
        size_t room = s->len < STREAM_CAP ? STREAM_CAP - s->len : sizeof discard;
        ssize_t n = read(s->fd, dst, room);
        if (n > 0) {
            if (dst == discard)
                s->truncated = 1;
            else
                s->len += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return 1;
        close(s->fd);
        s->fd = -1;
        return 0;
    }
    return 1;
}

void agent_exec(struct agent_reader *r, struct agent_reply *reply)
{
    static uint8_t out_buf[STREAM_CAP], err_buf[STREAM_CAP];
    struct exec_request *x = calloc(1, sizeof *x);
    const char *why = "";
    if (x == NULL) {
        reply_error(reply, E_EXEC_FAILED, ENOMEM, "out of memory");
        return;
    }
    if (parse_request(r, x, &why) < 0) {
        reply_error(reply, E_BAD_PAYLOAD, 0, "exec: %s", why);
        free_request(x);
        free(x);
        return;
    }
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
    int no_input = x->stdin_len == 0 ? null_input() : -1;
    if ((no_input < 0 && pipe2(in, O_CLOEXEC) < 0) || pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0) {
        int e = errno;
        reply_error(reply, E_EXEC_FAILED, e, "pipe: %s", strerror(e));
        goto cleanup_fds;
    }
    static char program[4096];
    int missing = resolve_program(x, program, sizeof program);
    if (missing != 0) {
        reply_error(reply, E_EXEC_FAILED, missing, "cannot execute %s (cwd %s): %s", x->argv[0],
                    x->cwd[0] ? x->cwd : "/", strerror(missing));
        goto cleanup_fds;
    }
    int64_t start = now_ms();
    exec_errno = 0;
    pid_t pid = vfork();
    if (pid < 0) {
        int e = errno;
        reply_error(reply, E_EXEC_FAILED, e, "vfork: %s", strerror(e));
        goto cleanup_fds;
    }
    if (pid == 0)
        child(x, program, no_input >= 0 ? no_input : in[0], out[1], err[1]);
    watched_pid = pid;
    watched_done = 0;
    if (in[0] >= 0)
        close(in[0]);
    close(out[1]);
    close(err[1]);
    in[0] = out[1] = err[1] = -1;

    int child_errno = exec_errno;
    if (child_errno != 0) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        watched_pid = 0;
        reply_error(reply, E_EXEC_FAILED, child_errno, "cannot execute %s (cwd %s): %s", x->argv[0],
                    x->cwd[0] ? x->cwd : "/", strerror(child_errno));
        goto cleanup_fds;
    }

    struct stream so = {.fd = out[0], .buf = out_buf}, se = {.fd = err[0], .buf = err_buf};
    out[0] = err[0] = -1;
    int stdin_fd = in[1];
    in[1] = -1;
    size_t stdin_off = 0;
    fcntl(so.fd, F_SETFL, O_NONBLOCK);
    fcntl(se.fd, F_SETFL, O_NONBLOCK);
    if (stdin_fd >= 0 && x->stdin_len == 0) {
        close(stdin_fd);
        stdin_fd = -1;
    }
    if (stdin_fd >= 0)
        fcntl(stdin_fd, F_SETFL, O_NONBLOCK);
    int timed_out = 0;
    for (;;) {
        agent_reap_children();
        if (watched_done)
            break;
        struct timespec wait, *waitp = NULL;
        if (x->timeout_ms != 0 && !timed_out) {
            int64_t left = start + (int64_t)x->timeout_ms - now_ms();
            if (left <= 0) {
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
                timed_out = 1;
                continue;
            }
            wait.tv_sec = left / 1000;
            wait.tv_nsec = (left % 1000) * 1000000;
            waitp = &wait;
        }
        struct pollfd fds[3];
        int nfds = 0, io = -1, ie = -1, ii = -1;
        if (so.fd >= 0)
            fds[io = nfds++] = (struct pollfd){.fd = so.fd, .events = POLLIN};
        if (se.fd >= 0)
            fds[ie = nfds++] = (struct pollfd){.fd = se.fd, .events = POLLIN};
        if (stdin_fd >= 0)
            fds[ii = nfds++] = (struct pollfd){.fd = stdin_fd, .events = POLLOUT};
        if (ppoll(fds, (nfds_t)nfds, waitp, &agent_wait_mask) < 0)
            continue;
        if (io >= 0 && fds[io].revents)
            pump(&so);
        if (ie >= 0 && fds[ie].revents)
            pump(&se);
        if (ii >= 0 && fds[ii].revents) {
            ssize_t w = write(stdin_fd, x->stdin_data + stdin_off, x->stdin_len - stdin_off);
            if (w > 0)
                stdin_off += (size_t)w;
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || stdin_off == x->stdin_len) {
                close(stdin_fd);
                stdin_fd = -1;
            }
        }
    }
    int64_t duration = now_ms() - start;
    watched_pid = 0;
    /* What the program wrote before it exited is already in the pipes; take it, but do not wait
     * for background processes that inherited them. */
    if (so.fd >= 0)
        pump(&so);
    if (se.fd >= 0)
        pump(&se);
    if (so.fd >= 0)
        close(so.fd);
    if (se.fd >= 0)
        close(se.fd);
    if (stdin_fd >= 0)
        close(stdin_fd);

    int32_t code, sig = 0;
    if (WIFEXITED(watched_status)) {
        code = WEXITSTATUS(watched_status);
    } else {
        sig = WTERMSIG(watched_status);
        code = 128 + sig;
    }
    uint32_t flags = (timed_out ? X_TIMED_OUT : 0) | (so.truncated ? X_STDOUT_TRUNCATED : 0) |
                     (se.truncated ? X_STDERR_TRUNCATED : 0);
    reply->length = 0;
    reply_put_u32(reply, (uint32_t)code);
    reply_put_u32(reply, (uint32_t)sig);
    reply_put_u32(reply, flags);
    reply_put_u32(reply, (uint32_t)duration);
    reply_put_bytes(reply, so.buf, so.len);
    reply_put_bytes(reply, se.buf, se.len);

cleanup_fds:
    for (int i = 0; i < 2; i++) {
        if (in[i] >= 0)
            close(in[i]);
        if (out[i] >= 0)
            close(out[i]);
        if (err[i] >= 0)
            close(err[i]);
    }
    free_request(x);
    free(x);
}
