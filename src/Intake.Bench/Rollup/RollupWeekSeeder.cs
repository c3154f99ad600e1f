using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;

namespace Intake.Bench.Rollup;

/// <summary>
/// Fills one ISO week with a given number of current facts, stored as <c>intake ingest</c> stores accepted first
/// versions: the rows <see cref="FactEntity.From"/> makes, in transactions of 100 rows of one partition (as
/// <see cref="FactStore.WriteAsync"/> writes them), then the submissions' ledger rows, current, as
/// <see cref="SubmissionLedger.SwitchCurrentAsync"/> writes a first version (nothing to supersede), so that
/// <see cref="CurrentFactReader"/> and the rollup see them as they see any accepted report. What differs from
/// ingest is only how they are sent: rows of many submissions share a transaction, every fact is written before
/// any submission is current, and rows are inserted rather than upserted (the week is empty, and Azurite looks each
/// row of an upsert up twice).
/// </summary>
/// <remarks>
/// <para>
/// A fact's key is (reporter, form, submission, org unit, indicator, measure) within its period, and the default
/// catalog has 12 org units and 28 indicators: one week of real reports (7 days and the week) holds a few
/// thousand distinct numbers. A million facts in one week therefore means each number reported many times, as
/// when every office files the same figures on many forms (周报, 万人助万企, 专项台账 …). That is what is seeded:
/// each reporter (the departments and townships of the catalog) files <c>F</c> forms for the week; each form is
/// one accepted submission of the week (submission partition = the week, like a weekly workbook with a column per
/// day and a week total) carrying, for every indicator the catalog lets it report, a day fact for each of the 7
/// days and a week fact, for the period measure and, for summed indicators, the cumulative one. A township reports
/// its own row; a department reports its own row and, for indicators the townships report too, a row per township
/// (a department's table of the townships). <c>F</c> is as many forms as the fact count asks; the last submission
/// is cut short to hit the count exactly.
/// </para>
/// <para>
/// None of it is a duplicate the rollup would skip unread: every submission is current, so every fact is read and
/// joined to its submission, grouped with the other reports of the same number, ordered (the org unit's own report
/// first, then the latest received) and one is chosen. The forms agree, except that for about one number in 25 the
/// last form a reporter filed states one more, which the rollup reports as a conflict in IntakeReconciliation.
/// </para>
/// </remarks>
public sealed class RollupWeekSeeder(ReportCatalog catalog, IntakeStorage storage)
{
    /// <summary>Writes <paramref name="count"/> current facts of <paramref name="week"/> and returns how many submissions carry them.</summary>
    public async Task<int> SeedAsync(Period week, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var periods = Enumerable.Range(0, 7).Select(d => Period.Day(week.Start.AddDays(d))).Append(week).ToList();
        var rows = Rows();
        var perForm = rows.Sum(r => r.Rows.Count) * periods.Count;
        var forms = Math.Max(1, (count + perForm - 1) / perForm);
        var monday = new DateTimeOffset(week.End.AddDays(1).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), TimeSpan.Zero);
        var submissions = new List<Submission>();
        var left = count;
        for (var form = 1; left > 0; form++)
        {
            foreach (var (reporter, reporterRows) in rows)
            {
                var take = Math.Min(left, reporterRows.Count * periods.Count);
                if (take > 0)
                {
                    var index = submissions.Count;
                    var formName = $"bench-form-{form:D4}";
                    var blobName = $"{reporter}/{reporter}{week.Code}{formName}.xlsx";
                    submissions.Add(new Submission(reporter, formName, form == forms, reporterRows, take,
                        SubmissionIds.For(blobName, new ETag($"0x{index:X8}")), blobName, monday.AddSeconds(index)));
                    left -= take;
                }
            }
        }

        // A submission's facts run through its periods in order (days, then the week), cut after Take of them.
        var facts = new FactStore(storage);
        foreach (var (period, p) in periods.Select((period, p) => (period, p)))
        {
            var entities = submissions
                .SelectMany(s => s.Rows.Take(Math.Clamp(s.Take - (p * s.Rows.Count), 0, s.Rows.Count))
                    .Select((row, line) => FactEntity.From(Fact(s.Reporter, row, period, s.LastForm, line), s.Form, s.SubmissionId, week.Code)))
                .ToList();
            await facts.WriteRowsAsync(entities, cancellationToken).ConfigureAwait(false);
        }

        var ledger = submissions.Select(s => new SubmissionEntity
        {
            PartitionKey = week.Code,
            RowKey = TableKeys.Join(s.Reporter, s.Form, s.SubmissionId),
            SubmissionId = s.SubmissionId,
            Reporter = s.Reporter,
            Period = week.Code,
            Form = s.Form,
            BlobName = s.BlobName,
            ContentSha256 = s.SubmissionId,
            State = SubmissionStatus.Accepted,
            FactCount = s.Take,
            ReceivedAt = s.ReceivedAt,
            ProcessedAt = s.ReceivedAt.AddSeconds(1),
            FactPeriods = PeriodList.Compact(periods.Take((s.Take + s.Rows.Count - 1) / s.Rows.Count).Select(p => p.Code)),
            IssuesJson = "[]",
        }).ToList();
        await new SubmissionLedger(storage).RecordAllAsync(ledger, cancellationToken).ConfigureAwait(false);
        return submissions.Count;
    }

    private sealed record Submission(
        OrgUnitCode Reporter, string Form, bool LastForm, List<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure)> Rows, int Take,
        string SubmissionId, string BlobName, DateTimeOffset ReceivedAt);

    // Per reporter, the (org unit, indicator, measure) rows of one of its forms, in catalog order.
    private List<(OrgUnitCode Reporter, List<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure)> Rows)> Rows()
    {
        var townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).Select(u => u.Code).ToList();
        return catalog.ExpectedReporters
            .Select(reporter => (reporter.Code, catalog.Indicators
                .Where(i => i.Reporters.Contains(reporter.Code) || (reporter.Kind == OrgUnitKind.Township && i.Reporters.Contains("townships")))
                .SelectMany(i => (reporter.Kind == OrgUnitKind.Department && i.Reporters.Contains("townships") ? townships.Prepend(reporter.Code) : [reporter.Code])
                    .SelectMany(orgUnit => (i.TimeAggregation == Aggregation.Sum ? new[] { Measure.Period, Measure.Cumulative } : [Measure.Period])
                        .Select(measure => (orgUnit, i, measure))))
                .ToList()))
            .Where(r => r.Item2.Count > 0)
            .ToList();
    }

    private static Fact Fact(OrgUnitCode reporter, (OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure) row, Period period, bool lastForm, int line)
    {
        var hash = Stable($"{row.OrgUnit}|{row.Indicator.Code}|{ContractNames.Of(row.Measure)}|{period.Code}");
        var value = (double)((hash % 50) + 1);
        if (row.Indicator.ValueType == IndicatorValueType.Percent)
        {
            value /= 2;
        }

        if (row.Measure == Measure.Cumulative)
        {
            value *= 10;
        }

        if (lastForm && hash % 25 == 0)
        {
            value += 1;
        }

        var raw = value.ToString(CultureInfo.InvariantCulture);
        return new Fact(reporter, row.OrgUnit, row.Indicator.Code, period, row.Measure, value, Qualifier.Exact, row.Indicator.Unit, raw,
            $"{(char)('B' + (period.Kind == PeriodKind.Week ? 7 : period.Start.DayNumber % 7))}{line + 3}");
    }

    // FNV-1a: the same value for the same number in every run and on every machine (string.GetHashCode is not).
    private static uint Stable(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
