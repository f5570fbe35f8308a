/* Frame codec of the agent protocol: CRC-32, base64, and validation of a decoded frame
 * (docs/agent-protocol.md). Everything here treats its input as hostile. */
#include <string.h>

#include "agent.h"

static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

uint32_t agent_crc32(const uint8_t *data, size_t len)
{
    if (crc_table[1] == 0)
        crc_init();
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++)
        c = crc_table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int agent_is_base64_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

size_t agent_base64_encode(const uint8_t *in, size_t len, char *out)
{
    size_t o = 0, i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = b64_alphabet[(v >> 6) & 63];
        out[o++] = b64_alphabet[v & 63];
    }
    if (len - i == 1) {
        uint32_t v = (uint32_t)in[i] << 16;
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (len - i == 2) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = b64_alphabet[(v >> 6) & 63];
        out[o++] = '=';
    }
    return o;
}

long agent_base64_decode(const char *in, size_t len, uint8_t *out)
{
    if (len % 4 != 0)
        return -1;
    size_t o = 0;
    for (size_t i = 0; i < len; i += 4) {
        int last = i + 4 == len;
        int a = b64_value((unsigned char)in[i]), b = b64_value((unsigned char)in[i + 1]);
        int c = b64_value((unsigned char)in[i + 2]), d = b64_value((unsigned char)in[i + 3]);
        if (a < 0 || b < 0)
            return -1;
        if (last && in[i + 2] == '=' && in[i + 3] == '=') {
            if (b & 15)
                return -1;
            out[o++] = (uint8_t)(a << 2 | b >> 4);
        } else if (last && c >= 0 && in[i + 3] == '=') {
            if (c & 3)
                return -1;
            out[o++] = (uint8_t)(a << 2 | b >> 4);
            out[o++] = (uint8_t)((b & 15) << 4 | c >> 2);
        } else {
            if (c < 0 || d < 0)
                return -1;
            out[o++] = (uint8_t)(a << 2 | b >> 4);
            out[o++] = (uint8_t)((b & 15) << 4 | c >> 2);
            out[o++] = (uint8_t)((c & 3) << 6 | d);
        }
    }
    return (long)o;
}

void agent_put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

uint32_t agent_get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int agent_frame_parse(const uint8_t *buf, size_t len, struct agent_frame *frame, uint32_t *id,
                      const char **why)
{
    *id = len >= 12 ? agent_get_u32(buf + 8) : 0;
    if (len >= 4 && memcmp(buf, AGENT_MAGIC, 4) != 0) {
        *why = "bad magic";
        return E_BAD_MAGIC;
    }
    if (len < AGENT_HEADER_SIZE + AGENT_TRAILER_SIZE) {
        *why = "frame shorter than its header and checksum";
        return E_TRUNCATED;
    }
    uint32_t length = agent_get_u32(buf + 12);
    if (length > AGENT_MAX_PAYLOAD) {
        *why = "declared payload length exceeds the maximum";
        return E_OVERSIZED;
    }
    size_t want = AGENT_HEADER_SIZE + (size_t)length + AGENT_TRAILER_SIZE;
    if (len < want) {
        *why = "frame shorter than its declared payload length";
        return E_TRUNCATED;
    }
    if (len > want) {
        *why = "bytes after the checksum";
        return E_GARBAGE;
    }
    if (agent_crc32(buf, want - AGENT_TRAILER_SIZE) != agent_get_u32(buf + want - AGENT_TRAILER_SIZE)) {
        *why = "checksum mismatch";
        return E_BAD_CHECKSUM;
    }
    if (buf[4] != AGENT_VERSION) {
        *why = "unsupported protocol version";
        return E_UNSUPPORTED_VERSION;
    }
    frame->type = buf[5];
    frame->id = *id;
    frame->length = length;
    frame->payload = buf + AGENT_HEADER_SIZE;
    return 0;
}
