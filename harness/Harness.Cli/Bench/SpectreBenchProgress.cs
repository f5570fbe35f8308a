// Progress as Spectre.Console progress bars, one per step, for an interactive terminal.
using Spectre.Console;

namespace Harness.Cli.Bench;

internal sealed class SpectreBenchProgress(ProgressContext context) : IBenchProgress
{
    public IBenchStep Begin(string description, double total = 1) =>
        new Step(context.AddTask(Fit(description), maxValue: Math.Max(total, 1)), description);

    public void Note(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    /// <summary>A description wider than half the terminal squeezes the bar onto wrapped rows: cut it.</summary>
    private static string Fit(string text)
    {
        int max = Math.Max(24, AnsiConsole.Profile.Width / 2);
        return Markup.Escape(text.Length <= max ? text : text[..(max - 1)] + "…");
    }

    private sealed class Step(ProgressTask task, string description) : IBenchStep
    {
        public void Report(double done, string? detail = null)
        {
            task.Value = Math.Min(done, task.MaxValue);
            task.Description = Fit(detail is null ? description : $"{description} ({detail})");
        }

        public void Dispose()
        {
            task.Value = task.MaxValue;
            task.Description = Fit(description);
            task.StopTask();
        }
    }
}
