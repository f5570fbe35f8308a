// Entry point of the `harness` command: each verb lives in its own file under Commands/.
using System.CommandLine;
using Harness.Cli.Commands;

var root = new RootCommand("harness: boot, snapshot and restore RISC-V microVMs and measure them");
root.Subcommands.Add(KernelCommand.Create());
root.Subcommands.Add(RunUserCommand.Create());
root.Subcommands.Add(RunElfCommand.Create());
root.Subcommands.Add(BootCommand.Create());
root.Subcommands.Add(DiskCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(SnapshotCommand.Create());
root.Subcommands.Add(RestoreCommand.Create());
root.Subcommands.Add(DaemonCommand.Create());
root.Subcommands.Add(GateCommand.Create());
// Ctrl-C and SIGTERM cancel the running verb's token, so a VM is stopped and its sockets removed, rather than the
// process dying mid-way; a verb that does not finish within the timeout is ended anyway.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) })
    .ConfigureAwait(false);
