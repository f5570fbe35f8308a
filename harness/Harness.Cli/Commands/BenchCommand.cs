// `harness bench`: the benchmarks. Sub-verbs measure one thing each against its reference.
using System.CommandLine;

namespace Harness.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks, each measured against a reference in the same invocation");
        bench.Subcommands.Add(BenchBootCommand.Create());
        bench.Subcommands.Add(BenchVirtioCommand.Create());
        return bench;
    }
}
