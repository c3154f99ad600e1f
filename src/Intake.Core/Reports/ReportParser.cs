using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Validation;

namespace Intake.Core.Reports;

/// <summary>
/// Turns one uploaded file into a <see cref="ParseResult"/>: reads every visible sheet, settles
/// reporter and period, validates the whole report. Never throws for bad content: whatever the
/// file is, the result says what is wrong with it.
/// </summary>
public sealed class ReportParser(ReportCatalog catalog, ReadLimits limits)
{
    /// <summary>
    /// Parses on a worker thread within the time limit (<see cref="ParseDeadline"/>): what the CLI and the
    /// blob trigger call. <paramref name="open"/> runs on the worker too, so even opening cannot block the caller.
    /// </summary>
    public Task<ParseResult> ParseAsync(Func<Stream> open, ReportHints hints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        return ParseDeadline.RunAsync(
            () =>
            {
                using var stream = open();
                return Parse(stream, hints);
            },
            hints,
            limits.MaxParseTime,
            cancellationToken);
    }

    public ParseResult Parse(Stream stream, ReportHints hints)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(hints);
        var sheets = new List<SheetExtraction>();
        try
        {
            foreach (var sheet in SpreadsheetReader.Read(stream, limits))
            {
                sheets.Add(SheetTableReader.Read(catalog, sheet));
            }
        }
        catch (UnreadableFileException ex)
        {
            return Unreadable(hints, ex.MessageZh, ex.Message);
        }
        catch (OutOfMemoryException ex)
        {
            // One oversized allocation (a length read from a broken file) fails alone and leaves the
            // process sound: the file is what is wrong.
            return Unreadable(hints, "文件结构异常，读取它所需的内存超出上限，未读取", $"reading the file needs too much memory: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // ExcelDataReader and the zip and XML layers below it throw many types on broken files.
            return Unreadable(hints, "文件已损坏或格式不正确，无法读取，请在 Excel 中重新保存后上传", $"the file cannot be read: {ex.GetType().Name}: {ex.Message}");
        }

        var metadata = ReportMetadataResolver.Resolve(catalog, hints, sheets.SelectMany(s => s.MetadataLines).ToList());
        var issues = new List<ReportIssue>(metadata.Issues);
        issues.AddRange(sheets.SelectMany(s => s.Issues));
        // A 汇总 sheet beside sheets of detail only totals them; alone, it is the report.
        var detailed = sheets.Any(s => !s.IsTotalSheet && s.Facts.Count > 0);
        var raw = sheets.SelectMany(s => s.IsTotalSheet && detailed ? s.Facts.Select(f => f with { IsTotal = true }) : s.Facts).ToList();
        if (raw.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.NoData, null, null,
                sheets.Any(s => s.HasTable) ? "表格中没有填写任何数值" : "文件中没有找到指标表格：表头应有“指标”“本期/累计”列，或“乡镇（街道）”列和指标名称列",
                sheets.Any(s => s.HasTable) ? "the table holds no values" : "no indicator table found (a header with 指标 and 本期/累计, or 乡镇（街道） and indicator names)"));
        }

        var facts = Resolve(raw.Where(r => !r.IsTotal), metadata, issues);
        issues.AddRange(ReportValidator.Validate(catalog, facts, raw.Where(r => r.IsTotal).ToList()));
        var rejected = issues.Any(i => i.Severity == Severity.Error);
        return new ParseResult(hints.FileName, metadata.Reporter, metadata.Period, rejected ? [] : facts, issues);
    }

    private static List<Fact> Resolve(IEnumerable<RawFact> raw, ReportMetadata metadata, List<ReportIssue> issues)
    {
        var facts = new List<Fact>();
        var periodMissing = false;
        foreach (var r in raw)
        {
            var period = r.Period ?? metadata.Period;
            periodMissing |= period is null;
            if (metadata.Reporter is { } reporter && period is not null)
            {
                facts.Add(new Fact(reporter, r.OrgUnit ?? reporter, r.Indicator, period, r.Measure, r.Value, r.Qualifier, r.Unit, r.Raw, r.Cell));
            }
        }

        if (metadata.Reporter is null
            && !issues.Any(i => i.Code == IssueCodes.ReporterConflict || (i.Code == IssueCodes.UnknownOrgUnit && i.Cell is null)))
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.ReporterMissing, null, null,
                "无法确定填报单位：请在表头写“填报单位：××”，或在文件名中写明单位（如“城管局2022年第13周周报.xlsx”）",
                "the reporter is not known: write 填报单位：… in the sheet or name the reporter in the file name"));
        }

        if (periodMissing && !issues.Any(i => i.Code is IssueCodes.PeriodConflict or IssueCodes.PeriodMissing))
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodMissing, null, null,
                "无法确定报告期：请在表头写“报告期：2022年第13周”，或在文件名中写明（如“峡窝镇2022年第13周周报.xlsx”）",
                "the period is not known: write 报告期：2022年第13周 in the sheet or put the week in the file name"));
        }

        return facts.DistinctBy(f => (f.OrgUnit, f.Indicator, f.Period, f.Measure, f.Value, f.Qualifier)).ToList();
    }

    private static ParseResult Unreadable(ReportHints hints, string zh, string en) =>
        new(hints.FileName, null, null, [],
            [new ReportIssue(Severity.Error, IssueCodes.UnreadableFile, null, null, $"无法读取文件：{zh}", $"the file cannot be read: {en}")]);
}
