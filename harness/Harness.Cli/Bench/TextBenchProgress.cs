// Progress as plain lines, for logs, CI and tests: a line per step, a line per tenth of a step, its time at the end.
using System.Diagnostics;

namespace Harness.Cli.Bench;

internal sealed class TextBenchProgress(TextWriter writer) : IBenchProgress
{
    public IBenchStep Begin(string description, double total = 1)
    {
        writer.WriteLine($"==> {description}");
        return new Step(writer, description, total);
    }

    public void Note(string message) => writer.WriteLine($"    {message}");

    private sealed class Step(TextWriter writer, string description, double total) : IBenchStep
    {
        private readonly long _t0 = Stopwatch.GetTimestamp();
        private int _lastTenth;

        public void Report(double done, string? detail = null)
        {
            int tenth = total <= 0 ? 10 : (int)(done / total * 10);
            if (tenth > _lastTenth)
            {
                _lastTenth = tenth;
                writer.WriteLine($"    {done:0.#}/{total:0.#}{(detail is null ? "" : " " + detail)}");
            }
        }

        public void Dispose() => writer.WriteLine($"    {description}: {Stopwatch.GetElapsedTime(_t0).TotalSeconds:F1} s");
    }
}
