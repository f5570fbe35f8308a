// Seeded fuzzing of whole-machine snapshots: a small S-mode guest is captured once, then thousands of mutated copies
// (section payloads rewritten through SnapshotWriter with valid checksums so they reach the machine-state decoder,
// JSON-aware edits that reach the device and hart validators, section table edits, raw file bytes) are restored.
// Every outcome must be a typed error or a machine that runs, briefly and boundedly, and stops when asked.
using System.Text;
using System.Text.Json.Nodes;
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;
using Harness.Vmm.Tests.Machine.Programs;

namespace Harness.Vmm.Tests.Machine;

public class MachineSnapshotFuzzTests
{
    private const int Iterations = 10_000;

    /// <summary>How long a machine restored from a mutated snapshot runs before it is stopped.</summary>
    private static readonly TimeSpan RunBound = TimeSpan.FromMilliseconds(1);

    /// <summary>A stop that takes longer than this is a hang.</summary>
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(10);

    private static readonly uint[] MachineKinds =
    [
        SnapshotSectionKinds.MachineConfig, SnapshotSectionKinds.VcpuState, SnapshotSectionKinds.DeviceState, SnapshotSectionKinds.Clock,
    ];

    private string _dir = "";
    private byte[] _baseFile = [];
    private SnapshotHash _baseHash;
    private List<(uint Kind, uint Version, uint Instance, byte[] Payload)> _sections = [];
    private GuestMemory? _memory;
    private FileListResolver? _bases;

    [OneTimeSetUp]
    public async Task CaptureASmallMachine()
    {
        _dir = Directory.CreateTempSubdirectory("machine-fuzz").FullName;
        string image = Path.Combine(_dir, "Image");
        await File.WriteAllBytesAsync(image, GuestPrograms.Build(GuestPrograms.Alphabet));
        await using MicroVm vm = new MicroVmBuilder().WithKernel(image).WithMemoryMiB(32).Build();
        await vm.StartAsync();
        SpinWait.SpinUntil(() => vm.Console.TotalBytes >= 5, TimeSpan.FromSeconds(20)).Should().BeTrue();
        await vm.PauseAsync();

        string basePath = Path.Combine(_dir, "base.hsnap");
        _baseHash = MachineSnapshot.Write(vm, basePath).ContentHash;
        _baseFile = await File.ReadAllBytesAsync(basePath);
        _bases = new FileListResolver([basePath]);
        using (SnapshotReader reader = SnapshotReader.Open(_baseFile))
        {
            _sections = [.. reader.Sections.Where(s => MachineKinds.Contains(s.Kind))
                .Select(s => (s.Kind, s.Version, s.Instance, reader.ReadSection(s)))];
        }

        // The guest RAM each rewritten snapshot describes (as a diff with no pages: its memory is the base's).
        _memory = GuestMemory.CreateAnonymous(vm.Memory.BaseAddress, vm.Memory.Size);
        _sections.Should().Contain(s => s.Kind == SnapshotSectionKinds.DeviceState && s.Instance >= MachineSnapshotSections.FirstVirtioInstance);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _memory?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task The_unmutated_rewrite_restores_and_runs()
    {
        (Outcome outcome, string? error) = await RestoreAndRunAsync(Rewrite(_sections));
        outcome.Should().Be(Outcome.Ran, error);
    }

    [Test]
    public async Task Ten_thousand_mutated_snapshots_give_a_typed_error_or_a_machine_that_runs()
    {
        const int seed = 20261128;
        var random = new Random(seed);
        var counts = new Dictionary<Outcome, int>();
        var failures = new List<string>();
        for (int i = 0; i < Iterations && failures.Count < 10; i++)
        {
            (byte[] file, string mutation) = Mutate(random);
            (Outcome outcome, string? error) = await RestoreAndRunAsync(file);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            if (outcome == Outcome.Untyped)
            {
                failures.Add($"seed {seed} iteration {i} ({mutation}): {error}");
            }
        }

        TestContext.Out.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }

        // The mix must reach every layer: the file checks, the state validators, and machines that actually run.
        counts.GetValueOrDefault(Outcome.FormatError).Should().BeGreaterThan(Iterations / 20);
        counts.GetValueOrDefault(Outcome.StateError).Should().BeGreaterThan(Iterations / 20);
        counts.GetValueOrDefault(Outcome.Ran).Should().BeGreaterThan(Iterations / 20);
    }

    private enum Outcome
    {
        Ran,
        StateError,
        FormatError,
        Untyped,
    }

    private async Task<(Outcome, string?)> RestoreAndRunAsync(byte[] file)
    {
        MicroVm vm;
        try
        {
            using SnapshotReader reader = MachineSnapshot.Open(file);
            vm = MachineSnapshot.Restore(reader, RestoreMode.Eager, new SnapshotRestoreOptions { Bases = _bases });
        }
        catch (MachineStateException)
        {
            return (Outcome.StateError, null);
        }
        catch (SnapshotFormatException)
        {
            return (Outcome.FormatError, null);
        }
        catch (Exception e)
        {
            return (Outcome.Untyped, e.ToString());
        }

        await using (vm)
        {
            await vm.StartAsync();
            try
            {
                await vm.Exited.WaitAsync(RunBound);
            }
            catch (TimeoutException)
            {
                // Still running: the usual case.
            }

            Task<VmExitReason> stop = vm.StopAsync();
            if (await Task.WhenAny(stop, Task.Delay(StopBound)) != stop)
            {
                return (Outcome.Untyped, $"the machine did not stop within {StopBound} (hang)");
            }
        }

        return (Outcome.Ran, null);
    }

    private (byte[] File, string Mutation) Mutate(Random random)
    {
        int pick = random.Next(100);
        if (pick < 25)
        {
            return RawFileMutation(random);
        }

        var sections = _sections.Select(s => (s.Kind, s.Version, s.Instance, (byte[])s.Payload.Clone())).ToList();
        int index = random.Next(sections.Count);
        (uint kind, uint version, uint instance, byte[] payload) = sections[index];
        string mutation;
        if (pick < 65)
        {
            (payload, mutation) = JsonMutation(random, payload);
        }
        else if (pick < 90)
        {
            (payload, mutation) = RawBytesMutation(random, payload);
        }
        else
        {
            switch (random.Next(3))
            {
                case 0:
                    sections.RemoveAt(index);
                    return (Rewrite(sections), $"section {kind}/{instance} removed");
                case 1:
                    version = (uint)random.Next(0, 3);
                    mutation = $"section version {version}";
                    break;
                default:
                    instance = (uint)random.Next(0, 24);
                    if (sections.Any(s => s.Kind == kind && s.Instance == instance))
                    {
                        return (Rewrite(sections), "instance clash avoided: unmutated");
                    }

                    mutation = $"instance {instance}";
                    break;
            }
        }

        sections[index] = (kind, version, instance, payload);
        return (Rewrite(sections), $"section {kind}/{sections[index].Instance}: {mutation}");
    }

    private (byte[], string) RawFileMutation(Random random)
    {
        byte[] file = (byte[])_baseFile.Clone();
        if (random.Next(8) == 0)
        {
            int length = random.Next(file.Length);
            return (file[..length], $"file truncated to {length}");
        }

        int flips = 1 + random.Next(4);
        var where = new List<int>();
        for (int i = 0; i < flips; i++)
        {
            // Half of the flips land in the header and table, where the parsing is densest.
            int at = random.Next(2) == 0 ? random.Next(Math.Min(file.Length, 512)) : random.Next(file.Length);
            file[at] ^= (byte)(1 << random.Next(8));
            where.Add(at);
        }

        return (file, $"file bits flipped at {string.Join(",", where)}");
    }

    private static (byte[], string) RawBytesMutation(Random random, byte[] payload)
    {
        switch (random.Next(4))
        {
            case 0 when payload.Length > 0:
                int length = random.Next(payload.Length);
                return (payload[..length], $"payload truncated to {length}");
            case 1:
                byte[] longer = [.. payload, .. Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256))];
                return (longer, "payload extended");
            default:
                if (payload.Length == 0)
                {
                    return ([(byte)random.Next(256)], "empty payload filled");
                }

                int at = random.Next(payload.Length);
                payload[at] = (byte)random.Next(256);
                return (payload, $"payload byte {at} set");
        }
    }

    /// <summary>Edits one value of the section's JSON, keeping it JSON, so the edit reaches the validators.</summary>
    private static (byte[], string) JsonMutation(Random random, byte[] payload)
    {
        JsonNode root = JsonNode.Parse(payload)!;
        var slots = new List<(JsonNode Parent, string? Key, int Index, JsonNode? Value)>();
        Collect(root, slots);
        (JsonNode parent, string? key, int idx, JsonNode? value) = slots[random.Next(slots.Count)];
        string path = key ?? $"[{idx}]";
        JsonNode? replacement;
        string what;
        switch (random.Next(6))
        {
            case 0:
                replacement = null;
                what = "null";
                break;
            case 1 when parent is JsonObject o:
                o.Remove(key!);
                return (Encoding.UTF8.GetBytes(root.ToJsonString()), $"{path} removed");
            case 2 when value is JsonArray a:
                if (a.Count > 0 && random.Next(2) == 0)
                {
                    a.RemoveAt(random.Next(a.Count));
                    what = "array element removed";
                }
                else
                {
                    a.Add(a.Count > 0 ? a[random.Next(a.Count)]?.DeepClone() : JsonValue.Create(random.Next()));
                    what = "array element added";
                }

                return (Encoding.UTF8.GetBytes(root.ToJsonString()), $"{path}: {what}");
            case 3:
                replacement = JsonValue.Create(random.Next(2) == 0);
                what = "a bool";
                break;
            case 4:
                replacement = JsonValue.Create(new string('A', random.Next(0, 12)));
                what = "a string";
                break;
            default:
                replacement = InterestingNumber(random);
                what = $"number {replacement!.ToJsonString()}";
                break;
        }

        if (parent is JsonObject obj)
        {
            obj[key!] = replacement;
        }
        else
        {
            ((JsonArray)parent)[idx] = replacement;
        }

        return (Encoding.UTF8.GetBytes(root.ToJsonString()), $"{path} = {what}");
    }

    private static JsonNode InterestingNumber(Random random) => random.Next(10) switch
    {
        0 => JsonValue.Create(0),
        1 => JsonValue.Create(-1),
        2 => JsonValue.Create(ulong.MaxValue),
        3 => JsonValue.Create(long.MinValue),
        4 => JsonValue.Create(1UL << random.Next(64)),
        5 => JsonValue.Create(int.MaxValue),
        6 => JsonValue.Create(random.Next(0, 300)),
        7 => JsonValue.Create(0x8000_0000UL + (ulong)random.Next(0, 1 << 26)),
        8 => JsonValue.Create(1.5),
        _ => JsonValue.Create((ulong)random.NextInt64()),
    };

    private static void Collect(JsonNode node, List<(JsonNode, string?, int, JsonNode?)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach ((string key, JsonNode? value) in o.ToList())
                {
                    slots.Add((o, key, -1, value));
                    if (value != null)
                    {
                        Collect(value, slots);
                    }
                }

                break;
            case JsonArray a:
                // Long arrays (registers, PLIC words) get a few sampled slots, not one per element.
                for (int i = 0; i < a.Count; i += Math.Max(1, a.Count / 8))
                {
                    slots.Add((a, null, i, a[i]));
                    if (a[i] != null)
                    {
                        Collect(a[i]!, slots);
                    }
                }

                break;
        }
    }

    /// <summary>A snapshot file with <paramref name="sections"/> and valid checksums: a diff with no pages over the base.</summary>
    private byte[] Rewrite(List<(uint Kind, uint Version, uint Instance, byte[] Payload)> sections)
    {
        var writer = new SnapshotWriter(MachineSnapshot.Architecture);
        foreach ((uint kind, uint version, uint instance, byte[] payload) in sections)
        {
            writer.AddSection(kind, version, payload, instance);
        }

        GuestMemory memory = _memory!;
        writer.SetMemory(memory.AsSnapshotSource());
        writer.SetDiff(_baseHash, new ulong[(int)(memory.Size / 4096 / 64)]);
        using var stream = new MemoryStream();
        writer.WriteTo(stream);
        return stream.ToArray();
    }
}
