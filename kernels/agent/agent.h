/* Shared declarations of the guest agent: the wire constants of docs/agent-protocol.md, the frame
 * codec, the byte-stream scanner that finds frames among console text, and the request handlers. */
#ifndef HARNESS_AGENT_H
#define HARNESS_AGENT_H

#include <stddef.h>
#include <stdint.h>

#define AGENT_MAGIC "HAGT"
#define AGENT_VERSION 1
#define AGENT_HEADER_SIZE 16
#define AGENT_TRAILER_SIZE 4
#define AGENT_MAX_PAYLOAD (1024u * 1024u)
#define AGENT_MAX_FRAME (AGENT_HEADER_SIZE + AGENT_MAX_PAYLOAD + AGENT_TRAILER_SIZE)
#define AGENT_LINE_MARKER "@@HA:"
#define AGENT_LINE_MARKER_LEN 5
/* Base64 text of the largest frame; a longer line cannot be a valid frame. */
#define AGENT_MAX_LINE_B64 (((AGENT_MAX_FRAME + 2) / 3) * 4)
#define AGENT_VSOCK_PORT 1024

enum agent_type {
    T_PING = 0x01,
    T_EXEC = 0x02,
    T_READ_FILE = 0x03,
    T_WRITE_FILE = 0x04,
    T_POWER_OFF = 0x05,
    T_BEFORE_SNAPSHOT = 0x06,
    T_AFTER_RESTORE = 0x07,
    T_REPLY_BIT = 0x80,
    T_ERROR = 0x7F,
};

enum agent_error {
    E_GARBAGE = 1,
    E_TRUNCATED = 2,
    E_OVERSIZED = 3,
    E_BAD_CHECKSUM = 4,
    E_BAD_MAGIC = 5,
    E_UNSUPPORTED_VERSION = 6,
    E_UNKNOWN_TYPE = 7,
    E_BAD_PAYLOAD = 8,
    E_EXEC_FAILED = 9,
    E_IO = 10,
    E_TOO_LARGE = 11,
};

enum exec_flags {
    X_TIMED_OUT = 1,
    X_STDOUT_TRUNCATED = 2,
    X_STDERR_TRUNCATED = 4,
};

#define AFTER_RESTORE_SET_CLOCK 1u
#define AFTER_RESTORE_GENERATION 2u
#define AFTER_RESTORE_GENERATION_ID 4u
#define GENERATION_ID_FILE GENERATION_DIR "/generation_id"
#define GENERATION_DIR "/run/harness"
#define GENERATION_FILE GENERATION_DIR "/generation"

/* ---- codec.c ---- */
uint32_t agent_crc32(const uint8_t *data, size_t len);
size_t agent_base64_encode(const uint8_t *in, size_t len, char *out);
/* Returns the decoded length, or -1 when the text is not canonical padded base64. */
long agent_base64_decode(const char *in, size_t len, uint8_t *out);
int agent_is_base64_char(unsigned char c);
void agent_put_u32(uint8_t *p, uint32_t v);
uint32_t agent_get_u32(const uint8_t *p);

struct agent_frame {
    uint8_t type;
    uint32_t id;
    const uint8_t *payload;
    uint32_t length;
};

/* Validates a decoded frame. On failure returns an agent_error and sets *id to the request id when
 * the header was readable (0 otherwise) so the error reply can name the request. */
int agent_frame_parse(const uint8_t *buf, size_t len, struct agent_frame *frame, uint32_t *id,
                      const char **why);

/* ---- scanner.c: a byte stream in, whole frame lines or error events out ---- */
struct agent_scanner {
    char *line;        /* base64 text after the marker, AGENT_MAX_LINE_B64 bytes */
    size_t len;
    int in_frame;
    int overflow;
    size_t marker_matched;
    size_t garbage;    /* non-blank bytes outside any frame on the current line */
    int reported;      /* this line's problem has had its error event */
};

struct agent_sink {
    void (*frame)(void *ctx, const char *b64, size_t len);
    void (*error)(void *ctx, int code, uint32_t id, const char *message);
    void *ctx;
};

int agent_scanner_init(struct agent_scanner *s);
void agent_scanner_feed(struct agent_scanner *s, const uint8_t *data, size_t len,
                        const struct agent_sink *sink);

/* ---- reply building (reply.c) ---- */
struct agent_reply {
    uint8_t *payload;  /* AGENT_MAX_PAYLOAD bytes */
    size_t length;
    uint8_t type;
};

struct agent_reader {
    const uint8_t *p;
    size_t len, off;
    int bad;
};

uint32_t agent_read_u32(struct agent_reader *r);
uint64_t agent_read_u64(struct agent_reader *r);
/* A u32 length then that many bytes; returns a pointer into the payload (not NUL-terminated). */
const uint8_t *agent_read_bytes(struct agent_reader *r, uint32_t *len);
/* Like agent_read_bytes, but copies into a fresh NUL-terminated string and rejects embedded NULs. */
char *agent_read_string(struct agent_reader *r);

void reply_error(struct agent_reply *reply, int code, int err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int reply_put_u32(struct agent_reply *reply, uint32_t v);
int reply_put_bytes(struct agent_reply *reply, const uint8_t *data, size_t len);

/* ---- requests.c ---- */
/* Fills *reply for one request. Returns 1 when the reply must be followed by a power-off. */
int agent_handle(const struct agent_frame *request, struct agent_reply *reply);
void agent_power_off(void);

/* Opens what the after-restore hook uses (/dev/urandom, the generation files and their siblings) at boot, so that
 * snapshots hold them open (init only). */
void agent_prepare_restore_hook(void);

/* ---- exec.c ---- */
void agent_exec(struct agent_reader *r, struct agent_reply *reply);
/* As PID 1 the agent inherits every orphan: reaps all exited children, remembering the status of
 * the one exec is waiting for. */
void agent_reap_children(void);

/* ---- main.c ---- */
#include <signal.h>
/* SIGCHLD stays blocked except inside ppoll with this mask, so a child's exit can never slip in
 * between checking for it and going to sleep. */
extern sigset_t agent_wait_mask;
void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));


#endif
