// The daemon is Linux-only (Unix sockets, SO_PEERCRED, /proc); so are its tests.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
