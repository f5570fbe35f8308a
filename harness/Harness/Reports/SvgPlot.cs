// Small self-contained SVG charts (histogram, CDF, line and bar charts) for report.html: no scripts, no external
// files, so the report opens anywhere and survives as a CI artifact.
using System.Globalization;
using System.Security;
using System.Text;

namespace Harness.Reports;

/// <summary>A named series of points.</summary>
public sealed record PlotSeries(string Name, IReadOnlyList<(double X, double Y)> Points);

/// <summary>Renders charts as SVG elements.</summary>
public static class SvgPlot
{
    private const double Width = 640, Height = 320, Left = 64, Right = 20, Top = 34, Bottom = 46;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"];

    /// <summary>A histogram of <paramref name="values"/> in <paramref name="bins"/> equal bins.</summary>
    public static string Histogram(string title, string xLabel, IReadOnlyList<double> values, int bins = 30)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.Count == 0)
        {
            return Empty(title);
        }

        double lo = values.Min(), hi = values.Max();
        if (hi <= lo)
        {
            hi = lo + Math.Max(Math.Abs(lo) * 0.1, 1e-3);
        }

        var counts = new int[bins];
        foreach (double v in values)
        {
            counts[Math.Clamp((int)((v - lo) / (hi - lo) * bins), 0, bins - 1)]++;
        }

        var axes = new Axes(lo, hi, 0, counts.Max(), false);
        var sb = Begin(title, xLabel, "samples", axes);
        double bw = (hi - lo) / bins;
        for (int i = 0; i < bins; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            double x0 = axes.X(lo + i * bw), x1 = axes.X(lo + (i + 1) * bw), y = axes.Y(counts[i]);
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{F(x0)}\" y=\"{F(y)}\" width=\"{F(Math.Max(x1 - x0 - 1, 1))}\" height=\"{F(axes.Y(0) - y)}\" fill=\"{Colors[0]}\"><title>{F(lo + i * bw)}–{F(lo + (i + 1) * bw)}: {counts[i]}</title></rect>");
        }

        return End(sb, []);
    }

    /// <summary>Cumulative distributions of several samples (the fraction of samples at or below x).</summary>
    public static string Cdf(string title, string xLabel, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, bool logX = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var lines = new List<PlotSeries>();
        foreach ((string name, IReadOnlyList<double> values) in series)
        {
            double[] sorted = [.. values.Order()];
            var pts = new List<(double, double)>(sorted.Length + 1);
            for (int i = 0; i < sorted.Length; i++)
            {
                pts.Add((sorted[i], (double)i / sorted.Length));
                pts.Add((sorted[i], (double)(i + 1) / sorted.Length));
            }

            lines.Add(new PlotSeries(name, pts));
        }

        return Lines(title, xLabel, "fraction of samples ≤ x", lines, logX, yMax: 1, legendAtBottom: true);
    }

    /// <summary>Line charts of several series on shared axes.</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logX = false,
        double? yMax = null, bool legendAtBottom = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = series.SelectMany(s => s.Points).Where(p => !logX || p.X > 0).ToList();
        if (all.Count == 0)
        {
            return Empty(title);
        }

        double x0 = all.Min(p => p.X), x1 = all.Max(p => p.X);
        double y1 = yMax ?? Math.Max(all.Max(p => p.Y), 1e-9);
        var axes = new Axes(x0, x1 > x0 ? x1 : x0 + Math.Max(Math.Abs(x0) * 0.1, 1e-3), 0, y1, logX);
        var sb = Begin(title, xLabel, yLabel, axes);
        for (int i = 0; i < series.Count; i++)
        {
            var pts = series[i].Points.Where(p => !logX || p.X > 0).Select(p => $"{F(axes.X(p.X))},{F(axes.Y(p.Y))}");
            sb.Append(CultureInfo.InvariantCulture,
                $"<polyline class=\"series\" fill=\"none\" stroke=\"{Colors[i % Colors.Length]}\" stroke-width=\"2\" points=\"{string.Join(' ', pts)}\"/>");
            if (series[i].Points.Count == 1)
            {
                (double px, double py) = series[i].Points[0];
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(axes.X(px))}\" cy=\"{F(axes.Y(py))}\" r=\"3\" fill=\"{Colors[i % Colors.Length]}\"/>");
            }
        }

        return End(sb, series.Select(s => s.Name).ToList(), legendAtBottom);
    }

    /// <summary>Horizontal bars, one per label, on a logarithmic axis when the values span more than 20×.</summary>
    public static string Bars(string title, string unit, IReadOnlyList<(string Label, double Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var positive = bars.Where(b => b.Value > 0).ToList();
        if (positive.Count == 0)
        {
            return Empty(title);
        }

        double lo = positive.Min(b => b.Value), hi = positive.Max(b => b.Value);
        bool log = hi / lo > 20;
        var sb = new StringBuilder();
        double h = Top + Bottom + positive.Count * 40;
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" width=\"{F(Width)}\" height=\"{F(h)}\" viewBox=\"0 0 {F(Width)} {F(h)}\" font-family=\"sans-serif\" font-size=\"12\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Width / 2)}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{E(title)}</text>");
        double labelW = 230, plotW = Width - labelW - Right - 80;
        double Scale(double v) => log
            ? (Math.Log10(v) - Math.Log10(lo / 2)) / (Math.Log10(hi) - Math.Log10(lo / 2)) * plotW
            : v / hi * plotW;
        for (int i = 0; i < positive.Count; i++)
        {
            double y = Top + i * 40;
            double w = Math.Max(Scale(positive[i].Value), 2);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelW - 6)}\" y=\"{F(y + 20)}\" text-anchor=\"end\">{E(positive[i].Label)}</text>");
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{F(labelW)}\" y=\"{F(y + 6)}\" width=\"{F(w)}\" height=\"22\" fill=\"{Colors[i % Colors.Length]}\"/>");
            sb.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(labelW + w + 6)}\" y=\"{F(y + 21)}\">{E(MarkdownReport.Fmt(positive[i].Value))} {E(unit)}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{F(labelW)}\" y=\"{F(h - 14)}\" fill=\"#555\">{(log ? "logarithmic scale" : "linear scale")}</text></svg>");
        return sb.ToString();
    }

    private sealed class Axes(double x0, double x1, double y0, double y1, bool logX)
    {
        public double X0 { get; } = x0;
        public double X1 { get; } = x1;
        public double Y0 { get; } = y0;
        public double Y1 { get; } = y1;
        public bool LogX { get; } = logX;

        public double X(double v)
        {
            double t = LogX ? (Math.Log10(v) - Math.Log10(X0)) / Math.Max(Math.Log10(X1) - Math.Log10(X0), 1e-9) : (v - X0) / (X1 - X0);
            return Left + t * (Width - Left - Right);
        }

        public double Y(double v) => Height - Bottom - (v - Y0) / (Y1 - Y0) * (Height - Top - Bottom);
    }

    private static StringBuilder Begin(string title, string xLabel, string yLabel, Axes a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" width=\"{F(Width)}\" height=\"{F(Height)}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" font-family=\"sans-serif\" font-size=\"11\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Width / 2)}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{E(title)}</text>");
        double bottom = Height - Bottom;
        sb.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{F(Left)}\" y1=\"{F(bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(bottom)}\" stroke=\"#333\"/><line x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(bottom)}\" stroke=\"#333\"/>");
        foreach (double t in a.LogX ? LogTicks(a.X0, a.X1) : NiceTicks(a.X0, a.X1))
        {
            double x = a.X(t);
            sb.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{F(x)}\" y1=\"{F(bottom)}\" x2=\"{F(x)}\" y2=\"{F(bottom + 4)}\" stroke=\"#333\"/><text x=\"{F(x)}\" y=\"{F(bottom + 16)}\" text-anchor=\"middle\">{E(Tick(t))}</text>");
        }

        foreach (double t in NiceTicks(a.Y0, a.Y1))
        {
            double y = a.Y(t);
            sb.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{F(Left)}\" y1=\"{F(y)}\" x2=\"{F(Width - Right)}\" y2=\"{F(y)}\" stroke=\"#ddd\"/><text x=\"{F(Left - 6)}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{E(Tick(t))}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F((Left + Width - Right) / 2)}\" y=\"{F(Height - 8)}\" text-anchor=\"middle\">{E(xLabel)}</text>");
        sb.Append(CultureInfo.InvariantCulture,
            $"<text transform=\"translate(14,{F((Top + bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">{E(yLabel)}</text>");
        return sb;
    }

    private static string End(StringBuilder sb, IReadOnlyList<string> legend, bool atBottom = false)
    {
        for (int i = 0; i < legend.Count && legend.Count > 1; i++)
        {
            // CDFs leave their lower right empty; other charts their upper right.
            double y = atBottom ? Height - Bottom - 12 - (legend.Count - 1 - i) * 16 : Top + 8 + i * 16;
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{F(Width - Right - 170)}\" y=\"{F(y - 8)}\" width=\"10\" height=\"10\" fill=\"{Colors[i % Colors.Length]}\"/><text x=\"{F(Width - Right - 155)}\" y=\"{F(y + 1)}\">{E(legend[i])}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    private static string Empty(string title) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" width=\"640\" height=\"60\"><text x=\"10\" y=\"30\" font-family=\"sans-serif\">{E(title)}: no data</text></svg>";

    /// <summary>About five round-valued ticks covering [lo, hi].</summary>
    public static IReadOnlyList<double> NiceTicks(double lo, double hi)
    {
        double span = hi - lo;
        if (!(span > 0))
        {
            return [lo];
        }

        double raw = span / 5, mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = mag * (raw / mag < 1.5 ? 1 : raw / mag < 3 ? 2 : raw / mag < 7 ? 5 : 10);
        var ticks = new List<double>();
        for (double t = Math.Ceiling(lo / step) * step; t <= hi + step * 1e-9; t += step)
        {
            ticks.Add(Math.Round(t, 12));
        }

        return ticks;
    }

    /// <summary>Powers of ten inside [lo, hi]; 2 and 5 times them too when the range spans under two decades.</summary>
    private static IEnumerable<double> LogTicks(double lo, double hi)
    {
        double[] steps = Math.Log10(hi / lo) < 2 ? [1, 2, 5] : [1];
        for (double t = Math.Pow(10, Math.Floor(Math.Log10(lo))); t <= hi * 1.0001; t *= 10)
        {
            foreach (double m in steps)
            {
                if (t * m >= lo * 0.9999 && t * m <= hi * 1.0001)
                {
                    yield return t * m;
                }
            }
        }
    }

    private static string Tick(double v) => Math.Abs(v) >= 10000 ? v.ToString("0.#e0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string s) => SecurityElement.Escape(s);
}
