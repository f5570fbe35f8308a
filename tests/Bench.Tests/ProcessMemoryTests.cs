// Parsing /proc/self/smaps: only mappings inside the given ranges count; Private_Clean and Private_Dirty add up.
using Harness.Cli.Bench;

namespace Harness.Bench.Tests;

public class ProcessMemoryTests
{
    private static readonly string[] Smaps =
    [
        "7f0000000000-7f0008000000 rw-p 00000000 00:01 123 /memfd:guest (deleted)",
        "Size:             131072 kB",
        "Rss:                6144 kB",
        "Pss:                2048 kB",
        "Private_Clean:       512 kB",
        "Private_Dirty:      1024 kB",
        "7f0008000000-7f0008001000 rw-p 00000000 00:00 0 ",
        "Rss:                   4 kB",
        "Pss:                   4 kB",
        "Private_Dirty:         4 kB",
        "VmFlags: rd wr mr mw me ac sd",
    ];

    [Test]
    public void Only_mappings_inside_a_range_are_counted()
    {
        MemoryFigures m = ProcessMemory.Sum(Smaps, (s, e) => s >= 0x7f0000000000 && e <= 0x7f0008000000);
        m.RssMib.Should().Be(6);
        m.PssMib.Should().Be(2);
        m.PrivateMib.Should().Be(1.5);
    }

    [Test]
    public void Everything_counts_when_every_range_is_accepted()
    {
        MemoryFigures m = ProcessMemory.Sum(Smaps, (_, _) => true);
        m.RssMib.Should().BeApproximately(6.0039, 0.0001);
    }

    [Test]
    public void This_process_has_resident_memory() => ProcessMemory.Process().RssMib.Should().BeGreaterThan(1);

    [Test]
    public void Density_checkpoints_are_dense_early_and_sparse_late()
    {
        Enumerable.Range(1, 1000).Where(DensitySweep.IsCheckpoint).Take(9).Should().Equal(1, 2, 5, 10, 20, 50, 100, 150, 200);
        Enumerable.Range(1, 1000).Count(DensitySweep.IsCheckpoint).Should().Be(6 + 19);
    }
}
