/* virtio-fuzz: drives one virtio-mmio device from guest user space with random and malformed rings, to prove that
 * a hostile guest cannot hurt the monitor. Installed in the guest as /bin/virtio-fuzz; needs /dev/mem without the
 * RAM filter (CONFIG_DEVMEM=y, STRICT_DEVMEM off) and a device whose kernel driver has been unbound.
 *
 *   virtio-fuzz WINDOW_HEX DEVICE_ID CHAINS SEED RAM_BASE_HEX RAM_BYTES_HEX
 *
 * RAM_BASE and RAM_BYTES are the monitor's guest RAM (what its devices can reach), which is more than the kernel
 * lists as System RAM (the 2 MiB below the kernel image are missing there): aiming 'outside RAM' by /proc/iomem
 * once sent random bytes into kernel text.
 *
 * It maps the register window, pins a few pages of its own and learns their physical addresses from
 * /proc/self/pagemap, then loops: reset, a random (often wrong) status and feature sequence, a queue whose size and
 * ring addresses are random (inside its pages, outside RAM, misaligned, wrapping past 2^64), descriptor tables with
 * random flags, lengths, next links, loops and indirect tables, avail indices that jump, and notifications of random
 * queue numbers, until CHAINS chains have been published. Every guest-physical address it hands the device that lies
 * in RAM is one of its own pages and every buffer stays inside its page, so whatever the device accepts and writes
 * lands in this process; everything else must be refused by the device. It ends with a reset and ACKNOWLEDGE, the
 * state the kernel's virtio core expects before a driver binds again, and prints one line of counts. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096u
#define NPAGES 16
/* Pages 0-2 hold only the descriptor table, the available ring and the used ring; buffers and indirect tables live in
 * the others. Were an indirect table allowed on a ring, ring indices read as a descriptor could form an address inside
 * RAM (an avail idx of 0x8000 or more reads as 0x8000xxxx), and the device would write there. */
#define RING_PAGES 3

enum {
    R_MAGIC = 0x000, R_VERSION = 0x004, R_DEVICE_ID = 0x008, R_DEV_FEATURES = 0x010, R_DEV_FEATURES_SEL = 0x014,
    R_DRV_FEATURES = 0x020, R_DRV_FEATURES_SEL = 0x024, R_QUEUE_SEL = 0x030, R_QUEUE_NUM_MAX = 0x034,
    R_QUEUE_NUM = 0x038, R_QUEUE_READY = 0x044, R_QUEUE_NOTIFY = 0x050, R_INT_STATUS = 0x060, R_INT_ACK = 0x064,
    R_STATUS = 0x070, R_DESC_LO = 0x080, R_DESC_HI = 0x084, R_AVAIL_LO = 0x090, R_AVAIL_HI = 0x094,
    R_USED_LO = 0x0a0, R_USED_HI = 0x0a4, R_CONFIG_GEN = 0x0fc,
};

enum { S_ACK = 1, S_DRIVER = 2, S_DRIVER_OK = 4, S_FEATURES_OK = 8, S_NEEDS_RESET = 0x40 };
enum { F_NEXT = 1, F_WRITE = 2, F_INDIRECT = 4 };

/* Registers that exist on every virtio-mmio v2 device; anything else may be refused with an access fault. */
static const uint32_t writable_regs[] = {R_DEV_FEATURES_SEL, R_DRV_FEATURES, R_DRV_FEATURES_SEL, R_QUEUE_SEL,
                                         R_QUEUE_NUM, R_QUEUE_READY, R_QUEUE_NOTIFY, R_INT_ACK, R_STATUS,
                                         R_DESC_LO, R_DESC_HI, R_AVAIL_LO, R_AVAIL_HI, R_USED_LO, R_USED_HI};
static const uint32_t readable_regs[] = {R_MAGIC, R_VERSION, R_DEVICE_ID, R_DEV_FEATURES, R_QUEUE_NUM_MAX,
                                         R_QUEUE_READY, R_INT_STATUS, R_STATUS, R_CONFIG_GEN, R_QUEUE_NUM};

static volatile uint32_t *regs;
static uint8_t *pages[NPAGES];
static uint64_t phys[NPAGES];
static uint64_t ram_start, ram_end;
static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

static uint32_t below(uint32_t n) { return (uint32_t)(rnd() % n); }

static uint32_t rd(uint32_t off) { return regs[off / 4]; }

static void wr(uint32_t off, uint32_t v)
{
    __sync_synchronize();
    regs[off / 4] = v;
    __sync_synchronize();
}

static void die(const char *what)
{
    fprintf(stderr, "virtio-fuzz: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void pin_pages(void)
{
    int pm = open("/proc/self/pagemap", O_RDONLY);
    if (pm < 0)
        die("open /proc/self/pagemap");
    for (int i = 0; i < NPAGES; i++) {
        pages[i] = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (pages[i] == MAP_FAILED)
            die("mmap");
        if (mlock(pages[i], PAGE) < 0)
            die("mlock");
        memset(pages[i], 0, PAGE);
        uint64_t entry;
        if (pread(pm, &entry, sizeof entry, (off_t)((uintptr_t)pages[i] / PAGE) * 8) != (ssize_t)sizeof entry)
            die("read pagemap");
        uint64_t pfn = entry & ((1ULL << 55) - 1);
        if (!(entry >> 63) || pfn == 0) {
            fprintf(stderr, "virtio-fuzz: page %d is not present or its frame is hidden\n", i);
            exit(1);
        }
        phys[i] = pfn * PAGE;
        if (phys[i] < ram_start || phys[i] + PAGE > ram_end) {
            fprintf(stderr, "virtio-fuzz: page %d at 0x%llx is outside RAM\n", i, (unsigned long long)phys[i]);
            exit(1);
        }
    }
    close(pm);
}

/* An address aligned to `align` (a power of two) that the device must refuse for any length >= min_len: outside
 * RAM, straddling either end of it, or wrapping past 2^64. Never one whose first min_len bytes lie in RAM. */
static uint64_t bad_addr(uint32_t min_len, uint32_t align)
{
    uint64_t mask = ~(uint64_t)(align - 1);
    switch (below(7)) {
    case 0: return 0;
    case 1: return below((uint32_t)(ram_start > 0xffffffffu ? 0xffffffffu : ram_start)) & mask;
    case 2: return (ram_end + (rnd() & 0xffff0)) & mask;
    case 3:
        /* Straddles the end: starts k bytes before it with 0 < k < min_len, k a multiple of align. */
        if (min_len > align)
            return ram_end - (uint64_t)align * (1 + below((min_len - 1) / align));
        return ram_end;
    case 4: return (UINT64_MAX - below(4096)) & mask;
    case 5: return 0x10001000ull + below(8) * 0x1000ull; /* the virtio windows: MMIO, not RAM */
    default: return (ram_start - 16) & mask;
    }
}

/* A descriptor buffer: mostly inside one of our pages (never past its end), sometimes an address to refuse. */
static void buffer(uint64_t *addr, uint32_t *len)
{
    if (below(8) != 0) {
        uint32_t p = RING_PAGES + below(NPAGES - RING_PAGES), off = below(PAGE);
        *addr = phys[p] + off;
        *len = below(PAGE - off + 1);
        return;
    }
    uint32_t l = below(4) == 0 ? 0xffffffffu : 17 + below(PAGE * 4);
    *addr = bad_addr(l, 1);
    if (*addr == 0 && below(2))
        l = 0; /* address 0, length 0: harmless, and legal */
    *len = l;
}

static void put_desc(uint8_t *at, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next)
{
    memcpy(at, &addr, 8);
    memcpy(at + 8, &len, 4);
    memcpy(at + 12, &flags, 2);
    memcpy(at + 14, &next, 2);
}

/* An indirect table: either inside one of our pages (at any alignment, which is legal), or a length or address the
 * device must refuse. A table the device may walk never reaches past the end of our page. */
static void indirect(uint64_t *addr, uint32_t *len, uint16_t qsize)
{
    uint32_t p = RING_PAGES + below(NPAGES - RING_PAGES);
    uint32_t entries = 1 + below(qsize < 32 ? qsize : 32);
    uint32_t skew = below(2) ? 0 : (below(2) ? 8 : below(16));
    uint32_t off = below((PAGE - 16 - entries * 16) / 16 + 1) * 16 + skew;
    switch (below(5)) {
    case 0: *addr = phys[p] + off; *len = entries * 16 + 1 + below(15); return; /* not a multiple of 16 */
    case 1: *addr = phys[p] + off; *len = 0; return;
    case 2: *addr = phys[p] + off; *len = 0xfffffff0u; return; /* more entries than any queue */
    case 3: *addr = bad_addr(entries * 16, 1 + 15 * below(2)); *len = entries * 16; return;
    default: break;
    }
    *addr = phys[p] + off;
    *len = entries * 16;
    for (uint32_t i = 0; i < entries; i++) {
        uint64_t a;
        uint32_t l;
        buffer(&a, &l);
        uint16_t flags = (uint16_t)(rnd() & (F_NEXT | F_WRITE | (below(16) == 0 ? F_INDIRECT : 0)));
        uint16_t next = below(4) == 0 ? (uint16_t)rnd() : (uint16_t)below(entries);
        put_desc(pages[p] + off + i * 16, a, l, flags, next);
    }
}

struct queue {
    uint16_t size;
    uint32_t dpage, doff, apage, aoff, upage, uoff;
    uint16_t avail_idx;
    int live;
};

static uint64_t chains_posted, used_seen, resets, needs_reset, setups_refused, pokes;

/* Places a ring of `bytes` inside its own page at an offset aligned to `align`; returns its guest address. */
static uint64_t place(uint32_t page_index, uint32_t bytes, uint32_t align, uint32_t *page, uint32_t *off)
{
    *page = page_index;
    uint32_t room = bytes <= PAGE ? (PAGE - bytes) / align : 0;
    *off = below(room + 1) * align;
    return phys[*page] + *off;
}

static void reset_device(void)
{
    wr(R_STATUS, 0);
    resets++;
}

/* A driver's setup sequence with random mistakes. Returns 1 when the device looks live afterwards. */
static int setup(struct queue *q, uint32_t max)
{
    reset_device();
    q->live = 0;
    wr(R_STATUS, S_ACK);
    wr(R_STATUS, S_ACK | S_DRIVER);
    wr(R_DEV_FEATURES_SEL, 1);
    uint32_t hi = rd(R_DEV_FEATURES);
    wr(R_DEV_FEATURES_SEL, 0);
    uint32_t lo = rd(R_DEV_FEATURES);
    if (below(6) == 0) {
        hi = (uint32_t)rnd(); /* features the device never offered */
        lo = (uint32_t)rnd();
    } else if (below(6) == 0) {
        hi &= ~1u; /* no VERSION_1 */
    }
    if (below(2))
        lo &= ~(1u << 28); /* sometimes without INDIRECT_DESC, so indirect descriptors are errors */
    wr(R_DRV_FEATURES_SEL, 0);
    wr(R_DRV_FEATURES, lo);
    wr(R_DRV_FEATURES_SEL, 1);
    wr(R_DRV_FEATURES, hi);
    if (below(10) != 0)
        wr(R_STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);

    wr(R_QUEUE_SEL, below(8) == 0 ? (uint32_t)rnd() : 0);
    uint32_t size = max;
    switch (below(8)) {
    case 0: size = (uint32_t)rnd() & 0xffff; break;
    case 1: size = max * 2; break;
    case 2: size = 0; break;
    case 3: size = max > 1 ? 3 : 1; break;
    default: size = 1u << below(__builtin_ctz(max) + 1); break;
    }
    q->size = (uint16_t)size;
    wr(R_QUEUE_NUM, size);
    uint16_t n = q->size ? q->size : 1;
    uint64_t d = place(0, 16u * n, 16, &q->dpage, &q->doff);
    uint64_t a = place(1, 6u + 2u * n, 2, &q->apage, &q->aoff);
    uint64_t u = place(2, 6u + 8u * n, 4, &q->upage, &q->uoff);
    if (16u * n > PAGE || 6u + 8u * n > PAGE) {
        /* A ring that cannot fit one page is aimed outside RAM, so the device refuses it instead of using it. */
        d = bad_addr(16u * n, 16);
        u = bad_addr(6u + 8u * n, 4);
    }
    switch (below(12)) {
    case 0: d = bad_addr(16u * n, 16); break;
    case 1: u = bad_addr(6u + 8u * n, 4); break;
    case 2: a = bad_addr(6u + 2u * n, 2); break;
    case 3: d |= 8; break; /* misaligned */
    case 4: u |= 2; break;
    default: break;
    }
    memset(pages[q->apage] + q->aoff, 0, (6u + 2u * n <= PAGE - q->aoff) ? 6u + 2u * n : 0);
    wr(R_DESC_LO, (uint32_t)d);
    wr(R_DESC_HI, (uint32_t)(d >> 32));
    wr(R_AVAIL_LO, (uint32_t)a);
    wr(R_AVAIL_HI, (uint32_t)(a >> 32));
    wr(R_USED_LO, (uint32_t)u);
    wr(R_USED_HI, (uint32_t)(u >> 32));
    wr(R_QUEUE_READY, 1);
    wr(R_STATUS, rd(R_STATUS) | S_DRIVER_OK | (below(16) == 0 ? (uint32_t)rnd() & 0xf0 : 0));
    q->avail_idx = 0;
    uint32_t st = rd(R_STATUS);
    q->live = (st & (S_DRIVER_OK | S_NEEDS_RESET)) == S_DRIVER_OK && rd(R_QUEUE_READY) == 1 && q->size != 0
              && 16u * q->size <= PAGE && 6u + 8u * q->size <= PAGE;
    if (!q->live)
        setups_refused++;
    return q->live;
}

/* Fills the descriptor table and publishes a batch of chains; returns how many were published. */
static uint32_t post(struct queue *q)
{
    uint16_t n = q->size;
    uint8_t *table = pages[q->dpage] + q->doff;
    for (uint16_t i = 0; i < n; i++) {
        uint64_t addr;
        uint32_t len;
        uint16_t flags = (uint16_t)(rnd() & (F_NEXT | F_WRITE));
        if (below(10) == 0) {
            indirect(&addr, &len, n);
            flags = (uint16_t)(F_INDIRECT | (below(8) == 0 ? F_NEXT : 0) | (below(2) ? F_WRITE : 0));
        } else {
            buffer(&addr, &len);
        }
        if (below(32) == 0)
            flags |= (uint16_t)(rnd() & 0xfff8); /* undefined flag bits */
        uint16_t next;
        switch (below(8)) {
        case 0: next = (uint16_t)rnd(); break; /* out of range, mostly */
        case 1: next = i; break;               /* a loop of one */
        case 2: next = (uint16_t)(i ? i - 1 : 0); break;
        default: next = (uint16_t)((i + 1) % n); break;
        }
        put_desc(table + (uint32_t)i * 16, addr, len, flags, next);
    }
    uint8_t *avail = pages[q->apage] + q->aoff;
    uint32_t batch = 1 + below(n);
    for (uint32_t k = 0; k < batch; k++) {
        uint16_t head = below(16) == 0 ? (uint16_t)rnd() : (uint16_t)below(n);
        uint16_t slot = (uint16_t)((q->avail_idx + k) % n);
        memcpy(avail + 4 + 2u * slot, &head, 2);
    }
    uint16_t flags = (uint16_t)below(2);
    memcpy(avail, &flags, 2);
    uint16_t used_event = (uint16_t)rnd();
    memcpy(avail + 4 + 2u * n, &used_event, 2);
    uint16_t idx = (uint16_t)(q->avail_idx + batch);
    if (below(20) == 0)
        idx = (uint16_t)rnd(); /* jumps more than a queue ahead, or backwards */
    __sync_synchronize();
    memcpy(avail + 2, &idx, 2);
    q->avail_idx = idx;
    wr(R_QUEUE_NOTIFY, below(10) == 0 ? (uint32_t)rnd() : 0);
    return batch;
}

static void poke(void)
{
    pokes++;
    if (below(2))
        wr(writable_regs[below(sizeof writable_regs / sizeof writable_regs[0])], (uint32_t)rnd());
    else
        (void)rd(readable_regs[below(sizeof readable_regs / sizeof readable_regs[0])]);
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: virtio-fuzz WINDOW_HEX DEVICE_ID CHAINS SEED RAM_BASE_HEX RAM_BYTES_HEX\n");
        return 2;
    }
    ram_start = strtoull(argv[5], NULL, 16);
    ram_end = ram_start + strtoull(argv[6], NULL, 16);
    if (ram_end <= ram_start || ram_start % PAGE != 0 || ram_end % PAGE != 0) {
        fprintf(stderr, "virtio-fuzz: RAM 0x%s+0x%s is not a page-aligned range\n", argv[5], argv[6]);
        return 2;
    }
    uint64_t window = strtoull(argv[1], NULL, 16);
    uint32_t want_id = (uint32_t)strtoul(argv[2], NULL, 10);
    uint64_t want_chains = strtoull(argv[3], NULL, 10);
    rng_state = strtoull(argv[4], NULL, 10) * 2654435761ULL + 0x9E3779B97F4A7C15ULL;
    if (window % PAGE != 0) {
        fprintf(stderr, "virtio-fuzz: window 0x%llx is not page-aligned\n", (unsigned long long)window);
        return 2;
    }

    int mem = open("/dev/mem", O_RDWR | O_SYNC);
    if (mem < 0)
        die("open /dev/mem");
    void *map = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, mem, (off_t)window);
    if (map == MAP_FAILED)
        die("mmap the virtio window");
    regs = map;
    if (rd(R_MAGIC) != 0x74726976 || rd(R_VERSION) != 2 || rd(R_DEVICE_ID) != want_id) {
        fprintf(stderr, "virtio-fuzz: 0x%llx is not a virtio-mmio v2 device with id %u (magic 0x%x, version %u, id %u)\n",
                (unsigned long long)window, want_id, rd(R_MAGIC), rd(R_VERSION), rd(R_DEVICE_ID));
        return 1;
    }
    pin_pages();

    struct queue q = {0};
    wr(R_QUEUE_SEL, 0);
    uint32_t max = rd(R_QUEUE_NUM_MAX);
    if (max == 0 || (max & (max - 1)) != 0 || max > 256) {
        fprintf(stderr, "virtio-fuzz: queue 0 max size %u is unusable here\n", max);
        return 1;
    }

    while (chains_posted < want_chains) {
        if (!q.live || below(16) == 0) {
            setup(&q, max);
            if (!q.live)
                continue;
        }
        chains_posted += post(&q);
        if (below(8) == 0)
            poke();
        uint32_t st = rd(R_STATUS);
        uint16_t used;
        memcpy(&used, pages[q.upage] + q.uoff + 2, 2);
        used_seen = used;
        wr(R_INT_ACK, rd(R_INT_STATUS));
        if (st & S_NEEDS_RESET) {
            needs_reset++;
            q.live = 0;
        }
    }

    /* Leave the device as the kernel's virtio core does after a driver goes away: reset, then ACKNOWLEDGE. */
    wr(R_STATUS, 0);
    wr(R_INT_ACK, 3);
    wr(R_STATUS, S_ACK);
    printf("chains=%llu needs_reset=%llu resets=%llu refused_setups=%llu pokes=%llu status_after=0x%x\n",
           (unsigned long long)chains_posted, (unsigned long long)needs_reset, (unsigned long long)resets,
           (unsigned long long)setups_refused, (unsigned long long)pokes, rd(R_STATUS));
    return 0;
}
