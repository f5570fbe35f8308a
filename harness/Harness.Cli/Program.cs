// Entry point of the `harness` command: each verb lives in its own file under Commands/.
using System.CommandLine;
using Harness.Cli.Commands;

var root = new RootCommand("harness: boot, snapshot and restore RISC-V microVMs and measure them");
root.Subcommands.Add(KernelCommand.Create());
root.Subcommands.Add(RunElfCommand.Create());
root.Subcommands.Add(BootCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(SnapshotCommand.Create());
root.Subcommands.Add(RestoreCommand.Create());
root.Subcommands.Add(GateCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
