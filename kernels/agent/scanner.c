/* Finds frame lines ("@@HA:" + base64 + newline) in a byte stream that may also carry other text,
 * and turns everything that is neither a frame nor blank into exactly one error event per problem,
 * so a host that sends garbage gets told and the agent never waits on a frame that cannot finish. */
#include <stdlib.h>
#include <string.h>

#include "agent.h"

static const char marker[] = AGENT_LINE_MARKER;

int agent_scanner_init(struct agent_scanner *s)
{
    memset(s, 0, sizeof *s);
    s->line = malloc(AGENT_MAX_LINE_B64);
    return s->line ? 0 : -1;
}

/* The request id from the first 16 base64 characters of frame text (12 bytes: magic, version,
 * type, flags, id), so even a broken frame's error reply can name its request. */
static uint32_t partial_id(const struct agent_scanner *s)
{
    uint8_t head[12];
    if (s->len < 16 || agent_base64_decode(s->line, 16, head) != 12)
        return 0;
    return agent_get_u32(head + 8);
}

/* Length of the longest suffix of marker[0..matched) + c that is a prefix of the marker. */
static size_t marker_step(size_t matched, unsigned char c)
{
    if ((unsigned char)marker[matched] == c)
        return matched + 1;
    for (size_t k = matched; k > 0; k--) {
        /* candidate prefix of length k ending in c: marker[0..k-1) must equal the last k-1 matched */
        if ((unsigned char)marker[k - 1] != c)
            continue;
        if (memcmp(marker, marker + matched - (k - 1), k - 1) == 0)
            return k;
    }
    return 0;
}

static void report(struct agent_scanner *s, const struct agent_sink *sink, int code, uint32_t id,
                   const char *message)
{
    if (s->reported)
        return;
    s->reported = 1;
    sink->error(sink->ctx, code, id, message);
}

static void reset_frame(struct agent_scanner *s)
{
    s->in_frame = 0;
    s->len = 0;
    s->overflow = 0;
    s->marker_matched = 0;
    s->garbage = 0;
}

static void feed_frame_byte(struct agent_scanner *s, unsigned char c, const struct agent_sink *sink)
{
    if (c == '\n') {
        if (s->overflow)
            report(s, sink, E_OVERSIZED, partial_id(s), "frame line longer than the largest frame");
        else
            sink->frame(sink->ctx, s->line, s->len);
        reset_frame(s);
        s->reported = 0;
    } else if (agent_is_base64_char(c)) {
        if (s->len < AGENT_MAX_LINE_B64)
            s->line[s->len++] = (char)c;
        else
            s->overflow = 1;
    } else if (c == (unsigned char)marker[0]) {
        /* A new marker before the newline: the frame in progress was cut short. */
        report(s, sink, s->overflow ? E_OVERSIZED : E_TRUNCATED, partial_id(s),
               "frame line cut short by the start of another frame");
        reset_frame(s);
        s->reported = 0;
        s->marker_matched = 1;
    } else {
        /* The rest of this line belongs to the same problem, so it is reported once. */
        report(s, sink, E_GARBAGE, partial_id(s), "byte outside base64 inside a frame line");
        reset_frame(s);
    }
}

static void feed_text_byte(struct agent_scanner *s, unsigned char c, const struct agent_sink *sink)
{
    if (c == '\n') {
        if (s->garbage || s->marker_matched)
            report(s, sink, E_GARBAGE, 0, "text outside a frame");
        reset_frame(s);
        s->reported = 0;
        return;
    }
    size_t before = s->marker_matched;
    size_t after = marker_step(before, c);
    if (after == 0)
        s->garbage += before + (c != ' ' && c != '\t');
    else
        s->garbage += before + 1 - after;  /* marker bytes that no longer lead to a marker */
    s->marker_matched = after;
    if (after == AGENT_LINE_MARKER_LEN) {
        if (s->garbage)
            report(s, sink, E_GARBAGE, 0, "text before a frame marker");
        reset_frame(s);
        s->reported = 0;
        s->in_frame = 1;
    }
}

void agent_scanner_feed(struct agent_scanner *s, const uint8_t *data, size_t len,
                        const struct agent_sink *sink)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c == '\r')
            continue;
        if (s->in_frame)
            feed_frame_byte(s, c, sink);
        else
            feed_text_byte(s, c, sink);
    }
}
