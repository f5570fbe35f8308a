// Arguments the verbs refuse before anything runs: a clear parse error, never a boot or a restore.
using System.CommandLine;
using Harness.Cli.Commands;

namespace Harness.Bench.Tests;

public class CommandLineTests
{
    private static IReadOnlyList<string> Errors(Command verb, params string[] args)
    {
        var root = new RootCommand("test") { verb };
        return [.. root.Parse(args).Errors.Select(e => e.Message)];
    }

    [Test]
    public void Snapshot_create_takes_a_command_line_for_a_boot_but_not_with_a_base()
    {
        Errors(SnapshotCommand.Create(), "snapshot", "create", "--out", "x.snap", "--cmdline", "console=ttyS0").Should().BeEmpty();
        Errors(SnapshotCommand.Create(), "snapshot", "create", "--out", "x.snap", "--cmdline", "console=ttyS0", "--base", "b.snap")
            .Should().ContainSingle().Which.Should().Contain("--cmdline");
    }

    [Test]
    public void Bench_restore_measures_only_the_named_modes_and_refuses_unknown_ones()
    {
        Command bench = BenchCommand.Create();
        Errors(bench, "bench", "restore", "--mode", "shared", "--mode", "lazy").Should().BeEmpty();
        Errors(bench, "bench", "restore", "--mode", "fast").Should().ContainSingle().Which.Should().Contain("fast");
    }
}
