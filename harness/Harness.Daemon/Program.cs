// The daemon executable: `Harness.Daemon --config daemon.json` (systemd: Type=notify). `harness daemon serve` is the
// same entry point through the CLI.
return await Harness.Daemon.DaemonHost.RunAsync(args).ConfigureAwait(false);
