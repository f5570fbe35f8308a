// One static RV64 Linux program loaded into its own guest RAM: ELF segments, the initial stack (argc, argv, envp,
// auxv) and a hart in U-mode with paging off, so virtual addresses are guest-physical ones.
using System.Buffers.Binary;
using System.Text;
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV.BareMetal;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Cpu.RiscV.UserMode;

/// <summary>
/// A loaded user-mode program. <see cref="Run"/> executes it in slices; Linux system calls are served by
/// <see cref="LinuxSyscalls"/>, and any trap the program takes ends it as <see cref="UserModeStopReason.Fault"/>.
/// </summary>
public sealed class UserModeProcess : IDisposable
{
    /// <summary>First byte of RAM. Page 0 stays unmapped, so null-pointer accesses fault as they would on Linux.</summary>
    public const ulong RamBase = 0x1000;

    private const ushort EtExec = 2, EtDyn = 3;
    private const uint PtLoad = 1, PtPhdr = 6;
    private const ulong MstatusFsInitial = 1UL << 13;
    private const uint WfiInstruction = 0x1050_0073, JumpBackInstruction = 0xFFDF_F06F; // wfi; j .-4

    private readonly LinuxSyscalls _syscalls;
    private UserModeStopReason? _stopped;
    private int _exitCode;
    private string? _fault;

    private UserModeProcess(GuestMemory memory, LinuxSyscalls syscalls, RiscVHart hart)
    {
        Memory = memory;
        _syscalls = syscalls;
        Hart = hart;
    }

    /// <summary>The hart running the program (U-mode; M-mode only after a fault).</summary>
    public RiscVHart Hart { get; }

    /// <summary>The program's RAM.</summary>
    public GuestMemory Memory { get; }

    /// <summary>Everything written to file descriptor 1 so far.</summary>
    public byte[] Stdout => _syscalls.Stdout;

    /// <summary>Everything written to file descriptor 2 so far.</summary>
    public byte[] Stderr => _syscalls.Stderr;

    /// <summary>Why the program stopped, or null while it can run on.</summary>
    public UserModeStopReason? StopReason => _stopped;

    /// <summary>The exit status (exit code, or 128 + signal).</summary>
    public int ExitCode => _exitCode;

    /// <summary>What the fault was, when <see cref="StopReason"/> is <see cref="UserModeStopReason.Fault"/>.</summary>
    public string? FaultDescription => _fault;

    /// <summary>Loads the ELF file at <paramref name="path"/> with <paramref name="argv"/> (argv[0] included).</summary>
    /// <exception cref="ElfLoadException">The file is not a static RV64 executable that fits in RAM.</exception>
    public static UserModeProcess Load(string path, IReadOnlyList<string> argv, UserModeOptions options) =>
        Load(File.ReadAllBytes(path), argv, options);

    /// <summary>Loads an ELF image from bytes with <paramref name="argv"/> (argv[0] included).</summary>
    /// <exception cref="ElfLoadException">The image is not a static RV64 executable that fits in RAM.</exception>
    /// <exception cref="ArgumentException">The options leave no room for the stack and arguments.</exception>
    public static UserModeProcess Load(byte[] elf, IReadOnlyList<string> argv, UserModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(argv);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MemorySize < (4UL << 20) || options.MemorySize % GuestMemory.PageSize != 0 || options.MemorySize > (64UL << 30))
        {
            throw new ArgumentException("memory size must be a page multiple between 4 MiB and 64 GiB", nameof(options));
        }

        if (options.StackSize < (64UL << 10) || options.StackSize > options.MemorySize / 2)
        {
            throw new ArgumentException("stack size must be at least 64 KiB and at most half of RAM", nameof(options));
        }

        ElfImage image = ElfImage.Parse(elf);
        ushort type = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(16));
        if (type == EtDyn)
        {
            throw new ElfLoadException(ElfLoadError.NotElf, "position-independent (ET_DYN) programs are not supported; link with -static -no-pie");
        }

        if (type != EtExec)
        {
            throw new ElfLoadException(ElfLoadError.NotElf, $"ELF type {type} is not an executable");
        }

        ulong phoff = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(32));
        ushort phentsize = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(54));
        ushort phnum = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(56));
        ulong phdrAddress = FindProgramHeaders(elf, phoff, phentsize, phnum);

        var memory = GuestMemory.CreateAnonymous(RamBase, options.MemorySize - RamBase);
        try
        {
            image.LoadInto(memory);
            ulong imageEnd = 0;
            foreach (ElfSegment s in image.Segments)
            {
                imageEnd = Math.Max(imageEnd, s.PhysicalAddress + s.MemorySize);
            }

            if (image.Segments.Any(s => s.PhysicalAddress < RamBase + GuestMemory.PageSize))
            {
                throw new ElfLoadException(ElfLoadError.SegmentOutsideRam, $"a segment overlaps the first RAM page at 0x{RamBase:x}, which the runner keeps for itself");
            }

            memory.Write(RamBase, WfiInstruction);
            memory.Write(RamBase + 4, JumpBackInstruction);

            ulong stackTop = memory.EndAddress;
            ulong stackLimit = stackTop - options.StackSize;
            ulong heapStart = AlignUp(imageEnd, GuestMemory.PageSize);
            if (heapStart >= stackLimit)
            {
                throw new ElfLoadException(ElfLoadError.SegmentOutsideRam, "the program leaves no room for a heap and stack in RAM");
            }

            var rng = new SplitMix64(options.RandomSeed);
            var syscalls = new LinuxSyscalls(memory, heapStart, stackLimit, options.Stdin, rng);
            var hart = new RiscVHart(0, memory, new MmioBus(), syscalls);
            var process = new UserModeProcess(memory, syscalls, hart);
            ulong sp = BuildStack(memory, stackTop, argv, options.Environment, image.Entry, phdrAddress, phentsize, phnum, rng);

            hart.Reset(image.Entry, PrivilegeLevel.User);
            HartState state = hart.Save();
            state.Mtvec = RamBase;
            state.Mstatus |= MstatusFsInitial;
            state.X[2] = sp;
            hart.Restore(state);
            return process;
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Runs at most <paramref name="maxInstructions"/> more instructions; returns the stop reason, or null when the budget ran out first.</summary>
    public UserModeStopReason? Run(long maxInstructions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxInstructions);
        long remaining = maxInstructions;
        while (_stopped is null && remaining > 0)
        {
            long before = Hart.InstructionsRetired;
            HartExit exit = Hart.Run(remaining);
            remaining -= Hart.InstructionsRetired - before;
            if (_syscalls.Exit is { } exitRequest)
            {
                _exitCode = exitRequest.Status;
                _stopped = exitRequest.Signaled ? UserModeStopReason.Signaled : UserModeStopReason.Exited;
            }
            else if (Hart.Privilege == PrivilegeLevel.Machine)
            {
                HartState s = Hart.Save();
                _fault = DescribeTrap(s.Mcause, s.Mepc, s.Mtval);
                _exitCode = 128 + SignalFor(s.Mcause);
                _stopped = UserModeStopReason.Fault;
            }
            else if (exit == HartExit.WaitForInterrupt)
            {
                // A U-mode WFI with nothing to wake it: Linux would let it sleep forever.
                _fault = $"the program waits in WFI at pc 0x{Hart.Pc:x} with no interrupt that could wake it";
                _exitCode = 128 + 9;
                _stopped = UserModeStopReason.Fault;
            }
        }

        return _stopped;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Hart.Dispose();
        Memory.Dispose();
    }

    private static ulong FindProgramHeaders(byte[] elf, ulong phoff, ushort phentsize, ushort phnum)
    {
        ulong fromLoad = 0;
        for (int i = 0; i < phnum; i++)
        {
            ulong at = phoff + ((ulong)i * phentsize);
            if (phentsize < 56 || at + 56 > (ulong)elf.Length)
            {
                throw new ElfLoadException(ElfLoadError.Truncated, "program header table runs past the end of the file");
            }

            ReadOnlySpan<byte> ph = elf.AsSpan((int)at, 56);
            uint type = BinaryPrimitives.ReadUInt32LittleEndian(ph);
            ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(ph[8..]);
            ulong vaddr = BinaryPrimitives.ReadUInt64LittleEndian(ph[16..]);
            ulong filesz = BinaryPrimitives.ReadUInt64LittleEndian(ph[32..]);
            if (type == PtPhdr)
            {
                return vaddr;
            }

            if (type == PtLoad && phoff >= offset && phoff - offset < filesz && fromLoad == 0)
            {
                fromLoad = vaddr + (phoff - offset);
            }
        }

        return fromLoad;
    }

    private static ulong BuildStack(GuestMemory memory, ulong top, IReadOnlyList<string> argv, IReadOnlyList<string> envp,
        ulong entry, ulong phdr, ushort phent, ushort phnum, SplitMix64 rng)
    {
        // Strings and the AT_RANDOM bytes sit above the pointer vectors, as the kernel lays them out.
        ulong p = top - 16;
        var argvPtrs = new ulong[argv.Count];
        var envPtrs = new ulong[envp.Count];
        ulong execFn = 0;
        for (int i = envp.Count - 1; i >= 0; i--)
        {
            envPtrs[i] = p = PushString(memory, p, envp[i]);
        }

        for (int i = argv.Count - 1; i >= 0; i--)
        {
            argvPtrs[i] = p = PushString(memory, p, argv[i]);
        }

        if (argv.Count > 0)
        {
            execFn = argvPtrs[0];
        }

        p &= ~15UL;
        p -= 16;
        ulong random = p;
        Span<byte> bytes = stackalloc byte[16];
        rng.Fill(bytes);
        memory.WriteBytes(random, bytes);

        var aux = new List<(ulong Key, ulong Value)>
        {
            (3, phdr), (4, phent), (5, phnum), (6, GuestMemory.PageSize), (7, 0), (8, 0), (9, entry),
            (11, 0), (12, 0), (13, 0), (14, 0), (16, Hwcap), (17, 100), (23, 0), (25, random), (31, execFn), (0, 0),
        };
        int words = 1 + argv.Count + 1 + envp.Count + 1 + (aux.Count * 2);
        ulong sp = (p - ((ulong)words * 8)) & ~15UL;
        if (sp < top - (1UL << 20))
        {
            throw new ArgumentException("arguments and environment exceed 1 MiB");
        }

        ulong w = sp;
        void Put(ulong v)
        {
            memory.Write(w, v);
            w += 8;
        }

        Put((ulong)argv.Count);
        foreach (ulong a in argvPtrs)
        {
            Put(a);
        }

        Put(0);
        foreach (ulong e in envPtrs)
        {
            Put(e);
        }

        Put(0);
        foreach ((ulong key, ulong value) in aux)
        {
            Put(key);
            Put(value);
        }

        return sp;
    }

    // I, M, A, F, D, C as the kernel reports them in AT_HWCAP (one bit per letter).
    private const ulong Hwcap = (1UL << ('I' - 'A')) | (1UL << ('M' - 'A')) | (1UL << ('A' - 'A'))
        | (1UL << ('F' - 'A')) | (1UL << ('D' - 'A')) | (1UL << ('C' - 'A'));

    private static ulong PushString(GuestMemory memory, ulong p, string s)
    {
        byte[] b = Encoding.UTF8.GetBytes(s);
        if (b.Length > (1 << 20))
        {
            throw new ArgumentException("an argument or environment string exceeds 1 MiB");
        }

        p -= (ulong)b.Length + 1;
        memory.WriteBytes(p, b);
        memory.Write(p + (ulong)b.Length, (byte)0);
        return p;
    }

    private static ulong AlignUp(ulong v, ulong a) => (v + a - 1) & ~(a - 1);

    private static string DescribeTrap(ulong cause, ulong epc, ulong tval)
    {
        string name = cause switch
        {
            0 => "instruction address misaligned",
            1 => "instruction access fault",
            2 => "illegal instruction",
            3 => "breakpoint",
            4 => "load address misaligned",
            5 => "load access fault",
            6 => "store/AMO address misaligned",
            7 => "store/AMO access fault",
            12 => "instruction page fault",
            13 => "load page fault",
            15 => "store/AMO page fault",
            _ => $"trap cause 0x{cause:x}",
        };
        return $"{name} at pc 0x{epc:x} (tval 0x{tval:x})";
    }

    private static int SignalFor(ulong cause) => cause switch
    {
        2 => 4,            // SIGILL
        3 => 5,            // SIGTRAP
        0 or 4 or 6 => 7,  // SIGBUS
        _ => 11,           // SIGSEGV
    };
}
