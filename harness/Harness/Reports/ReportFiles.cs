// Writes the four report files of a bench run into one directory.
using System.Text;
using System.Xml;

namespace Harness.Reports;

/// <summary>The paths of the written report files.</summary>
public sealed record ReportPaths(string Json, string Markdown, string Junit, string Html);

/// <summary>Writes report.json, report.md, junit.xml and report.html.</summary>
public static class ReportFiles
{
    /// <summary>Writes every report file of <paramref name="report"/> into <paramref name="directory"/> (created if missing).</summary>
    public static async Task<ReportPaths> WriteAsync(BenchReport report, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var paths = new ReportPaths(Path.Combine(directory, "report.json"), Path.Combine(directory, "report.md"),
            Path.Combine(directory, "junit.xml"), Path.Combine(directory, "report.html"));
        await File.WriteAllTextAsync(paths.Json, BenchReportJson.Serialize(report) + "\n", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.Markdown, MarkdownReport.Render(report), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.Html, HtmlReport.Render(report), cancellationToken).ConfigureAwait(false);
        var settings = new XmlWriterSettings { Indent = true, Async = true, Encoding = new UTF8Encoding(false) };
        await using (var writer = XmlWriter.Create(paths.Junit, settings))
        {
            await JunitReport.Render(report).SaveAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        return paths;
    }
}
