// What came back from running a program in the guest.
using System.Text;

namespace Harness.Agent;

/// <summary>The outcome of an exec request.</summary>
public sealed class ExecResult
{
    /// <summary>Creates a result (the client builds these from the agent's reply).</summary>
    public ExecResult(int exitCode, int signal, bool timedOut, TimeSpan duration, byte[] stdout, byte[] stderr,
        bool stdoutTruncated, bool stderrTruncated)
    {
        ExitCode = exitCode;
        Signal = signal;
        TimedOut = timedOut;
        Duration = duration;
        Stdout = stdout;
        Stderr = stderr;
        StdoutTruncated = stdoutTruncated;
        StderrTruncated = stderrTruncated;
    }

    /// <summary>The exit status, or 128 + signal number when a signal ended the program (as shells report it).</summary>
    public int ExitCode { get; }

    /// <summary>The signal that ended the program, or 0 when it exited.</summary>
    public int Signal { get; }

    /// <summary>True when the agent killed the program because its timeout passed.</summary>
    public bool TimedOut { get; }

    /// <summary>Time from start to exit, measured in the guest.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Everything the program wrote to stdout (up to about 512 KiB).</summary>
    public byte[] Stdout { get; }

    /// <summary>Everything the program wrote to stderr (up to about 512 KiB).</summary>
    public byte[] Stderr { get; }

    /// <summary>True when stdout went past the cap and the rest was discarded.</summary>
    public bool StdoutTruncated { get; }

    /// <summary>True when stderr went past the cap and the rest was discarded.</summary>
    public bool StderrTruncated { get; }

    /// <summary>Stdout decoded as UTF-8.</summary>
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>Stderr decoded as UTF-8.</summary>
    public string StderrText => Encoding.UTF8.GetString(Stderr);
}
