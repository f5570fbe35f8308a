/* Bounds-checked readers for request payloads and writers for reply payloads. A reader that runs
 * past its payload only sets a flag, so handlers check once at the end instead of at every field. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agent.h"

uint32_t agent_read_u32(struct agent_reader *r)
{
    if (r->bad || r->len - r->off < 4) {
        r->bad = 1;
        return 0;
    }
    uint32_t v = agent_get_u32(r->p + r->off);
    r->off += 4;
    return v;
}

uint64_t agent_read_u64(struct agent_reader *r)
{
    uint64_t lo = agent_read_u32(r);
    uint64_t hi = agent_read_u32(r);
    return lo | hi << 32;
}

const uint8_t *agent_read_bytes(struct agent_reader *r, uint32_t *len)
{
    uint32_t n = agent_read_u32(r);
    if (r->bad || r->len - r->off < n) {
        r->bad = 1;
        *len = 0;
        return NULL;
    }
    const uint8_t *p = r->p + r->off;
    r->off += n;
    *len = n;
    return p;
}

char *agent_read_string(struct agent_reader *r)
{
    uint32_t n;
    const uint8_t *p = agent_read_bytes(r, &n);
    if (r->bad)
        return NULL;
    if (memchr(p, 0, n) != NULL) {
        r->bad = 1;
        return NULL;
    }
    char *s = malloc((size_t)n + 1);
    if (s == NULL) {
        r->bad = 1;
        return NULL;
    }
    memcpy(s, p, n);
    s[n] = 0;
    return s;
}

void reply_error(struct agent_reply *reply, int code, int err, const char *fmt, ...)
{
    reply->type = T_ERROR;
    agent_put_u32(reply->payload, (uint32_t)code);
    agent_put_u32(reply->payload + 4, (uint32_t)err);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf((char *)reply->payload + 8, 1024, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if (n > 1023)
        n = 1023;
    reply->length = 8 + (size_t)n;
}

int reply_put_u32(struct agent_reply *reply, uint32_t v)
{
    if (AGENT_MAX_PAYLOAD - reply->length < 4)
        return -1;
    agent_put_u32(reply->payload + reply->length, v);
    reply->length += 4;
    return 0;
}

int reply_put_bytes(struct agent_reply *reply, const uint8_t *data, size_t len)
{
    if (AGENT_MAX_PAYLOAD - reply->length < 4 + len)
        return -1;
    agent_put_u32(reply->payload + reply->length, (uint32_t)len);
    if (len)
        memcpy(reply->payload + reply->length + 4, data, len);
    reply->length += 4 + len;
    return 0;
}
