// The Linux system calls a static glibc program makes, served on the host for one single-threaded process.
// Guest pointers are checked against RAM; a bad one gets -EFAULT, never a host exception.
using System.Diagnostics;
using System.Text;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Cpu.RiscV.UserMode;

/// <summary>
/// The syscall layer of <see cref="UserModeProcess"/>: the RISC-V Linux ABI (number in a7, arguments in a0..a5,
/// result or -errno in a0). Files other than stdin, stdout and stderr do not exist; unknown calls return -ENOSYS.
/// </summary>
internal sealed class LinuxSyscalls : IHartPlatform
{
    private const long ENOENT = 2, EBADF = 9, EAGAIN = 11, ENOMEM = 12, EFAULT = 14, EINVAL = 22, ENOTTY = 25,
        ESPIPE = 29, ENOSYS = 38;

    private const ulong MapFixed = 0x10, MapAnonymous = 0x20, FixedNoReplace = 0x100000;
    private const ulong PageMask = GuestMemory.PageSize - 1;

    private readonly GuestMemory _memory;
    private readonly ulong _heapStart;
    private readonly ReadOnlyMemory<byte> _stdin;
    private readonly SplitMix64 _rng;
    private readonly MemoryStream _stdout = new(), _stderr = new();
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly long _epochTicks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;
    private ulong _brk;
    private ulong _mmapLow;     // the mmap area grows down from the stack limit to the break
    private int _stdinPos;

    public LinuxSyscalls(GuestMemory memory, ulong heapStart, ulong stackLimit, ReadOnlyMemory<byte> stdin, SplitMix64 rng)
    {
        _memory = memory;
        _heapStart = _brk = heapStart;
        _mmapLow = stackLimit & ~PageMask;
        _stdin = stdin;
        _rng = rng;
    }

    /// <summary>Set when the program exits or signals itself.</summary>
    public (int Status, bool Signaled)? Exit { get; private set; }

    public byte[] Stdout => _stdout.ToArray();

    public byte[] Stderr => _stderr.ToArray();

    public ulong ReadTime() => (ulong)Stopwatch.GetElapsedTime(_start).Ticks;

    public bool TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from)
    {
        if (from != PrivilegeLevel.User)
        {
            return false;
        }

        ulong nr = hart.GetRegister(17);
        ulong a0 = hart.GetRegister(10), a1 = hart.GetRegister(11), a2 = hart.GetRegister(12), a3 = hart.GetRegister(13);
        long ret;
        try
        {
            ret = Dispatch(hart, nr, a0, a1, a2, a3);
        }
        catch (GuestMemoryException)
        {
            ret = -EFAULT;
        }

        hart.SetRegister(10, (ulong)ret);
        return true;
    }

    private long Dispatch(RiscVHart hart, ulong nr, ulong a0, ulong a1, ulong a2, ulong a3)
    {
        switch (nr)
        {
            case 17: // getcwd
                return WriteCString(a0, a1, "/");
            case 25: // fcntl
                return Fcntl(a0, a1);
            case 29: // ioctl: no terminals here
                return a0 <= 2 ? -ENOTTY : -EBADF;
            case 56: // openat
                return -ENOENT;
            case 57: // close
                return a0 <= 2 ? 0 : -EBADF;
            case 62: // lseek
                return a0 <= 2 ? -ESPIPE : -EBADF;
            case 63: // read
                return Read(a0, a1, a2);
            case 64: // write
                return Write(a0, a1, a2);
            case 66: // writev
                return WriteV(a0, a1, a2);
            case 78: // readlinkat
                return -ENOENT;
            case 79: // newfstatat
                return (a3 & 0x1000) != 0 && a2 != 0 && _memory.Read<byte>(a1) == 0 ? Fstat(a0, a2) : -ENOENT; // AT_EMPTY_PATH
            case 80: // fstat
                return Fstat(a0, a1);
            case 93: // exit
            case 94: // exit_group
                Exit = ((int)(a0 & 0xFF), false);
                hart.RequestExit();
                return 0;
            case 96: // set_tid_address
                return 1;
            case 98: // futex: one thread, so a wait would never end and a wake finds nobody
                return (a1 & 0x7F) == 0 ? -EAGAIN : 0;
            case 99: // set_robust_list
            case 124: // sched_yield
            case 134: // rt_sigaction
            case 135: // rt_sigprocmask
            case 226: // mprotect
            case 233: // madvise
                return ZeroOptional(nr, a1, a2, a3);
            case 101: // nanosleep
            case 115: // clock_nanosleep
                return 0;
            case 113: // clock_gettime
                return ClockGettime(a0, a1);
            case 129: // kill
            case 131: // tgkill
                ulong sig = nr == 129 ? a1 : a2;
                if (sig == 0)
                {
                    return 0;
                }

                Exit = (128 + (int)(sig & 0x7F), true);
                hart.RequestExit();
                return 0;
            case 130: // tkill
                Exit = (128 + (int)(a1 & 0x7F), true);
                hart.RequestExit();
                return 0;
            case 160: // uname
                return Uname(a0);
            case 169: // gettimeofday
                return GetTimeOfDay(a0);
            case 172: // getpid
            case 178: // gettid
                return 1;
            case 173: // getppid
            case 174: // getuid
            case 175: // geteuid
            case 176: // getgid
            case 177: // getegid
                return 0;
            case 214: // brk
                return Brk(a0);
            case 215: // munmap
                return Munmap(a0, a1);
            case 222: // mmap
                return Mmap(a0, a1, hart.GetRegister(13), hart.GetRegister(14));
            case 259: // riscv_flush_icache
                hart.RequestInstructionCacheFlush();
                return 0;
            case 261: // prlimit64
                return Prlimit(a3);
            case 278: // getrandom
                return GetRandom(a0, a1);
            default:
                return -ENOSYS;
        }
    }

    private long ZeroOptional(ulong nr, ulong a1, ulong a2, ulong a3)
    {
        // rt_sigaction(sig, act, oldact, size): no handler was ever installed; rt_sigprocmask(how, set, oldset, size): empty mask.
        if (nr == 134 && a2 != 0)
        {
            _memory.GetWriteSpan(a2, checked((int)Math.Min(a3 + 24, 64))).Clear();
        }
        else if (nr == 135 && a2 != 0)
        {
            _memory.GetWriteSpan(a2, checked((int)Math.Clamp(a3, 8, 128))).Clear();
        }

        return 0;
    }

    private static long Fcntl(ulong fd, ulong cmd)
    {
        if (fd > 2)
        {
            return -EBADF;
        }

        // F_GETFL: stdin is open for reading, stdout and stderr for writing; the rest (F_GETFD, F_SETFD,
        // F_SETFL...) succeed without effect. F_DUPFD would need a descriptor table, which does not exist.
        return cmd switch
        {
            3 => fd == 0 ? 0 : 1,
            0 or 1030 => -EINVAL,
            _ => 0,
        };
    }

    private long Read(ulong fd, ulong buf, ulong count)
    {
        if (fd != 0)
        {
            return fd <= 2 ? -EINVAL : -EBADF;
        }

        int n = (int)Math.Min(count, (ulong)(_stdin.Length - _stdinPos));
        _stdin.Span.Slice(_stdinPos, n).CopyTo(_memory.GetWriteSpan(buf, n));
        _stdinPos += n;
        return n;
    }

    private long Write(ulong fd, ulong buf, ulong count)
    {
        MemoryStream? sink = fd switch { 1 => _stdout, 2 => _stderr, _ => null };
        if (sink is null)
        {
            return fd == 0 ? -EINVAL : -EBADF;
        }

        if (count > int.MaxValue || !_memory.Contains(buf, count))
        {
            return -EFAULT;
        }

        sink.Write(_memory.GetReadSpan(buf, (int)count));
        return (long)count;
    }

    private long WriteV(ulong fd, ulong iov, ulong count)
    {
        if (count > 1024)
        {
            return -EINVAL;
        }

        long total = 0;
        for (ulong i = 0; i < count; i++)
        {
            ulong b = _memory.Read<ulong>(iov + (i * 16));
            ulong len = _memory.Read<ulong>(iov + (i * 16) + 8);
            long r = Write(fd, b, len);
            if (r < 0)
            {
                return total > 0 ? total : r;
            }

            total += r;
        }

        return total;
    }

    private long Fstat(ulong fd, ulong statbuf)
    {
        if (fd > 2)
        {
            return -EBADF;
        }

        // struct stat of the generic ABI (128 bytes): report a pipe, as under a test runner.
        Span<byte> st = _memory.GetWriteSpan(statbuf, 128);
        st.Clear();
        BitConverter.TryWriteBytes(st[16..], 0x1000u | 0x180u); // st_mode = S_IFIFO | 0600
        BitConverter.TryWriteBytes(st[20..], 1u);                // st_nlink
        BitConverter.TryWriteBytes(st[56..], 4096);              // st_blksize
        return 0;
    }

    private long ClockGettime(ulong clock, ulong tp)
    {
        long ticks = clock is 0 or 5 or 8 ? _epochTicks + Stopwatch.GetElapsedTime(_start).Ticks : Stopwatch.GetElapsedTime(_start).Ticks;
        _memory.Write(tp, ticks / TimeSpan.TicksPerSecond);
        _memory.Write(tp + 8, ticks % TimeSpan.TicksPerSecond * 100);
        return 0;
    }

    private long GetTimeOfDay(ulong tv)
    {
        if (tv != 0)
        {
            long ticks = _epochTicks + Stopwatch.GetElapsedTime(_start).Ticks;
            _memory.Write(tv, ticks / TimeSpan.TicksPerSecond);
            _memory.Write(tv + 8, ticks % TimeSpan.TicksPerSecond / 10);
        }

        return 0;
    }

    private long Uname(ulong buf)
    {
        Span<byte> u = _memory.GetWriteSpan(buf, 6 * 65);
        u.Clear();
        string[] fields = ["Linux", "harness", "6.1.0", "#1", "riscv64", ""];
        for (int i = 0; i < fields.Length; i++)
        {
            Encoding.ASCII.GetBytes(fields[i], u.Slice(i * 65, 64));
        }

        return 0;
    }

    private long Brk(ulong want)
    {
        if (want < _heapStart || want > _mmapLow)
        {
            return (long)_brk;
        }

        if (want > _brk)
        {
            _memory.GetWriteSpan(_brk, checked((int)(want - _brk))).Clear();
        }

        _brk = want;
        return (long)_brk;
    }

    private long Mmap(ulong addr, ulong length, ulong flags, ulong fd)
    {
        if ((flags & MapAnonymous) == 0 || (long)fd != -1 && fd != 0xFFFF_FFFF)
        {
            return -ENOSYS; // no files to map
        }

        if (length == 0 || length > _memory.Size)
        {
            return -EINVAL;
        }

        ulong len = (length + PageMask) & ~PageMask;
        if ((flags & (MapFixed | FixedNoReplace)) != 0)
        {
            if ((addr & PageMask) != 0 || !_memory.Contains(addr, len) || addr < _heapStart)
            {
                return -EINVAL;
            }

            _memory.GetWriteSpan(addr, checked((int)len)).Clear();
            return (long)addr;
        }

        if (_mmapLow < len || _mmapLow - len < AlignUp(_brk))
        {
            return -ENOMEM;
        }

        _mmapLow -= len;
        ZeroLarge(_mmapLow, len);
        return (long)_mmapLow;
    }

    private long Munmap(ulong addr, ulong length)
    {
        if ((addr & PageMask) != 0 || length == 0)
        {
            return -EINVAL;
        }

        // The lowest mapping can be given back; others stay reserved (a test program does not run out).
        if (addr == _mmapLow)
        {
            _mmapLow += (length + PageMask) & ~PageMask;
        }

        return 0;
    }

    private void ZeroLarge(ulong addr, ulong len)
    {
        while (len > 0)
        {
            int n = (int)Math.Min(len, 1UL << 30);
            _memory.GetWriteSpan(addr, n).Clear();
            addr += (ulong)n;
            len -= (ulong)n;
        }
    }

    private long Prlimit(ulong oldLimit)
    {
        if (oldLimit != 0)
        {
            _memory.Write(oldLimit, ulong.MaxValue);
            _memory.Write(oldLimit + 8, ulong.MaxValue);
        }

        return 0;
    }

    private long GetRandom(ulong buf, ulong len)
    {
        if (len > int.MaxValue)
        {
            return -EINVAL;
        }

        _rng.Fill(_memory.GetWriteSpan(buf, (int)len));
        return (long)len;
    }

    private long WriteCString(ulong buf, ulong size, string s)
    {
        byte[] b = Encoding.UTF8.GetBytes(s + "\0");
        if (size < (ulong)b.Length)
        {
            return -34; // ERANGE
        }

        _memory.WriteBytes(buf, b);
        return b.Length;
    }

    private static ulong AlignUp(ulong v) => (v + PageMask) & ~PageMask;
}
