// How the bench flow shows progress: a live Spectre display in a terminal, plain lines in logs and tests.
namespace Harness.Cli.Bench;

/// <summary>Receives the bench flow's progress.</summary>
internal interface IBenchProgress
{
    /// <summary>Starts a step of <paramref name="total"/> units (1 for a step without parts).</summary>
    IBenchStep Begin(string description, double total = 1);

    /// <summary>A message beside the steps (a warning, a skipped part).</summary>
    void Note(string message);
}

/// <summary>One step in progress; disposing it marks it done.</summary>
internal interface IBenchStep : IDisposable
{
    void Report(double done, string? detail = null);
}
