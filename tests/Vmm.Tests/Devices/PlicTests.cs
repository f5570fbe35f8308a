// The PLIC's register layout, claim/complete arbitration, level-source semantics, state round trip and locking.
using Harness.Vmm.Devices;

namespace Harness.Vmm.Tests.Devices;

public class PlicTests
{
    private const ulong Pending = 0x1000;

    private static ulong Priority(int source) => (ulong)source * 4;

    private static ulong Enable(int context, int word = 0) => 0x2000 + (0x80 * (ulong)context) + (4 * (ulong)word);

    private static ulong Threshold(int context) => 0x20_0000 + (0x1000 * (ulong)context);

    private static ulong Claim(int context) => Threshold(context) + 4;

    private static (Plic Plic, RecordingIrqLine[] Outputs) Create(int sources = 31, int contexts = 2)
    {
        var outputs = Enumerable.Range(0, contexts).Select(_ => new RecordingIrqLine()).ToArray();
        return (new Plic(sources, outputs), outputs);
    }

    private static uint Read(Plic plic, ulong offset)
    {
        plic.Read(offset, 4, out ulong v).Should().BeTrue($"offset 0x{offset:x} is a PLIC register");
        return (uint)v;
    }

    private static void Write(Plic plic, ulong offset, uint value) =>
        plic.Write(offset, 4, value).Should().BeTrue($"offset 0x{offset:x} is a PLIC register");

    [Test]
    public void Claim_returns_highest_priority_then_lowest_id_and_clears_pending()
    {
        var (plic, outputs) = Create();
        foreach (int s in new[] { 3, 5, 7 })
        {
            Write(plic, Priority(s), s == 3 ? 1u : 2u);
        }

        Write(plic, Enable(0), (1u << 3) | (1u << 5) | (1u << 7));
        outputs[0].Level.Should().BeFalse();

        plic.GetSourceLine(3).SetLevel(true);
        plic.GetSourceLine(7).SetLevel(true);
        plic.GetSourceLine(5).SetLevel(true);
        outputs[0].Level.Should().BeTrue();
        Read(plic, Pending).Should().Be((1u << 3) | (1u << 5) | (1u << 7));

        Read(plic, Claim(0)).Should().Be(5u, "5 and 7 share the highest priority and 5 is the lower id");
        Read(plic, Pending).Should().Be((1u << 3) | (1u << 7));
        Read(plic, Claim(0)).Should().Be(7u);
        Read(plic, Claim(0)).Should().Be(3u);
        Read(plic, Claim(0)).Should().Be(0u, "nothing is left to claim");
        outputs[0].Level.Should().BeFalse();
        outputs[1].Level.Should().BeFalse("context 1 enabled nothing");
    }

    [Test]
    public void Threshold_masks_priorities_at_or_below_it()
    {
        var (plic, outputs) = Create();
        Write(plic, Priority(4), 3);
        Write(plic, Enable(0), 1u << 4);
        Write(plic, Threshold(0), 3);
        plic.GetSourceLine(4).SetLevel(true);
        outputs[0].Level.Should().BeFalse("priority must exceed the threshold");
        Read(plic, Claim(0)).Should().Be(0u);

        Write(plic, Threshold(0), 2);
        outputs[0].Level.Should().BeTrue();
        Read(plic, Threshold(0)).Should().Be(2u);
    }

    [Test]
    public void Priority_zero_never_interrupts()
    {
        var (plic, outputs) = Create();
        Write(plic, Enable(0), 1u << 2);
        plic.GetSourceLine(2).SetLevel(true);
        outputs[0].Level.Should().BeFalse();
        Read(plic, Pending).Should().Be(1u << 2, "the source is pending even though it cannot win");
    }

    [Test]
    public void Each_context_sees_only_its_own_enables()
    {
        var (plic, outputs) = Create(contexts: 3);
        Write(plic, Priority(1), 1);
        Write(plic, Priority(2), 1);
        Write(plic, Enable(1), 1u << 1);
        Write(plic, Enable(2), 1u << 2);
        plic.GetSourceLine(2).SetLevel(true);
        outputs.Select(o => o.Level).Should().Equal(false, false, true);
        Read(plic, Claim(1)).Should().Be(0u);
        Read(plic, Claim(2)).Should().Be(2u);
        outputs[2].Level.Should().BeFalse();
    }

    [Test]
    public void A_level_source_still_asserted_is_pending_again_after_complete()
    {
        var (plic, outputs) = Create();
        Write(plic, Priority(10), 1);
        Write(plic, Enable(0), 1u << 10);
        plic.GetSourceLine(10).SetLevel(true);

        Read(plic, Claim(0)).Should().Be(10u);
        outputs[0].Level.Should().BeFalse("a claimed source is out of arbitration");
        plic.GetSourceLine(10).SetLevel(true);
        Read(plic, Pending).Should().Be(0u, "the gateway forwards nothing while the source is claimed");

        Write(plic, Claim(0), 10);
        Read(plic, Pending).Should().Be(1u << 10);
        outputs[0].Level.Should().BeTrue();

        Read(plic, Claim(0)).Should().Be(10u);
        plic.GetSourceLine(10).SetLevel(false);
        Write(plic, Claim(0), 10);
        Read(plic, Pending).Should().Be(0u, "a deasserted source is not pending after completion");
        outputs[0].Level.Should().BeFalse();
    }

    [Test]
    public void A_line_that_drops_before_the_claim_leaves_nothing_pending()
    {
        var (plic, outputs) = Create();
        Write(plic, Priority(6), 1);
        Write(plic, Enable(0), 1u << 6);
        plic.GetSourceLine(6).SetLevel(true);
        plic.GetSourceLine(6).SetLevel(false);
        outputs[0].Level.Should().BeFalse();
        Read(plic, Claim(0)).Should().Be(0u);
    }

    [Test]
    public void Completing_an_unclaimed_or_out_of_range_source_is_ignored()
    {
        var (plic, _) = Create();
        Write(plic, Priority(1), 1);
        Write(plic, Enable(0), 1u << 1);
        plic.GetSourceLine(1).SetLevel(true);
        Write(plic, Claim(0), 1);
        Write(plic, Claim(0), 0);
        Write(plic, Claim(0), 999);
        Read(plic, Pending).Should().Be(1u << 1, "the source was never claimed, so completion changes nothing");
        Read(plic, Claim(0)).Should().Be(1u);
    }

    [Test]
    public void Registers_are_masked_and_reserved_bits_read_zero()
    {
        var (plic, _) = Create(sources: 31);
        Write(plic, Priority(5), 0xffff_ffff);
        Read(plic, Priority(5)).Should().Be(Plic.PriorityMask);
        Write(plic, Priority(0), 5);
        Read(plic, Priority(0)).Should().Be(0u, "source 0 is reserved");
        Write(plic, Priority(100), 5);
        Read(plic, Priority(100)).Should().Be(0u, "source 100 does not exist on a 31-source PLIC");
        Write(plic, Enable(0), 0xffff_ffff);
        Read(plic, Enable(0)).Should().Be(0xffff_fffeu, "bit 0 is the reserved source 0");
        Write(plic, Enable(0, 1), 0xffff_ffff);
        Read(plic, Enable(0, 1)).Should().Be(0u, "the second word holds no source of a 31-source PLIC");
        Write(plic, Threshold(1), 0xff);
        Read(plic, Threshold(1)).Should().Be(Plic.PriorityMask);
        Write(plic, Pending, 0xffff_ffff);
        Read(plic, Pending).Should().Be(0u, "the pending array is read-only");
    }

    [Test]
    public void Unsupported_widths_offsets_and_contexts_fault()
    {
        var (plic, _) = Create(contexts: 2);
        plic.Read(Priority(1), 8, out _).Should().BeFalse();
        plic.Read(Priority(1), 1, out _).Should().BeFalse();
        plic.Write(Priority(1) + 2, 4, 1).Should().BeFalse();
        plic.Read(0x1800, 4, out _).Should().BeFalse("the gap after the pending array holds nothing");
        plic.Read(Enable(2), 4, out _).Should().BeFalse("context 2 does not exist");
        plic.Read(Claim(2), 4, out _).Should().BeFalse("context 2 does not exist");
        plic.Write(Threshold(2), 4, 0).Should().BeFalse();
    }

    [Test]
    public void Sources_in_the_second_word_work_on_a_63_source_plic()
    {
        var (plic, outputs) = Create(sources: 63, contexts: 1);
        Write(plic, Priority(40), 7);
        Write(plic, Priority(2), 6);
        Write(plic, Enable(0, 1), 1u << (40 - 32));
        Write(plic, Enable(0, 0), 1u << 2);
        plic.GetSourceLine(2).SetLevel(true);
        plic.GetSourceLine(40).SetLevel(true);
        Read(plic, Pending + 4).Should().Be(1u << 8);
        Read(plic, Claim(0)).Should().Be(40u);
        Read(plic, Claim(0)).Should().Be(2u);
        outputs[0].Level.Should().BeFalse();
        FluentActions.Invoking(() => plic.GetSourceLine(64)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => plic.GetSourceLine(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Constructor_rejects_bad_shapes()
    {
        FluentActions.Invoking(() => new Plic(0, [new RecordingIrqLine()])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Plic(1024, [new RecordingIrqLine()])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Plic(31, [])).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void State_round_trips_through_a_serializer_and_behaves_the_same()
    {
        var (plic, _) = Create(sources: 63, contexts: 2);
        Write(plic, Priority(3), 2);
        Write(plic, Priority(33), 5);
        Write(plic, Priority(9), 1);
        Write(plic, Enable(0), (1u << 3) | (1u << 9));
        Write(plic, Enable(1, 1), 1u << 1);
        Write(plic, Threshold(1), 1);
        plic.GetSourceLine(3).SetLevel(true);
        plic.GetSourceLine(9).SetLevel(true);
        plic.GetSourceLine(33).SetLevel(true);
        Read(plic, Claim(0)).Should().Be(3u); // 3 is now claimed and its line still high

        PlicState saved = StateClone.ThroughJson(plic.Save());
        var (restored, outputs) = Create(sources: 63, contexts: 2);
        restored.Restore(saved);

        outputs[0].Level.Should().BeTrue("source 9 is pending and enabled in context 0");
        outputs[1].Level.Should().BeTrue("source 33 is pending and enabled in context 1");
        foreach (var p in new[] { plic, restored })
        {
            Read(p, Threshold(1)).Should().Be(1u);
            Read(p, Priority(33)).Should().Be(5u);
            Read(p, Claim(1)).Should().Be(33u);
            Read(p, Claim(0)).Should().Be(9u);
            Write(p, Claim(0), 3);
            Read(p, Claim(0)).Should().Be(3u, "the restored claim completes and the still-high line re-pends");
        }
    }

    [Test]
    public void Restore_rejects_out_of_range_state()
    {
        var (plic, _) = Create(sources: 31, contexts: 2);
        PlicState good = plic.Save();

        PlicState[] bad =
        [
            Copy(good, s => new PlicState { SourceCount = 63, ContextCount = s.ContextCount, Priority = new uint[64], Level = new uint[2], Pending = new uint[2], Claimed = new uint[2], Enable = new uint[4], Threshold = new uint[2] }),
            Copy(good, s => With(s, priority: Patched(s.Priority, 4, 8))),
            Copy(good, s => With(s, priority: Patched(s.Priority, 0, 1))),
            Copy(good, s => With(s, threshold: Patched(s.Threshold, 1, 9))),
            Copy(good, s => With(s, pending: [1u])),
            Copy(good, s => With(s, pending: [1u << 4], claimed: [1u << 4])),
            Copy(good, s => With(s, enable: [0u, 1u])),
            Copy(good, s => With(s, level: [])),
        ];

        foreach (PlicState state in bad)
        {
            FluentActions.Invoking(() => plic.Restore(state)).Should().Throw<InvalidDeviceStateException>();
        }

        plic.Restore(good);
    }

    [Test]
    public void Concurrent_raise_claim_complete_from_many_harts_stays_consistent()
    {
        const int harts = 4;
        const int rounds = 2000;
        var (plic, outputs) = Create(sources: 31, contexts: harts);
        for (int h = 0; h < harts; h++)
        {
            Write(plic, Priority(h + 1), 1);
            Write(plic, Enable(h), 1u << (h + 1));
        }

        int wrongClaims = 0;
        Parallel.For(0, harts, new ParallelOptions { MaxDegreeOfParallelism = harts }, h =>
        {
            int source = h + 1;
            for (int i = 0; i < rounds; i++)
            {
                plic.GetSourceLine(source).SetLevel(true);
                plic.Read(Claim(h), 4, out ulong got);
                if (got != (ulong)source)
                {
                    Interlocked.Increment(ref wrongClaims);
                }

                plic.GetSourceLine(source).SetLevel(false);
                plic.Write(Claim(h), 4, (ulong)source);
            }
        });

        wrongClaims.Should().Be(0);
        Read(plic, Pending).Should().Be(0u);
        outputs.Should().OnlyContain(o => !o.Level);
        outputs.Should().OnlyContain(o => o.RisingEdges == rounds);
    }

    private static PlicState Copy(PlicState s, Func<PlicState, PlicState> change) => change(StateClone.ThroughJson(s));

    private static uint[] Patched(uint[] a, int index, uint value)
    {
        uint[] c = (uint[])a.Clone();
        c[index] = value;
        return c;
    }

    private static PlicState With(PlicState s, uint[]? priority = null, uint[]? threshold = null, uint[]? pending = null,
        uint[]? claimed = null, uint[]? enable = null, uint[]? level = null) => new()
    {
        SourceCount = s.SourceCount,
        ContextCount = s.ContextCount,
        Priority = priority ?? s.Priority,
        Level = level ?? s.Level,
        Pending = pending ?? s.Pending,
        Claimed = claimed ?? s.Claimed,
        Enable = enable ?? s.Enable,
        Threshold = threshold ?? s.Threshold,
    };
}
