// Snapshots of a booted, warmed Linux guest written to files and restored in every memory mode, re-snapshotted
// through three cycles (full and diff), and cloned 100 times with every clone unique.
using Harness.Agent;
using Harness.Guest;
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Integration.Tests;

public class LinuxSnapshotTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
    private string _dir = "";
    private string _snapshot = "";

    [OneTimeSetUp]
    public async Task CaptureWarmedGuest()
    {
        _dir = Directory.CreateTempSubdirectory("linux-snapshots").FullName;
        _snapshot = Path.Combine(_dir, "warm.snap");
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        (await guest.Agent.ExecAsync(["/bin/sh", "-c", "echo warm > /tmp/warm; sleep 1000 &"]).WaitAsync(Step)).ExitCode.Should().Be(0);
        await guest.Agent.BeforeSnapshotAsync().WaitAsync(Step);
        await guest.Vm.PauseAsync();
        MachineSnapshot.Write(guest.Vm, _snapshot);
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    private static async Task<BootedGuest> RestoreAsync(string path, RestoreMode mode, params string[] bases)
    {
        var request = new SnapshotRestoreRequest(path)
        {
            Mode = mode,
            MemoryOptions = new SnapshotRestoreOptions { Bases = bases.Length == 0 ? null : new FileListResolver(bases) },
        };
        return (await SnapshotRestore.RestoreAsync(request).WaitAsync(Step)).Guest;
    }

    private static async Task<string> ShAsync(BootedGuest guest, string script)
    {
        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", script]).WaitAsync(Step);
        r.ExitCode.Should().Be(0, $"'{script}' failed: {r.StderrText}");
        return r.StdoutText;
    }

    private static void ConsoleIsClean(MicroVm vm) =>
        vm.Console.ToString().Should().NotContainAny("Oops", "BUG:", "WARNING:", "panic", "stall", "Unable to handle");

    [TestCase(RestoreMode.Eager)]
    [TestCase(RestoreMode.SharedCopyOnWrite)]
    [TestCase(RestoreMode.Lazy)]
    public async Task Every_restore_mode_brings_back_the_warmed_guest(RestoreMode mode)
    {
        await using BootedGuest guest = await RestoreAsync(_snapshot, mode);
        (await ShAsync(guest, "cat /tmp/warm; cat /run/harness/generation; pgrep sleep | wc -l")).Should().Be("warm\n1\n1\n");

        // Timers keep firing: guest time moves forward across a sleep.
        string[] uptimes = (await ShAsync(guest, "cut -d' ' -f1 /proc/uptime; sleep 0.2; cut -d' ' -f1 /proc/uptime")).Split('\n');
        double.Parse(uptimes[1], System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(double.Parse(uptimes[0], System.Globalization.CultureInfo.InvariantCulture) + 0.15);

        (await guest.PowerOffAsync(Step)).Should().Be(VmExitReason.PoweredOff);
        ConsoleIsClean(guest.Vm);
    }

    [Test]
    public async Task Three_snapshot_restore_cycles_with_a_diff_carry_every_change()
    {
        string second = Path.Combine(_dir, "second.snap");
        string third = Path.Combine(_dir, "third.diff");
        await using (BootedGuest g1 = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite))
        {
            await ShAsync(g1, "echo one > /tmp/cycle1");
            await g1.Agent.BeforeSnapshotAsync().WaitAsync(Step);
            await g1.Vm.PauseAsync();
            MachineSnapshot.Write(g1.Vm, second).ContentHash.Should().NotBe(default(SnapshotHash));
        }

        await using (BootedGuest g2 = await RestoreAsync(second, RestoreMode.Eager))
        {
            g2.Vm.Generation.Should().Be(2);
            (await ShAsync(g2, "cat /tmp/warm /tmp/cycle1; echo two > /tmp/cycle2")).Should().Be("warm\none\n");
            await g2.Agent.BeforeSnapshotAsync().WaitAsync(Step);
            await g2.Vm.PauseAsync();
            MachineSnapshot.Write(g2.Vm, third, diff: true);
        }

        using (var reader = MachineSnapshot.Open(third))
        {
            reader.Header.IsDiff.Should().BeTrue();
            reader.Inspect().StoredPages.Should().BeLessThan(reader.Inspect().PresentPages + 1);
        }

        await using BootedGuest g3 = await RestoreAsync(third, RestoreMode.Lazy, second);
        g3.Vm.Generation.Should().Be(3);
        (await ShAsync(g3, "cat /tmp/warm /tmp/cycle1 /tmp/cycle2")).Should().Be("warm\none\ntwo\n");
        ConsoleIsClean(g3.Vm);
    }

    [Test]
    public async Task A_guest_captured_with_its_connection_open_gets_a_reset_and_answers_right_after_it()
    {
        // The warmed snapshot was taken with the agent's connection open: the clone owes the guest a transport reset,
        // and the first connection is held back until the guest consumed it, so it is never torn down by it.
        for (int i = 0; i < 5; i++)
        {
            await using BootedGuest guest = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite);
            guest.Vm.Vsock!.TransportResetOutstanding.Should().BeFalse();
            (await ShAsync(guest, "cat /tmp/warm")).Should().Be("warm\n");
        }
    }

    [Test]
    public async Task A_guest_captured_after_closing_its_connection_needs_no_reset_and_serves_every_clone()
    {
        string quiet = Path.Combine(_dir, "quiet.snap");
        await using (BootedGuest g = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite))
        {
            await ShAsync(g, "echo quiet > /tmp/quiet");
            await g.PauseForSnapshotAsync(Step);
            g.Vm.Vsock!.ConnectionCount.Should().Be(0);
            MachineSnapshot.Write(g.Vm, quiet);
        }

        using (SnapshotReader reader = MachineSnapshot.Open(quiet))
        {
            MachineSnapshotSections.ReadFrom(reader).Virtio.Single(v => v.Vsock != null).Vsock!.OpenConnections.Should().Be(0);
        }

        for (int i = 0; i < 5; i++)
        {
            await using BootedGuest clone = await RestoreAsync(quiet, RestoreMode.SharedCopyOnWrite);
            (await ShAsync(clone, "cat /tmp/warm /tmp/quiet")).Should().Be("warm\nquiet\n");
            await clone.Agent.PingAsync().WaitAsync(Step);
            ConsoleIsClean(clone.Vm);
        }
    }

    [Test]
    public async Task A_diff_without_its_base_is_refused_with_a_typed_error()
    {
        string diff = Path.Combine(_dir, "orphan.diff");
        await using (BootedGuest g = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite))
        {
            await g.Vm.PauseAsync();
            MachineSnapshot.Write(g.Vm, diff, diff: true);
        }

        Func<Task> restore = () => RestoreAsync(diff, RestoreMode.Eager);
        (await restore.Should().ThrowAsync<SnapshotFormatException>()).Which.Fault.Should().Be(SnapshotFault.BaseMissing);
    }

    [Test]
    public async Task A_hundred_clones_are_all_different()
    {
        var random = new HashSet<string>();
        var ids = new HashSet<string>();
        for (int i = 0; i < 100; i++)
        {
            await using BootedGuest clone = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite);
            string[] lines = (await ShAsync(clone, "head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \\n'; echo; cat /run/harness/generation_id")).Split('\n');
            random.Add(lines[0]).Should().BeTrue($"clone {i} read the same random bytes as an earlier clone");
            ids.Add(lines[1]).Should().BeTrue($"clone {i} has the generation id of an earlier clone");
        }

        random.Should().HaveCount(100);
        ids.Should().HaveCount(100);
    }

    [Test]
    public async Task A_clones_first_request_is_learned_for_the_next_clone_unless_it_wrote_too_much()
    {
        // A snapshot of this test's own: what is learned is kept per snapshot, for the whole process.
        string own = Path.Combine(_dir, "learn.snap");
        await using (BootedGuest source = await RestoreAsync(_snapshot, RestoreMode.Eager))
        {
            await ShAsync(source, "echo learn > /tmp/learn");
            await source.Agent.BeforeSnapshotAsync().WaitAsync(Step);
            await source.Vm.PauseAsync();
            MachineSnapshot.Write(source.Vm, own);
        }

        static long Learned(SnapshotHash hash) => RestoreWriteSet.For(hash)!.Sum(w => (long)System.Numerics.BitOperations.PopCount(w));
        SnapshotHash hash;
        long toReady, throughFirst;
        await using (BootedGuest a = await RestoreAsync(own, RestoreMode.SharedCopyOnWrite))
        {
            hash = a.Vm.SnapshotBase!.Value;
            toReady = Learned(hash);
            toReady.Should().BeGreaterThan(0, "the path to ready writes pages");
            (await ShAsync(a, "cat /tmp/learn")).Should().Be("learn\n");
            throughFirst = Learned(hash);
            throughFirst.Should().BeGreaterThan(toReady, "the first exec wrote pages of its own, and they were learned");
            a.Vm.Memory.CountDirtyPages().Should().Be((int)throughFirst);
            await ShAsync(a, "echo second > /tmp/second");
            Learned(hash).Should().Be(throughFirst, "only the first request is learned");
        }

        await using (BootedGuest b = await RestoreAsync(own, RestoreMode.SharedCopyOnWrite))
        {
            Learned(hash).Should().Be(throughFirst, "the next clone's path to ready does not replace what a first request taught");
            (await ShAsync(b, "head -c 8388608 /dev/zero > /tmp/big && cat /tmp/learn")).Should().Be("learn\n");
            b.Vm.Memory.CountDirtyPages().Should().BeGreaterThan(SnapshotRestore.MaxLearnedPages);
            Learned(hash).Should().Be(throughFirst, "a first request that wrote 8 MiB is not learned: every later clone would hold it");
        }
    }

    [Test]
    public async Task A_recycled_mapping_carries_nothing_of_the_clone_that_had_it()
    {
        string image;
        using (SnapshotReader reader = MachineSnapshot.Open(_snapshot))
        {
            image = new Harness.Snapshots.Store.SharedImageCache().ImagePath(reader.ContentHash);
        }

        // A clone that fills 8 MiB of its RAM with noise and leaves a file behind, then goes (into an empty pool,
        // which other tests' images may have filled).
        // A clone before it teaches the restore its write set, so the noisy clone's mapping holds private pages
        // that the reset must copy back, as well as pages it must drop.
        ImageMappingPool.Clear();
        await using (BootedGuest teacher = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite))
        {
            await ShAsync(teacher, "true");
        }

        await using (BootedGuest first = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite))
        {
            await ShAsync(first, "head -c 8388608 /dev/urandom > /tmp/noise && echo secret > /tmp/marker");
        }

        ImageMappingPool.CountFor(image).Should().BeGreaterThan(0, "the gone clone's mapping is kept for the next");
        int kept = ImageMappingPool.CountFor(image);

        // The next restore's RAM, before anything runs in it, is the image byte for byte.
        byte[] expected = await File.ReadAllBytesAsync(image);
        using (SnapshotReader reader = MachineSnapshot.Open(_snapshot))
        using (GuestMemory memory = SnapshotMemory.Restore(reader, Harness.Vmm.Boot.VirtMemoryMap.RamBase, RestoreMode.SharedCopyOnWrite))
        {
            ImageMappingPool.CountFor(image).Should().Be(kept - 1, "this restore took the kept mapping");
            ((CopyOnWriteMapping)memory.Mapping).WaitForPopulate();
            unsafe
            {
                new ReadOnlySpan<byte>(memory.Pointer, expected.Length).SequenceEqual(expected).Should().BeTrue("no page of the last clone shows through");
            }
        }

        await using BootedGuest next = await RestoreAsync(_snapshot, RestoreMode.SharedCopyOnWrite);
        (await ShAsync(next, "test ! -e /tmp/marker && test ! -e /tmp/noise && cat /tmp/warm")).Should().Be("warm\n");
        ConsoleIsClean(next.Vm);
    }
}
