// Compiled blocks against the interpreter: random integer programs (ALU, M extension, loads and stores of every
// width, aligned and not, branches, jumps and atomics) run on two harts over identical memory, one compiling blocks
// and one only interpreting, in random budget slices, and must agree on every register, every byte of data, pc and
// the retired count after every slice. The interpreter is itself checked against QEMU (tests/Cpu.Conformance).
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Cpu.RiscV.Translation;

namespace Harness.Vmm.Tests.Cpu;

public class CompiledBlockTests
{
    private const ulong DataBase = TestMachine.RamBase + 0x10000;
    private const int DataBytes = 4096;

    // Registers the generator never writes: x17 (a7, the exit call), x28 (atomic addresses), x30 (loop count),
    // x31 (data base).
    private static readonly int[] Pool = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29];

    [Test]
    public void Random_programs_match_the_interpreter_slice_by_slice([Range(1, 40)] int seed)
    {
        Assume.That(BlockCompiler.Supported, "blocks are compiled on x86-64 hosts only");
        var rng = new Random(seed);
        uint[] program = RandomProgram(rng, 70);
        byte[] data = new byte[DataBytes];
        rng.NextBytes(data);
        ulong[] regs = Enumerable.Range(0, 32).Select(_ => (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40)).ToArray();

        ulong[] fregs = Enumerable.Range(0, 32).Select(_ => (ulong)rng.NextInt64()).ToArray();
        bool fpOn = seed % 5 != 0;
        using TestMachine compiled = Prepare(program, data, regs, fregs, fpOn, compile: true);
        using TestMachine interpreted = Prepare(program, data, regs, fregs, fpOn, compile: false);
        for (int slice = 0; slice < 10_000; slice++)
        {
            long budget = rng.Next(4) == 0 ? rng.Next(1, 8) : rng.Next(1, 400);
            HartExit a = compiled.Hart.Run(budget);
            HartExit b = interpreted.Hart.Run(budget);
            string where = $"seed {seed}, slice {slice}, pc 0x{interpreted.Hart.Pc:x}";
            a.Should().Be(b, where);
            compiled.Hart.Pc.Should().Be(interpreted.Hart.Pc, where);
            compiled.Hart.InstructionsRetired.Should().Be(interpreted.Hart.InstructionsRetired, where);
            for (int r = 1; r < 32; r++)
            {
                compiled.Hart.GetRegister(r).Should().Be(interpreted.Hart.GetRegister(r), $"x{r} at {where}");
                compiled.Hart.GetFloatRegister(r).Should().Be(interpreted.Hart.GetFloatRegister(r), $"f{r} at {where}");
            }

            compiled.Hart.ReadCsr(Csr.Mstatus).Should().Be(interpreted.Hart.ReadCsr(Csr.Mstatus), $"mstatus at {where}");

            compiled.Memory.GetReadSpan(DataBase, DataBytes).ToArray().Should().Equal(interpreted.Memory.GetReadSpan(DataBase, DataBytes).ToArray(), where);
            if (b == HartExit.ExitRequested)
            {
                interpreted.Platform.Exited.Should().BeTrue();
                return;
            }
        }

        Assert.Fail($"seed {seed}: the program did not finish");
    }

    [Test]
    public void Code_rewritten_between_runs_takes_effect_in_compiled_blocks()
    {
        Assume.That(BlockCompiler.Supported, "blocks are compiled on x86-64 hosts only");
        using var m = new TestMachine();
        m.Hart.UsesCompiledBlocks = true;
        // loop: addi a0, a0, 1; addi t0, t0, -1; bnez t0, loop; then exit
        uint[] code = [IType(0x13, 10, 0, 10, 1), IType(0x13, 5, 0, 5, -1), BType(1, 5, 0, -8), IType(0x13, 17, 0, 0, 93), 0x00000073];
        Write(m, code);
        m.Hart.SetRegister(5, 1000);
        m.Hart.Run(600).Should().Be(HartExit.BudgetExhausted); // 200 passes: long compiled by now
        ulong before = m.X(10);
        Write(m, [IType(0x13, 10, 0, 10, 5)]); // addi a0, a0, 5
        m.RunToExit();
        m.X(10).Should().Be(before + (5 * (1000 - 200)), "every pass after the rewrite adds 5");
    }

    [Test]
    public void A_store_to_the_watched_page_stops_a_compiled_loop_at_once()
    {
        Assume.That(BlockCompiler.Supported, "blocks are compiled on x86-64 hosts only");
        using var m = new TestMachine();
        m.Hart.UsesCompiledBlocks = true;
        // loop: addi a0, a0, 1; sd a0, 0(x31) (every 64th pass); bnez ... : a store in a compiled block hits the page
        uint[] code = [IType(0x13, 10, 0, 10, 1), IType(0x13, 6, 7, 10, 63), BType(1, 6, 0, 8), SType(3, 31, 10, 0), Jal(0, -16)];
        Write(m, code);
        m.Hart.SetRegister(31, DataBase);
        m.Hart.WatchStoresToPage(DataBase);
        HartExit exit = m.Hart.Run(1_000_000);
        exit.Should().Be(HartExit.ExitRequested);
        m.X(10).Should().Be(64, "the run ends at the first store to the watched page");
        m.Hart.InstructionsRetired.Should().BeLessThan(64 * 5 + 10);
    }

    [Test]
    public void A_supervisor_csr_in_a_compiled_block_still_traps_in_user_mode([Values(true, false)] bool compile)
    {
        using TestMachine m = Machine(compile);
        m.Load("""
            .option norvc
            la t0, handler
            csrw mtvec, t0
            li t0, 0x55
            csrw sscratch, t0
            li s1, 6
            loop:
            jal ra, func
            addi s1, s1, -1
            bnez s1, loop
            la s4, func
            csrw mepc, s4
            li t0, 0x1800
            csrc mstatus, t0
            mret
            func:
            addi a1, a1, 1
            csrr a0, sscratch
            ret
            .balign 4
            handler:
            csrr s2, mcause
            csrr s3, mepc
            li a7, 93
            ecall
            """);
        m.RunToExit();
        m.X(10).Should().Be(0x55, "M-mode reads sscratch");
        m.X(11).Should().Be(7, "func ran six times in M-mode and once in U-mode up to the CSR");
        m.X(18).Should().Be(2, "U-mode may not touch sscratch: illegal instruction");
        m.X(19).Should().Be(m.X(20) + 4, "mepc is the csrr right after the addi");
    }

    [Test]
    public void The_block_context_offsets_that_machine_code_uses_are_its_fields_offsets()
    {
        static int At(string field) => (int)System.Runtime.InteropServices.Marshal.OffsetOf<BlockContext>(field);
        new[]
        {
            At("X") - BlockContext.XOffset, At("LoadTlb") - BlockContext.LoadTlbOffset, At("Left") - BlockContext.LeftOffset,
            At("Host") - BlockContext.HostOffset, At("Pc") - BlockContext.PcOffset, At("PageVa") - BlockContext.PageVaOffset,
            At("ChainSite") - BlockContext.ChainSiteOffset, At("FetchTlb") - BlockContext.FetchTlbOffset, At("Ram") - BlockContext.RamOffset,
            At("Attention") - BlockContext.AttentionOffset, At("ResValid") - BlockContext.ResValidOffset,
            At("ResAddress") - BlockContext.ResAddressOffset, At("ResValue") - BlockContext.ResValueOffset,
            At("ResSize") - BlockContext.ResSizeOffset, At("RamBase") - BlockContext.RamBaseOffset, At("Mstatus") - BlockContext.MstatusOffset,
            At("Sscratch") - BlockContext.SscratchOffset, At("Sepc") - BlockContext.SepcOffset, At("Scause") - BlockContext.ScauseOffset,
            At("Stval") - BlockContext.StvalOffset, At("Priv") - BlockContext.PrivOffset, At("Fpr") - BlockContext.FprOffset,
            At("GrantedCount") - BlockContext.GrantedCountOffset, At("GrantedSlots") - BlockContext.GrantedSlotsOffset,
            At("Image") - BlockContext.ImageOffset, At("DirtyMap") - BlockContext.DirtyMapOffset,
        }.Should().OnlyContain(d => d == 0);
    }

    [Test]
    public void Withdrawing_sum_in_a_compiled_block_drops_what_sum_allowed([Values(true, false)] bool compile)
    {
        using TestMachine m = Machine(compile, 8 << 20);
        var pt = new PageTableBuilder(m.Memory, TestMachine.RamBase + 0x20_0000, 3);
        pt.Map(TestMachine.RamBase, TestMachine.RamBase, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.X | PageTableBuilder.A | PageTableBuilder.D, 2);
        pt.Map(0x4000_0000, TestMachine.RamBase + 0x30_0000, PageTableBuilder.R | PageTableBuilder.W | PageTableBuilder.U | PageTableBuilder.A | PageTableBuilder.D);
        m.Memory.Write<ulong>(TestMachine.RamBase + 0x30_0000, 7);
        m.Hart.WriteCsr(Csr.Satp, pt.Satp);
        m.Load(PagingTests.Prologue + """
            li t0, 0x40000000
            li t1, 0x40000
            li s1, 6
            loop:
            csrs sstatus, t1
            ld a0, 0(t0)
            add a1, a1, a0
            csrc sstatus, t1
            addi s1, s1, -1
            bnez s1, loop
            ld a2, 0(t0)
            """ + InstructionTests.Exit);
        m.RunToExit();
        m.X(11).Should().Be(42, "six loads through SUM");
        m.X(25).Should().Be(13, "with SUM withdrawn, the user page faults again: the entry SUM allowed is gone");
        m.X(26).Should().Be(0x4000_0000);
    }

    [Test]
    public void Raising_sie_in_a_compiled_block_takes_a_pending_interrupt_at_the_next_instruction([Values(true, false)] bool compile)
    {
        using TestMachine m = Machine(compile);
        m.Load("""
            .option norvc
            la t0, mhandler
            csrw mtvec, t0
            li t0, 2
            csrw mideleg, t0
            csrw mie, t0
            la t0, shandler
            csrw stvec, t0
            la t0, smode
            csrw mepc, t0
            """ + InstructionTests.MretToSupervisor + """
            .balign 4
            mhandler:
            csrr s9, mcause
            li a7, 93
            ecall
            .balign 4
            shandler:
            csrr s2, scause
            csrr s3, sepc
            li a7, 93
            ecall
            smode:
            li s1, 20
            li s4, 2
            loop:
            addi s1, s1, -1
            bnez s1, masked
            csrs sip, s4
            masked:
            csrsi sstatus, 2
            after:
            csrci sstatus, 2
            addi a0, a0, 1
            j loop
            """);
        m.RunToExit();
        m.X(25).Should().Be(0, "no trap reached M-mode");
        m.X(18).Should().Be((1UL << 63) | 1, "a supervisor software interrupt");
        m.X(10).Should().Be(19, "it was taken in the pass that made it pending, not later");
        m.Memory.Read<uint>(m.X(19)).Should().Be(0x10017073u, "sepc is the csrci right after the csrsi that enabled it");
    }

    // A machine whose hart runs compiled blocks or only the interpreter (on hosts that compile at all).
    private static TestMachine Machine(bool compile, ulong ram = 4 << 20)
    {
        Assume.That(BlockCompiler.Supported, "blocks are compiled on x86-64 hosts only");
        var m = new TestMachine(ram);
        m.Hart.UsesCompiledBlocks = compile;
        return m;
    }

    private static TestMachine Prepare(uint[] program, byte[] data, ulong[] regs, ulong[] fregs, bool fpOn, bool compile)
    {
        TestMachine m = Machine(compile);
        Write(m, program);
        m.Memory.WriteBytes(DataBase, data);
        for (int r = 1; r < 32; r++)
        {
            m.Hart.SetRegister(r, regs[r]);
        }

        for (int r = 0; r < 32; r++)
        {
            m.Hart.SetFloatRegister(r, fregs[r]);
        }

        m.Hart.WriteCsr(Csr.Mstatus, fpOn ? MStatus.FsInitial : 0);
        m.Hart.SetRegister(30, 8);
        m.Hart.SetRegister(31, DataBase);
        m.Hart.SetRegister(17, 0);

        // A trap (a misaligned atomic, say) ends the program through the exit call; both harts must take it alike.
        m.Hart.WriteCsr(Csr.Mtvec, TestMachine.RamBase + (4 * ((ulong)program.Length - 2)));
        return m;
    }

    private static void Write(TestMachine m, uint[] code)
    {
        byte[] bytes = new byte[code.Length * 4];
        Buffer.BlockCopy(code, 0, bytes, 0, bytes.Length);
        m.Memory.WriteBytes(TestMachine.RamBase, bytes);
    }

    // A body of random instructions run eight times by a counted loop, then the exit call.
    private static uint[] RandomProgram(Random rng, int length)
    {
        var body = new List<uint>();
        while (body.Count < length)
        {
            int left = length - body.Count;
            int rd = Pool[rng.Next(Pool.Length)], rs1 = Pool[rng.Next(Pool.Length)], rs2 = Pool[rng.Next(Pool.Length)];
            if (rng.Next(8) == 0)
            {
                rs1 = 0;
            }

            switch (rng.Next(14))
            {
                case 12: // FLD and FSD (FS is off for some seeds: then they trap)
                {
                    int off = rng.Next(0, 255) * 8;
                    body.Add(rng.Next(2) == 0
                        ? IType(0x07, rng.Next(32), 3, 31, off)
                        : (uint)((((off >> 5) & 0x7F) << 25) | (rng.Next(32) << 20) | (31 << 15) | (3 << 12) | ((off & 0x1F) << 7) | 0x27));
                    break;
                }

                case 11: // supervisor CSRs blocks compile, sstatus in every form (random bits: FS off makes FLD and FSD trap)
                {
                    int[] csrs = [0x140, 0x141, 0x142, 0x143, 0x100, 0x100];
                    int csr = csrs[rng.Next(csrs.Length)];
                    int f3 = rng.Next(6) switch { 0 => 1, 1 => 2, 2 => 3, 3 => 5, 4 => 6, _ => 7 };
                    int src = f3 >= 5 ? rng.Next(32) : rs1;
                    body.Add(IType(0x73, rd, f3, src, csr));
                    break;
                }

                case 10 when left > 4: // LR, maybe something in between, SC (which fails when the reservation is not ours)
                {
                    int off = rng.Next(0, 255) * 8;
                    bool wide = rng.Next(2) == 0;
                    int f3 = wide ? 3 : 2;
                    body.Add(IType(0x13, 28, 0, 31, off));
                    if (rng.Next(4) != 0)
                    {
                        body.Add((0x02u << 27) | (28u << 15) | (uint)(f3 << 12) | (uint)(rd << 7) | 0x2Fu);
                    }

                    if (rng.Next(3) == 0)
                    {
                        body.Add(RType(0x33, rs1 == 0 ? 1 : rs1, 0, rs2, rs2, 0));
                    }

                    if (rng.Next(5) == 0)
                    {
                        body.Add(IType(0x13, 28, 0, 28, 8 * rng.Next(-1, 2)));
                    }

                    body.Add((0x03u << 27) | (uint)(rs2 << 20) | (28u << 15) | (uint)(f3 << 12) | (uint)(Pool[rng.Next(Pool.Length)] << 7) | 0x2Fu);
                    break;
                }

                case 0: // OP
                {
                    (int f3, int f7)[] ops = [(0, 0), (0, 0x20), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (5, 0x20), (6, 0), (7, 0),
                        (0, 1), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)];
                    var (f3, f7) = ops[rng.Next(ops.Length)];
                    body.Add(RType(0x33, rd, f3, rs1, rs2, f7));
                    break;
                }

                case 1: // OP-32
                {
                    (int f3, int f7)[] ops = [(0, 0), (0, 0x20), (1, 0), (5, 0), (5, 0x20), (0, 1), (4, 1), (5, 1), (6, 1), (7, 1)];
                    var (f3, f7) = ops[rng.Next(ops.Length)];
                    body.Add(RType(0x3B, rd, f3, rs1, rs2, f7));
                    break;
                }

                case 2: // OP-IMM
                {
                    int f3 = rng.Next(8);
                    int imm = f3 switch
                    {
                        1 => rng.Next(64),
                        5 => rng.Next(64) | (rng.Next(2) << 10),
                        _ => rng.Next(-2048, 2048),
                    };
                    body.Add(IType(0x13, rd, f3, rs1, imm));
                    break;
                }

                case 3: // OP-IMM-32
                {
                    int[] f3s = [0, 1, 5];
                    int f3 = f3s[rng.Next(3)];
                    int imm = f3 == 0 ? rng.Next(-2048, 2048) : rng.Next(32) | (f3 == 5 && rng.Next(2) == 1 ? 0x400 : 0);
                    body.Add(IType(0x1B, rd, f3, rs1, imm));
                    break;
                }

                case 4: // LUI, AUIPC
                    body.Add((uint)(rng.Next() & ~0xFFF) | (uint)(rd << 7) | (rng.Next(2) == 0 ? 0x37u : 0x17u));
                    break;
                case 5: // loads
                {
                    int f3 = rng.Next(7);
                    int size = 1 << (f3 & 3);
                    int off = rng.Next(0, DataBytes - 8);
                    if (rng.Next(10) != 0)
                    {
                        off &= ~(size - 1);
                    }

                    body.Add(IType(0x03, rd, f3, 31, Math.Min(off, 2047)));
                    break;
                }

                case 6: // stores
                {
                    int f3 = rng.Next(4);
                    int size = 1 << f3;
                    int off = rng.Next(0, 2040);
                    if (rng.Next(10) != 0)
                    {
                        off &= ~(size - 1);
                    }

                    body.Add(SType(f3, 31, rs2, off));
                    break;
                }

                case 7 when left > 2: // branches, forward inside the body
                {
                    int[] f3s = [0, 1, 4, 5, 6, 7];
                    int skip = rng.Next(1, Math.Min(5, left));
                    body.Add(BType(f3s[rng.Next(6)], rs1, rs2, 4 * (skip + 1)));
                    break;
                }

                case 8 when left > 2: // jal, forward
                {
                    int skip = rng.Next(1, Math.Min(4, left));
                    body.Add(Jal(rd, 4 * (skip + 1)));
                    break;
                }

                case 9 when left > 2: // atomics on an aligned doubleword of the data
                {
                    int off = rng.Next(0, 255) * 8;
                    int[] f5s = [0x00, 0x01, 0x04, 0x08, 0x0C, 0x10, 0x14, 0x18, 0x1C];
                    bool wide = rng.Next(2) == 0;
                    body.Add(IType(0x13, 28, 0, 31, off));
                    body.Add((uint)(f5s[rng.Next(f5s.Length)] << 27) | (uint)(rs2 << 20) | (28u << 15) | (uint)((wide ? 3 : 2) << 12) | (uint)(rd << 7) | 0x2Fu);
                    break;
                }

                default:
                    body.Add(RType(0x33, rd, 0, rs1, rs2, 0));
                    break;
            }
        }

        var program = new List<uint>(body)
        {
            IType(0x13, 30, 0, 30, -1),
            BType(1, 30, 0, -4 * (body.Count + 1)),
            IType(0x13, 17, 0, 0, 93),
            0x00000073,
        };
        return [.. program];
    }

    private static uint RType(int opcode, int rd, int f3, int rs1, int rs2, int f7) =>
        (uint)((f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opcode);

    private static uint IType(int opcode, int rd, int f3, int rs1, int imm) =>
        (uint)(((imm & 0xFFF) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opcode);

    private static uint SType(int f3, int rs1, int rs2, int imm) =>
        (uint)((((imm >> 5) & 0x7F) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 0x1F) << 7) | 0x23);

    private static uint BType(int f3, int rs1, int rs2, int imm) =>
        (uint)((((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3F) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
               (((imm >> 1) & 0xF) << 8) | (((imm >> 11) & 1) << 7) | 0x63);

    private static uint Jal(int rd, int imm) =>
        (uint)((((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3FF) << 21) | (((imm >> 11) & 1) << 20) |
               (((imm >> 12) & 0xFF) << 12) | (rd << 7) | 0x6F);
}
