// The platform-level interrupt controller (riscv,plic0): gathers device lines into per-hart S-mode external
// interrupts, with the register layout of the SiFive PLIC that the Linux irq-sifive-plic driver programs.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Devices;

/// <summary>
/// A PLIC with sources 1..<see cref="SourceCount"/> and one context per output line (context i is hart i's
/// S-mode). Sources are level-triggered: while a source is not claimed its pending bit follows its line, so a
/// line that drops before the claim costs the guest no spurious interrupt; a claimed source stays out of the
/// race until completed, and is pending again at completion if its line is still high.
/// </summary>
/// <remarks>
/// Thread-safe: every access takes the device lock. Context output lines are driven while that lock is held,
/// so an output's <see cref="IIrqLine.SetLevel"/> must not call back into the PLIC.
/// </remarks>
public sealed class Plic : IMmioDevice
{
    /// <summary>Size of the PLIC's MMIO window (the SiFive PLIC's full register map).</summary>
    public const ulong WindowSize = 0x400_0000;

    /// <summary>The highest source count the register map can address (source 0 is reserved).</summary>
    public const int MaxSourceCount = 1023;

    /// <summary>The highest context count the register map can address.</summary>
    public const int MaxContextCount = 15872;

    /// <summary>Priorities and thresholds are 3 bits wide (WARL: higher bits read back as zero).</summary>
    public const uint PriorityMask = 7;

    private const string Name = "PLIC";
    private const ulong PendingBase = 0x1000;
    private const ulong EnableBase = 0x2000;
    private const ulong EnableStride = 0x80;
    private const ulong ContextBase = 0x20_0000;
    private const ulong ContextStride = 0x1000;

    private readonly Lock _lock = new();
    private readonly IIrqLine[] _outputs;
    private readonly SourceLine[] _sourceLines;
    private readonly int _words;
    private readonly uint[] _priority;
    private readonly uint[] _level;
    private readonly uint[] _pending;
    private readonly uint[] _claimed;
    private readonly uint[] _enable;
    private readonly uint[] _threshold;
    private readonly bool[] _outputLevel;

    /// <summary>Creates a PLIC with <paramref name="sourceCount"/> sources and one context per output line.</summary>
    /// <param name="sourceCount">Sources 1..N (the device tree's <c>riscv,ndev</c>), 1 to <see cref="MaxSourceCount"/>.</param>
    /// <param name="contextOutputs">Context i's external-interrupt line; the machine wires it to hart i's SEIP.</param>
    public Plic(int sourceCount, IReadOnlyList<IIrqLine> contextOutputs)
    {
        ArgumentNullException.ThrowIfNull(contextOutputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceCount, MaxSourceCount);
        if (contextOutputs.Count is 0 or > MaxContextCount)
        {
            throw new ArgumentOutOfRangeException(nameof(contextOutputs), contextOutputs.Count, $"a PLIC needs 1 to {MaxContextCount} contexts");
        }

        _outputs = new IIrqLine[contextOutputs.Count];
        for (int i = 0; i < _outputs.Length; i++)
        {
            _outputs[i] = contextOutputs[i] ?? throw new ArgumentException($"context {i} has no output line", nameof(contextOutputs));
        }

        SourceCount = sourceCount;
        _words = (sourceCount + 1 + 31) / 32;
        _priority = new uint[sourceCount + 1];
        _level = new uint[_words];
        _pending = new uint[_words];
        _claimed = new uint[_words];
        _enable = new uint[_outputs.Length * _words];
        _threshold = new uint[_outputs.Length];
        _outputLevel = new bool[_outputs.Length];
        _sourceLines = new SourceLine[sourceCount + 1];
        for (int s = 1; s <= sourceCount; s++)
        {
            _sourceLines[s] = new SourceLine(this, s);
        }
    }

    /// <summary>Number of interrupt sources (ids 1..SourceCount).</summary>
    public int SourceCount { get; }

    /// <summary>Number of contexts (one per hart, S-mode).</summary>
    public int ContextCount => _outputs.Length;

    /// <summary>The input line of <paramref name="source"/> (1..<see cref="SourceCount"/>), to hand to a device.</summary>
    public IIrqLine GetSourceLine(int source)
    {
        if (source < 1 || source > SourceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, $"PLIC sources are 1..{SourceCount}");
        }

        return _sourceLines[source];
    }

    /// <inheritdoc />
    public bool Read(ulong offset, int size, out ulong value)
    {
        value = 0;
        if (size != 4 || (offset & 3) != 0)
        {
            return false;
        }

        lock (_lock)
        {
            if (offset < PendingBase)
            {
                int source = (int)(offset >> 2);
                value = source <= SourceCount ? _priority[source] : 0;
                return true;
            }

            if (offset < PendingBase + 0x80)
            {
                int word = (int)((offset - PendingBase) >> 2);
                value = word < _words ? _pending[word] : 0;
                return true;
            }

            if (TryEnableWord(offset, out int context, out int enableWord))
            {
                value = enableWord < _words ? _enable[context * _words + enableWord] : 0;
                return true;
            }

            if (TryContextRegister(offset, out context, out ulong register))
            {
                value = register switch
                {
                    0 => _threshold[context],
                    4 => Claim(context),
                    _ => 0,
                };
                return true;
            }

            return false;
        }
    }

    /// <inheritdoc />
    public bool Write(ulong offset, int size, ulong value)
    {
        if (size != 4 || (offset & 3) != 0)
        {
            return false;
        }

        uint v = (uint)value;
        lock (_lock)
        {
            if (offset < PendingBase)
            {
                int source = (int)(offset >> 2);
                if (source >= 1 && source <= SourceCount)
                {
                    _priority[source] = v & PriorityMask;
                    UpdateOutputs();
                }

                return true;
            }

            if (offset < PendingBase + 0x80)
            {
                // The pending array is read-only; software cannot inject interrupts through it.
                return true;
            }

            if (TryEnableWord(offset, out int context, out int enableWord))
            {
                if (enableWord < _words)
                {
                    _enable[context * _words + enableWord] = v & ValidMask(enableWord);
                    UpdateOutputs();
                }

                return true;
            }

            if (TryContextRegister(offset, out context, out ulong register))
            {
                if (register == 0)
                {
                    _threshold[context] = v & PriorityMask;
                    UpdateOutputs();
                }
                else if (register == 4)
                {
                    Complete(v);
                }

                return true;
            }

            return false;
        }
    }

    /// <summary>Captures the controller's state. Call while the machine is paused.</summary>
    public PlicState Save()
    {
        lock (_lock)
        {
            return new PlicState
            {
                SourceCount = SourceCount,
                ContextCount = ContextCount,
                Priority = (uint[])_priority.Clone(),
                Level = (uint[])_level.Clone(),
                Pending = (uint[])_pending.Clone(),
                Claimed = (uint[])_claimed.Clone(),
                Enable = (uint[])_enable.Clone(),
                Threshold = (uint[])_threshold.Clone(),
            };
        }
    }

    /// <summary>Replaces the controller's state after validating it, then drives every context output.</summary>
    /// <exception cref="InvalidDeviceStateException">The state has another shape or an out-of-range value.</exception>
    public void Restore(PlicState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Validate(state);
        lock (_lock)
        {
            state.Priority.CopyTo(_priority, 0);
            state.Level.CopyTo(_level, 0);
            state.Pending.CopyTo(_pending, 0);
            state.Claimed.CopyTo(_claimed, 0);
            state.Enable.CopyTo(_enable, 0);
            state.Threshold.CopyTo(_threshold, 0);
            UpdateOutputs(force: true);
        }
    }

    private void Validate(PlicState s)
    {
        if (s.SourceCount != SourceCount || s.ContextCount != ContextCount)
        {
            throw new InvalidDeviceStateException(Name,
                $"state has {s.SourceCount} sources and {s.ContextCount} contexts, this PLIC {SourceCount} and {ContextCount}");
        }

        RequireLength(s.Priority, SourceCount + 1, nameof(s.Priority));
        RequireLength(s.Level, _words, nameof(s.Level));
        RequireLength(s.Pending, _words, nameof(s.Pending));
        RequireLength(s.Claimed, _words, nameof(s.Claimed));
        RequireLength(s.Enable, ContextCount * _words, nameof(s.Enable));
        RequireLength(s.Threshold, ContextCount, nameof(s.Threshold));
        if (s.Priority[0] != 0)
        {
            throw new InvalidDeviceStateException(Name, "source 0 is reserved and has no priority");
        }

        for (int i = 0; i < s.Priority.Length; i++)
        {
            if (s.Priority[i] > PriorityMask)
            {
                throw new InvalidDeviceStateException(Name, $"priority {s.Priority[i]} of source {i} exceeds {PriorityMask}");
            }
        }

        for (int c = 0; c < s.Threshold.Length; c++)
        {
            if (s.Threshold[c] > PriorityMask)
            {
                throw new InvalidDeviceStateException(Name, $"threshold {s.Threshold[c]} of context {c} exceeds {PriorityMask}");
            }
        }

        for (int w = 0; w < _words; w++)
        {
            uint valid = ValidMask(w);
            if (((s.Level[w] | s.Pending[w] | s.Claimed[w]) & ~valid) != 0)
            {
                throw new InvalidDeviceStateException(Name, $"source bits beyond 1..{SourceCount} are set in word {w}");
            }

            if ((s.Pending[w] & s.Claimed[w]) != 0)
            {
                throw new InvalidDeviceStateException(Name, $"a source in word {w} is both pending and claimed");
            }

            for (int c = 0; c < ContextCount; c++)
            {
                if ((s.Enable[c * _words + w] & ~valid) != 0)
                {
                    throw new InvalidDeviceStateException(Name, $"context {c} enables a source beyond 1..{SourceCount}");
                }
            }
        }
    }

    private static void RequireLength(uint[]? array, int length, string field)
    {
        if (array is null || array.Length != length)
        {
            throw new InvalidDeviceStateException(Name, $"{field} has {array?.Length.ToString() ?? "no"} entries, expected {length}");
        }
    }

    // Bits of word w that name real sources: bit 0 of word 0 is the reserved source 0.
    private uint ValidMask(int word)
    {
        int first = word * 32;
        uint mask = uint.MaxValue;
        int beyond = SourceCount + 1 - first;
        if (beyond < 32)
        {
            mask = beyond <= 0 ? 0 : (1u << beyond) - 1;
        }

        return word == 0 ? mask & ~1u : mask;
    }

    private bool TryEnableWord(ulong offset, out int context, out int word)
    {
        context = 0;
        word = 0;
        if (offset < EnableBase || offset >= ContextBase)
        {
            return false;
        }

        ulong c = (offset - EnableBase) / EnableStride;
        if (c >= (ulong)ContextCount)
        {
            return false;
        }

        context = (int)c;
        word = (int)(((offset - EnableBase) % EnableStride) >> 2);
        return true;
    }

    private bool TryContextRegister(ulong offset, out int context, out ulong register)
    {
        context = 0;
        register = 0;
        if (offset < ContextBase)
        {
            return false;
        }

        ulong c = (offset - ContextBase) / ContextStride;
        if (c >= (ulong)ContextCount)
        {
            return false;
        }

        context = (int)c;
        register = (offset - ContextBase) % ContextStride;
        return true;
    }

    private uint Claim(int context)
    {
        int best = BestSource(context);
        if (best != 0)
        {
            uint bit = 1u << (best & 31);
            _pending[best >> 5] &= ~bit;
            _claimed[best >> 5] |= bit;
            UpdateOutputs();
        }

        return (uint)best;
    }

    // The spec ignores a completion for a source not enabled in the completing context; like QEMU we accept it,
    // because Linux drivers before 5.x's masked-EOI fix complete sources they have just disabled.
    private void Complete(uint source)
    {
        if (source == 0 || source > (uint)SourceCount)
        {
            return;
        }

        int w = (int)(source >> 5);
        uint bit = 1u << (int)(source & 31);
        if ((_claimed[w] & bit) == 0)
        {
            return;
        }

        _claimed[w] &= ~bit;
        if ((_level[w] & bit) != 0)
        {
            _pending[w] |= bit;
        }

        UpdateOutputs();
    }

    // Highest priority above the context's threshold among pending enabled sources; ties go to the lowest id.
    private int BestSource(int context)
    {
        uint threshold = _threshold[context];
        uint bestPriority = threshold;
        int best = 0;
        int enableBase = context * _words;
        for (int w = 0; w < _words; w++)
        {
            uint candidates = _pending[w] & _enable[enableBase + w];
            while (candidates != 0)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount(candidates);
                candidates &= candidates - 1;
                int source = (w << 5) | bit;
                if (_priority[source] > bestPriority)
                {
                    bestPriority = _priority[source];
                    best = source;
                }
            }
        }

        return best;
    }

    private void UpdateOutputs(bool force = false)
    {
        for (int c = 0; c < _outputs.Length; c++)
        {
            bool level = BestSource(c) != 0;
            if (force || level != _outputLevel[c])
            {
                _outputLevel[c] = level;
                _outputs[c].SetLevel(level);
            }
        }
    }

    private void SetSourceLevel(int source, bool asserted)
    {
        lock (_lock)
        {
            int w = source >> 5;
            uint bit = 1u << (source & 31);
            if (asserted)
            {
                _level[w] |= bit;
            }
            else
            {
                _level[w] &= ~bit;
            }

            if ((_claimed[w] & bit) == 0)
            {
                uint before = _pending[w];
                _pending[w] = asserted ? before | bit : before & ~bit;
                if (_pending[w] != before)
                {
                    UpdateOutputs();
                }
            }
        }
    }

    private sealed class SourceLine(Plic plic, int source) : IIrqLine
    {
        public void SetLevel(bool asserted) => plic.SetSourceLevel(source, asserted);
    }
}
