// The terminal table: every headline figure, and each target marked met or missed (reported, never asserted).
using Harness.Cli.Bench;
using Spectre.Console;

namespace Harness.Bench.Tests;

public class BenchTableTests
{
    private static string Render(Harness.Reports.BenchReport report, int width = 160)
    {
        var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        console.Write(BenchTable.Build(report, width));
        return writer.ToString();
    }

    [Test]
    public void The_table_has_every_headline_figure_and_its_target()
    {
        string table = Render(SyntheticReport.Full());
        table.Should().Contain("cold boot to READY").And.Contain("512.3 ms").And.Contain("restore to READY").And.Contain("2.70 ms")
            .And.Contain("restore to first exec").And.Contain("pool acquire").And.Contain("118.5 µs")
            .And.Contain("idle sandboxes held").And.Contain("1000").And.Contain("ratio (container / ours, p50)").And.Contain("101.8×");
        table.Should().Contain("✓ p99 ≤ 200 µs").And.Contain("✓ ≥ 1000 in 16 GiB").And.Contain("✓ < 10 %").And.Contain("✓ ≥ 100×");
    }

    [Test]
    public void Missed_targets_and_missing_parts_are_shown_as_such()
    {
        string table = Render(SyntheticReport.Minimal());
        table.Should().Contain("pool acquire").And.Contain("not measured");
        table.Should().NotContain("idle sandboxes held");
    }

    [Test]
    public void A_narrow_terminal_gets_the_table_without_p90_and_max()
    {
        string table = Render(SyntheticReport.Full(), 80);
        table.Should().Contain("p50").And.Contain("p99").And.NotContain("p90").And.NotContain(" max ");
        table.Split('\n').Should().OnlyContain(line => line.Length <= 80);
    }
}
