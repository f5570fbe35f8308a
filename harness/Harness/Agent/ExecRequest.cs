// What to run in the guest: the inputs of the exec request.
namespace Harness.Agent;

/// <summary>A program to run in the guest, with its environment, working directory, stdin and timeout.</summary>
public sealed class ExecRequest
{
    /// <summary>Creates a request to run <paramref name="argv"/>; argv[0] is looked up on PATH when it has no slash.</summary>
    public ExecRequest(IReadOnlyList<string> argv)
    {
        ArgumentNullException.ThrowIfNull(argv);
        if (argv.Count == 0 || string.IsNullOrEmpty(argv[0]))
        {
            throw new ArgumentException("argv needs at least a program name", nameof(argv));
        }

        Argv = [.. argv];
    }

    /// <summary>The program and its arguments.</summary>
    public IReadOnlyList<string> Argv { get; }

    /// <summary>Variables set on top of the agent's default environment (PATH and HOME).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Bytes written to the program's stdin, which is then closed.</summary>
    public ReadOnlyMemory<byte> Stdin { get; init; }

    /// <summary>When set, the agent kills the program's process group once this much time has passed; null lets it run.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The working directory; null means "/".</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// This request with <paramref name="defaults"/> (a sandbox's own environment) under its variables: a variable
    /// both set keeps this request's value. Returns this request itself when there are no defaults.
    /// </summary>
    public ExecRequest WithDefaultEnvironment(IReadOnlyDictionary<string, string> defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (defaults.Count == 0)
        {
            return this;
        }

        var env = new Dictionary<string, string>(defaults);
        foreach ((string k, string v) in Environment)
        {
            env[k] = v;
        }

        return new ExecRequest(Argv)
        {
            Environment = env,
            Stdin = Stdin,
            Timeout = Timeout,
            WorkingDirectory = WorkingDirectory,
        };
    }
}
