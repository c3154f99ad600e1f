using System.Globalization;
using System.Security;
using System.Text;
using Intake.Bench.Parse;
using Intake.Bench.Rollup;

namespace Intake.Bench.Reporting;

/// <summary>
/// Two small log–log charts side by side, drawn as SVG with no library: parse time and peak memory against
/// rows, for the bare loop and for <c>intake parse</c>. A cost that grows with rows climbs; a flat one does not.
/// When the run rolled up a week, a third chart sets the rollup's time beside the bare read's as bars.
/// </summary>
public static class GrowthPlot
{
    private const int Width = 360;
    private const int Height = 260;
    private const int Margin = 48;

    public static string Svg(IReadOnlyList<ParseMeasurement> points, IReadOnlyList<RollupMeasurement>? rollups = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        rollups ??= [];
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{(rollups.Count > 0 ? 3 : 2) * Width}" height="{Height}" font-family="sans-serif" font-size="11">""")
            .Append("""<rect width="100%" height="100%" fill="white"/>""");
        Chart(svg, 0, "parse time (s)", points, p => p.Bare.TotalSeconds, p => p.Intake.TotalSeconds);
        Chart(svg, Width, "peak memory (MB)", points, p => p.BarePeakBytes / 1048576.0, p => p.IntakePeakBytes / 1048576.0);
        if (rollups.Count > 0)
        {
            Bars(svg, 2 * Width, rollups);
        }

        return svg.Append("</svg>").ToString();
    }

    // One pair of bars per rolled-up week: the bare read and the rollup, in seconds, from zero.
    private static void Bars(StringBuilder svg, int left, IReadOnlyList<RollupMeasurement> rollups)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin}" y="18" font-weight="bold">week rollup beside the bare read (s)</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{left + Margin}" y="{Margin / 2}" width="{Width - (2 * Margin)}" height="{Height - Margin - (Margin / 2)}" fill="none" stroke="#999"/>""");
        var max = Math.Max(1e-9, rollups.Max(r => Math.Max(r.BareRead.TotalSeconds, r.Rollup.TotalSeconds)));
        var plotWidth = Width - (2 * Margin);
        var bottom = Height - Margin;
        var plotHeight = Height - (2 * Margin) - (Margin / 2);
        var slot = plotWidth / (double)rollups.Count;
        for (var i = 0; i < rollups.Count; i++)
        {
            var r = rollups[i];
            var x = left + Margin + (i * slot) + (slot * 0.15);
            var bar = slot * 0.3;
            foreach (var (seconds, colour, offset) in new[] { (r.BareRead.TotalSeconds, "#1f77b4", 0.0), (r.Rollup.TotalSeconds, "#d62728", bar + (slot * 0.1)) })
            {
                var h = seconds / max * plotHeight;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x + offset:0.#}" y="{bottom - h:0.#}" width="{bar:0.#}" height="{h:0.#}" fill="{colour}"/>""")
                    .Append(CultureInfo.InvariantCulture, $"""<text x="{x + offset + (bar / 2):0.#}" y="{bottom - h - 3:0.#}" text-anchor="middle">{seconds:0.##}</text>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + (slot * 0.35):0.#}" y="{bottom + 14}" text-anchor="middle">{SecurityElement.Escape(r.Week)}, {r.Facts / 1000.0:0.#}k facts</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin}" y="{Height - 8}" fill="#1f77b4">■ bare read</text>""")
            .Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin + 150}" y="{Height - 8}" fill="#d62728">■ intake rollup</text>""");
    }

    private static void Chart(StringBuilder svg, int left, string title, IReadOnlyList<ParseMeasurement> points, Func<ParseMeasurement, double> bare, Func<ParseMeasurement, double> intake)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin}" y="18" font-weight="bold">{SecurityElement.Escape(title)} against rows (log–log)</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{left + Margin}" y="{Margin / 2}" width="{Width - (2 * Margin)}" height="{Height - Margin - (Margin / 2)}" fill="none" stroke="#999"/>""");
        if (points.Count < 2)
        {
            return;
        }

        var values = points.SelectMany(p => new[] { bare(p), intake(p) }).Where(v => v > 0).ToList();
        var (xMin, xMax) = (Math.Log10(points.Min(p => p.Rows)), Math.Log10(points.Max(p => p.Rows)));
        var (yMin, yMax) = (Math.Log10(values.Min()), Math.Log10(values.Max()));
        yMax = yMax - yMin < 0.1 ? yMin + 0.1 : yMax;
        double X(ParseMeasurement p) => left + Margin + ((Math.Log10(p.Rows) - xMin) / (xMax - xMin) * (Width - (2 * Margin)));
        double Y(double v) => Height - Margin - ((Math.Log10(Math.Max(v, 1e-9)) - yMin) / (yMax - yMin) * (Height - (2 * Margin) - (Margin / 2)));
        Series(svg, points.Select(p => (X(p), Y(bare(p)))), "#1f77b4");
        Series(svg, points.Select(p => (X(p), Y(intake(p)))), "#d62728");
        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(p):0.#}" y="{Height - Margin + 14}" text-anchor="middle">{p.Rows / 1000.0:0.#}k</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin - 4}" y="{Y(values.Min()):0.#}" text-anchor="end">{values.Min():0.##}</text>""")
            .Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin - 4}" y="{Y(values.Max()):0.#}" text-anchor="end">{values.Max():0.##}</text>""")
            .Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin}" y="{Height - 8}" fill="#1f77b4">■ bare ExcelDataReader loop</text>""")
            .Append(CultureInfo.InvariantCulture, $"""<text x="{left + Margin + 150}" y="{Height - 8}" fill="#d62728">■ intake parse</text>""");
    }

    private static void Series(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour)
    {
        var list = points.ToList();
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{colour}" stroke-width="2" points="{string.Join(' ', list.Select(p => $"{p.X:0.#},{p.Y:0.#}"))}"/>""");
        foreach (var (x, y) in list)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{x:0.#}" cy="{y:0.#}" r="3" fill="{colour}"/>""");
        }
    }
}
