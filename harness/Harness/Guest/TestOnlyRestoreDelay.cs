// A deliberate, test-only slowdown of every restore: HARNESS_TEST_RESTORE_DELAY_MS=N makes SnapshotRestore sleep N ms
// inside the timed restore path, so the performance gate's end-to-end test can prove that a slowdown fails it.
// Unset (the normal case) it costs one static field read.
namespace Harness.Guest;

/// <summary>The test-only restore delay (environment variable <see cref="Variable"/>).</summary>
public static class TestOnlyRestoreDelay
{
    /// <summary>The environment variable: milliseconds to sleep in every restore; unset or 0 for none.</summary>
    public const string Variable = "HARNESS_TEST_RESTORE_DELAY_MS";

    /// <summary>Longest delay accepted, so a typo cannot hang a run.</summary>
    public const int MaxMilliseconds = 60_000;

    // Read once: a process either runs slowed down or not.
    private static readonly int Milliseconds = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The delay in effect for this process.</summary>
    public static TimeSpan Delay => TimeSpan.FromMilliseconds(Milliseconds);

    /// <summary>Sleeps for the configured delay, if any.</summary>
    public static void Apply()
    {
        if (Milliseconds > 0)
        {
            Thread.Sleep(Milliseconds);
        }
    }

    /// <summary>Parses the variable's value.</summary>
    /// <exception cref="ArgumentException">Not a whole number of milliseconds in [0, <see cref="MaxMilliseconds"/>].</exception>
    public static int Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ms)
            || ms > MaxMilliseconds)
        {
            throw new ArgumentException($"{Variable}={value}: expected a whole number of milliseconds from 0 to {MaxMilliseconds}");
        }

        return ms;
    }
}
