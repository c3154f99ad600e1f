using Intake.Core.Messages;
using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Reading;
using Intake.Core.Validation;

namespace Intake.Core.Reports;

/// <summary>
/// Turns one uploaded file into a <see cref="ParseResult"/>: reads every visible sheet, settles
/// reporter and period, validates the whole report. Never throws for bad content: whatever the
/// file is, the result says what is wrong with it. Only the readers' own unreadable-file failures
/// become a result; anything else is a bug and propagates (the function retries, the CLI exits 3).
/// </summary>
public sealed class ReportParser(ReportCatalog catalog, ReadLimits limits, ISheetTableReader tables, PeriodRange periods)
{
    public ReportParser(ReportCatalog catalog, ReadLimits limits)
        : this(catalog, limits, new SheetTableReader(catalog))
    {
    }

    public ReportParser(ReportCatalog catalog, ReadLimits limits, ISheetTableReader tables)
        : this(catalog, limits, tables, new PeriodRange(PeriodRange.DefaultFirstYear, TimeProvider.System))
    {
    }

    /// <summary>
    /// Parses on a worker thread within the time limit (<see cref="ParseDeadline"/>): what the CLI and the
    /// blob trigger call. <paramref name="open"/> runs on the worker too, so even opening cannot block the caller.
    /// Cancelling <paramref name="cancellationToken"/> stops the parse itself at its next read or row, not only the wait.
    /// </summary>
    public async Task<ParseResult> ParseAsync(Func<Stream> open, ReportHints hints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        // Cancelled when the caller goes, and once the wait is over whatever ended it: a parse given up on at its time
        // limit stops at its next read too, instead of running on in the background.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            return await ParseDeadline.RunAsync(
                () =>
                {
                    stop.Token.ThrowIfCancellationRequested();
                    using var stream = new CancellableStream(open(), stop.Token);
                    return Parse(stream, hints, stop.Token);
                },
                waited => Unreadable(hints, MessageCatalog.TimedOut(waited.TotalSeconds)),
                limits.MaxParseTime,
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    public ParseResult Parse(Stream stream, ReportHints hints) => Parse(stream, hints, CancellationToken.None);

    private ParseResult Parse(Stream stream, ReportHints hints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(hints);
        var sheets = new List<SheetExtraction>();
        try
        {
            foreach (var sheet in SpreadsheetReader.Read(stream, limits))
            {
                sheets.Add(tables.Read(sheet with { Rows = UntilCancelled(sheet.Rows, cancellationToken) }));
            }
        }
        catch (UnreadableFileException ex)
        {
            return Unreadable(hints, ex.Reason);
        }

        var metadata = WithRowsPeriod(ReportMetadataResolver.Resolve(catalog, hints, sheets.SelectMany(s => s.MetadataLines).ToList()), sheets);
        var issues = new IssueList(limits.MaxIssues);
        issues.AddRange(metadata.Issues);
        issues.AddRange(sheets.SelectMany(s => s.Issues));
        var raw = Values(sheets);
        raw.DateYearToDate(metadata.Period);
        // Nothing stored and nothing wrong said why: the report holds no data (a sheet of numbers under no header, or
        // a column of numbers no rule explains, said only part of it).
        if (raw.Count == 0 && issues.ErrorCount == 0)
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.NoData, null, null,
                sheets.Any(s => s.HasTable) ? MessageCatalog.NoValues : MessageCatalog.NoTable));
        }

        CheckSettled(raw, metadata, issues);
        cancellationToken.ThrowIfCancellationRequested();
        var validated = ReportValidator.Validate(catalog, raw, metadata.Reporter, metadata.Period, limits.MaxIssues);
        issues.AddRange(validated.Issues);
        issues.AddRange(ReportingScope.Check(catalog, validated.Facts, limits.MaxIssues));
        issues.AddRange(periods.Check(metadata.Period, validated.Facts, limits.MaxIssues));
        var rejected = issues.ErrorCount > 0;
        return new ParseResult(hints.FileName, metadata.Reporter, metadata.Period, rejected ? [] : validated.Facts, issues,
            issues.OmittedErrors, issues.OmittedWarnings);
    }

    private static IEnumerable<SheetRow> UntilCancelled(IEnumerable<SheetRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    // A bulk import whose every row names one and the same period, and that nothing else dates, is that period's report.
    private static ReportMetadata WithRowsPeriod(ReportMetadata metadata, List<SheetExtraction> sheets)
    {
        if (metadata.Period is not null || metadata.Issues.Any(i => i.Code is IssueCodes.PeriodConflict or IssueCodes.PeriodMissing))
        {
            return metadata;
        }

        string? common = null;
        foreach (var value in sheets.SelectMany(s => s.Facts).Where(v => !v.IsTotal))
        {
            if (value.Period is null || (common is not null && common != value.Period))
            {
                return metadata;
            }

            common = value.Period;
        }

        // A year-to-date value's placeholder (dated only once the report's period is known) is not a period.
        return Period.TryParse(common, out var period) ? metadata with { Period = period } : metadata;
    }

    // The values of every sheet, in order. A 汇总 sheet beside sheets of detail only totals them; alone, it is the report.
    // One sheet's values are taken as they are, not copied: a history import holds hundreds of thousands.
    private static ValueTable Values(List<SheetExtraction> sheets)
    {
        var withValues = sheets.Where(s => s.Facts.Count > 0).ToList();
        if (withValues.Count == 1)
        {
            return withValues[0].Facts;
        }

        var detailed = withValues.Any(s => !s.IsTotalSheet);
        var all = new ValueTable();
        foreach (var sheet in withValues)
        {
            foreach (var value in sheet.Facts)
            {
                all.Add(sheet.IsTotalSheet && detailed ? value with { Total = TotalKind.Grand } : value);
            }
        }

        return all;
    }

    // A report whose reporter, or the period of one of its detail values, is not settled is rejected; a conflict
    // or an unknown reporter already said why.
    private static void CheckSettled(ValueTable raw, ReportMetadata metadata, IssueList issues)
    {
        var periodMissing = false;
        for (var i = 0; metadata.Period is null && !periodMissing && i < raw.Count; i++)
        {
            periodMissing = !raw.IsTotal(i) && !raw.NamesPeriod(i);
        }

        if (metadata.Reporter is null
            && !issues.Any(i => i.Code == IssueCodes.ReporterConflict || (i.Code == IssueCodes.UnknownOrgUnit && i.Cell is null)))
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.ReporterMissing, null, null, MessageCatalog.ReporterMissing));
        }

        if (periodMissing && !issues.Any(i => i.Code is IssueCodes.PeriodConflict or IssueCodes.PeriodMissing))
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodMissing, null, null, MessageCatalog.PeriodMissing));
        }
    }

    // Nothing inside the file can be read, but its name, its path and the upload's metadata may still
    // say whose it is and for when: the rejection is then recorded under them, so the office knows whom to call.
    private ParseResult Unreadable(ReportHints hints, LocalizedText reason)
    {
        var named = ReportMetadataResolver.Resolve(catalog, hints, []);
        return new ParseResult(hints.FileName, named.Reporter, named.Period, [],
            [new ReportIssue(Severity.Error, IssueCodes.UnreadableFile, null, null, MessageCatalog.FileUnreadable(reason))]);
    }
}
