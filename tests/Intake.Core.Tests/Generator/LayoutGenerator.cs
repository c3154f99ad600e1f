using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Metadata;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// Composes a report from a seed the way district offices dress theirs: who reports what, one layout or several
/// tables on a sheet (or a sheet per township), title and metadata lines, blank rows, footers, the file's format,
/// and where its reporter and period are said (file name, title, a 填报单位/报告期 line, the upload's metadata, its
/// blob path, a week written without its year, only a filing date). What it must read as is known from what it
/// wrote, never from a parse.
/// </summary>
internal static class LayoutGenerator
{
    private static readonly ReportCatalog Catalog = CatalogLoader.Default;

    public static GeneratedReport Generate(int seed)
    {
        var random = new Random(seed);
        var week = Week(random);
        var code = $"{week.Year}-W{week.Number:D2}";
        var format = Pick(random, [ReportFormat.Xlsx, ReportFormat.Xlsx, ReportFormat.Xls, ReportFormat.CsvUtf8, ReportFormat.CsvUtf8Bom, ReportFormat.CsvGbk, ReportFormat.CsvUtf16, ReportFormat.Html]);
        var writer = new TableWriter(random, new Figures(random, Catalog), week, format == ReportFormat.Xlsx, format is ReportFormat.Xlsx or ReportFormat.Xls);
        var classes = new List<string> { format.ToString() };
        var overTownships = random.NextDouble() < 0.5;
        var scenario = overTownships ? Scenario.OverTheTownships(random, Catalog) : Scenario.Own(random, Catalog);
        var perTownship = overTownships && format is ReportFormat.Xlsx or ReportFormat.Xls && random.NextDouble() < 0.15;
        var sources = Sources.Pick(random);
        classes.AddRange(sources.Classes);
        var sheets = perTownship
            ? SheetPerTownship(random, writer, scenario, sources, week, classes)
            : [OneSheet(random, writer, scenario, sources, week, format, classes)];
        classes.AddRange(writer.Classes);

        var fileName = sources.FileName(random, scenario.Reporter, week) + ReportFiles.Extension(format);
        var hints = new ReportHints(
            fileName,
            sources.Has(Source.Explicit, reporter: true) ? (random.NextDouble() < 0.5 ? scenario.Reporter.Code : scenario.Reporter.NameZh) : null,
            sources.Has(Source.Explicit, reporter: false) ? code : null,
            sources.BlobPath(scenario.Reporter, code, fileName));
        return new GeneratedReport(seed, fileName, ReportFiles.Write(format, sheets), hints, scenario.Reporter.Code, code, writer.Facts, classes.Distinct().ToList(),
            string.Join("\n", sheets.Select(s => $"[{s.Name}]\n" + string.Join("\n", s.Rows.Select(r => string.Join(" | ", r.Select(c => c?.ToString() ?? "")))))));
    }

    private static SheetPlan OneSheet(Random random, TableWriter writer, Scenario scenario, Sources sources, IsoWeek week, ReportFormat format, List<string> classes)
    {
        var sheet = new SheetPlan(Pick(random, ["周报", "Sheet1", "第" + week.Number + "周", "报表"]));
        Preamble(random, sheet, scenario.Reporter, scenario.OverTownships ? scenario.Subjects : [], sources, week, mergeable: !ReportFiles.IsCsv(format), classes);
        var townships = scenario.Subjects.Where(s => s.Kind == OrgUnitKind.Township).ToList();
        if (!scenario.OverTownships)
        {
            OwnTable(random, writer, sheet, scenario.Reporter, scenario.Indicators);
        }
        else if (random.NextDouble() < 0.35)
        {
            // Several tables on one sheet: the department's own figures, then the townships'.
            classes.Add("several tables");
            var own = Catalog.Indicators.Where(i => i.Reporters.FirstOrDefault() == scenario.Reporter.Code).ToList();
            var first = Scenario.Some(random, own, 1, Math.Min(4, own.Count));
            Section(random, sheet, "一、", "本单位工作情况", classes);
            writer.Long(sheet, scenario.Reporter.Code, first);
            Between(random, sheet, "二、", "各镇街情况", classes);
            TownshipTable(random, writer, sheet, townships, scenario.Indicators, classes);
        }
        else if (random.NextDouble() < 0.15)
        {
            // The department's own table and the townships' side by side, an empty column between them.
            classes.Add("tables side by side");
            var own = Catalog.Indicators.Where(i => i.Reporters.FirstOrDefault() == scenario.Reporter.Code).ToList();
            var (left, right) = (new SheetPlan(sheet.Name), new SheetPlan(sheet.Name));
            writer.Long(left, scenario.Reporter.Code, Scenario.Some(random, own, 1, Math.Min(4, own.Count)));
            writer.Wide(right, townships, scenario.Indicators);
            SideBySide(sheet, left, right);
        }
        else
        {
            TownshipTable(random, writer, sheet, townships, scenario.Indicators, classes);
        }

        Footer(random, sheet, sources, week);
        return sheet;
    }

    private static List<SheetPlan> SheetPerTownship(Random random, TableWriter writer, Scenario scenario, Sources sources, IsoWeek week, List<string> classes)
    {
        classes.Add("sheet per township");
        var sheets = new List<SheetPlan>();
        foreach (var township in scenario.Subjects)
        {
            var sheet = new SheetPlan(township.NameZh);
            if (random.NextDouble() < 0.5)
            {
                sheet.Row($"{township.NameZh}情况");
            }

            writer.Long(sheet, township.Code, scenario.Indicators);
            sheets.Add(sheet);
        }

        // The reporter and period lines stand on the first sheet, the footer under them.
        var first = new SheetPlan("说明");
        Preamble(random, first, scenario.Reporter, scenario.Subjects, sources, week, mergeable: true, classes);
        Footer(random, first, sources, week);
        if (first.Rows.Count > 0)
        {
            sheets.Insert(0, first);
        }

        return sheets;
    }

    private static void OwnTable(Random random, TableWriter writer, SheetPlan sheet, OrgUnit reporter, IReadOnlyList<Indicator> indicators)
    {
        var choice = random.NextDouble();
        if (choice < 0.65 || indicators.Count < 2)
        {
            writer.Long(sheet, reporter.Code, indicators);
        }
        else if (choice < 0.85)
        {
            writer.MeasureRows(sheet, reporter.Code, indicators);
        }
        else
        {
            writer.SingleRow(sheet, reporter.Code, indicators);
        }
    }

    // Two tables' rows side by side: the left padded to its widest row, an empty column, then the right.
    private static void SideBySide(SheetPlan sheet, SheetPlan left, SheetPlan right)
    {
        var width = left.Rows.Count == 0 ? 0 : left.Rows.Max(r => r.Length);
        var start = sheet.NextRow;
        for (var r = 0; r < Math.Max(left.Rows.Count, right.Rows.Count); r++)
        {
            var leftCells = r < left.Rows.Count ? left.Rows[r] : [];
            var rightCells = r < right.Rows.Count ? right.Rows[r] : [];
            sheet.Row([.. leftCells, .. Enumerable.Repeat<object?>(null, width - leftCells.Length + 1), .. rightCells]);
        }

        foreach (var merge in left.Merges)
        {
            sheet.Merges.Add(Shift(merge, 0, start));
        }

        foreach (var merge in right.Merges)
        {
            sheet.Merges.Add(Shift(merge, width + 1, start));
        }
    }

    private static string Shift(string range, int columns, int rows)
    {
        var cells = range.Split(':').Select(cell =>
        {
            var letters = new string(cell.TakeWhile(char.IsAsciiLetter).ToArray());
            var column = letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1 + columns;
            return SheetPlan.Column(column) + (int.Parse(cell[letters.Length..], CultureInfo.InvariantCulture) + rows);
        });
        return string.Join(':', cells);
    }

    private static void TownshipTable(Random random, TableWriter writer, SheetPlan sheet, List<OrgUnit> townships, IReadOnlyList<Indicator> indicators, List<string> classes)
    {
        var choice = random.NextDouble();
        if (choice < 0.35)
        {
            writer.Wide(sheet, townships, indicators);
        }
        else if (choice < 0.6)
        {
            writer.Transposed(sheet, townships, indicators);
        }
        else if (choice < 0.7)
        {
            writer.MeasureColumn(sheet, townships, indicators);
        }
        else if (choice < 0.85)
        {
            writer.Tidy(sheet, townships, indicators);
        }
        else
        {
            // One long table per township, each under a section title naming it.
            classes.Add("township sections");
            var numerals = "一二三四五六七八九";
            for (var t = 0; t < townships.Count; t++)
            {
                sheet.Row($"{(random.NextDouble() < 0.5 ? numerals[t] + "、" : string.Empty)}{townships[t].NameZh}");
                writer.Long(sheet, townships[t].Code, indicators);
                if (random.NextDouble() < 0.5)
                {
                    sheet.Blank();
                }
            }
        }
    }

    // Title, 填报单位 and 报告期 lines, blank rows: what stands above the first table.
    private static void Preamble(Random random, SheetPlan sheet, OrgUnit reporter, IReadOnlyList<OrgUnit> subjects, Sources sources, IsoWeek week, bool mergeable, List<string> classes)
    {
        if (random.NextDouble() < 0.1)
        {
            sheet.Row(Pick(random, ["附件1", "附件2", "表1", "附表3"]));
            classes.Add("attachment mark");
        }

        if (sources.Title)
        {
            var name = sources.TitleNamesReporter ? ReporterName(random, reporter) : "上街区";
            var period = sources.TitleNamesPeriod ? week.Full(random) : string.Empty;
            var kind = Pick(random, ["工作周报", "周报", "工作完成情况表", "重点工作推进情况"]);
            var form = random.Next(6);
            if (sources.TitleNamesReporter && form == 0)
            {
                // 2022年第13周工作周报（区城管局）
                sheet.Row($"{period}{kind}（{name}）");
                classes.Add("reporter in title brackets");
            }
            else if (sources.TitleNamesReporter && form == 1 && reporter.Kind == OrgUnitKind.Department)
            {
                // 上街区城市管理局 over 2022年第13周工作周报
                sheet.Row(name).Row($"{period}{kind}");
                classes.Add("two-line title");
            }
            else
            {
                sheet.Row($"{name}{period}{kind}");
            }

            if (mergeable && random.NextDouble() < 0.5)
            {
                sheet.MergeLast(0, 3);
            }
        }

        if (subjects.Count > 1 && random.NextDouble() < 0.25)
        {
            // 峡窝镇等6个镇街安全隐患排查情况: whom the table is about, not who wrote it.
            sheet.Row($"{subjects[0].NameZh}等{subjects.Count}个镇（街道）工作情况");
            classes.Add("subjects in title");
        }

        if (random.NextDouble() < 0.15)
        {
            sheet.Row(random.NextDouble() < 0.5 ? $"（数据截至{week.Sunday.Month}月{week.Sunday.Day}日）" : "（累计数自1月1日起）");
            classes.Add("cut-off date line");
        }

        var reporterLine = sources.Has(Source.Cell, reporter: true);
        var periodLine = sources.Has(Source.Cell, reporter: false);
        var periodText = periodLine ? (sources.YearlessWeek ? week.Yearless(random) : week.Stated(random)) : null;
        if (reporterLine || periodLine)
        {
            var pairs = random.NextDouble() < 0.3;
            var cells = new List<object?>();
            var label = Pick(random, ["填报单位", "填报单位", "报送单位", "单位名称", "填报单位（盖章）"]);
            if (reporterLine)
            {
                cells.AddRange(pairs ? [label, ReporterName(random, reporter)] : [$"{label}：{ReporterName(random, reporter)}"]);
            }

            if (periodLine)
            {
                cells.AddRange(pairs ? ["报告期", periodText] : [$"报告期：{periodText}"]);
            }

            if (!pairs && cells.Count == 2 && random.NextDouble() < 0.5)
            {
                cells = [$"{cells[0]}　{cells[1]}"];
            }

            sheet.Row([.. cells]);
        }

        if (random.NextDouble() < 0.3)
        {
            sheet.Blank();
        }
    }

    private static void Footer(Random random, SheetPlan sheet, Sources sources, IsoWeek week)
    {
        if (random.NextDouble() < 0.3)
        {
            sheet.Blank();
        }

        if (random.NextDouble() < 0.4)
        {
            sheet.Row("填报人：张三", null, "审核人：李四");
        }

        // A filing date gives the week only when nothing else does; else it is the Tuesday after, in another week.
        if (sources.FilingDateOnly || random.NextDouble() < 0.4)
        {
            var filed = sources.FilingDateOnly ? week.Sunday.AddDays(-random.Next(0, 3)) : week.Sunday.AddDays(2);
            sheet.Row($"填报日期：{filed.Year}年{filed.Month}月{filed.Day}日");
        }
    }

    private static void Section(Random random, SheetPlan sheet, string number, string title, List<string> classes)
    {
        if (random.NextDouble() < 0.7)
        {
            sheet.Row(number + title);
            classes.Add("section titles");
        }
    }

    private static void Between(Random random, SheetPlan sheet, string number, string title, List<string> classes)
    {
        var choice = random.NextDouble();
        if (choice < 0.4)
        {
            sheet.Row(number + title);
            classes.Add("section titles");
        }
        else if (choice < 0.7)
        {
            sheet.Blank();
            classes.Add("blank between tables");
        }
        else
        {
            classes.Add("tables back to back");
        }
    }

    private static string ReporterName(Random random, OrgUnit unit) =>
        random.NextDouble() < 0.6 ? unit.NameZh : Pick(random, unit.Aliases.ToArray());

    private static IsoWeek Week(Random random) => new(random.Next(2021, 2026), random.Next(1, 53));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}

/// <summary>An ISO week and the ways offices write it.</summary>
internal sealed record IsoWeek(int Year, int Number)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>With its year: 2022年第13周, 2022-W13, 二〇二二年第十三周.</summary>
    public string Full(Random random) => random.Next(3) switch
    {
        0 => $"{Year}年第{Number}周",
        1 => $"{Year}-W{Number:D2}",
        _ => $"{Year}年第{Number}周",
    };

    /// <summary>Without its year: 第13周, or its days (3月28日-4月3日) when they fall in one year.</summary>
    public string Yearless(Random random) =>
        random.Next(2) == 0 || Monday.Year != Sunday.Year ? $"第{Number}周" : $"{Monday.Month}月{Monday.Day}日-{Sunday.Month}月{Sunday.Day}日";

    /// <summary>As a 报告期 line states it: the week, or its days.</summary>
    public string Stated(Random random) => random.Next(3) switch
    {
        0 => Full(random),
        1 => $"{Monday.Year}年{Monday.Month}月{Monday.Day}日-{(Sunday.Year != Monday.Year ? $"{Sunday.Year}年" : string.Empty)}{Sunday.Month}月{Sunday.Day}日",
        _ => $"{Monday.Year}年{Monday.Month}月{Monday.Day}日至{Sunday.Year}年{Sunday.Month}月{Sunday.Day}日",
    };
}
