using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// Key layout of IntakeFacts (docs/storage-schema.md). A day's facts and a week's facts share the partition of
/// their ISO week (Asia/Shanghai, <c>2022-W13</c>), so a week's rollup reads the days and the week in one partition
/// and a history import of years of days lands in a few hundred partitions instead of thousands; a month's,
/// quarter's or year's facts keep a partition of their own period. The RowKey starts with the fact's own period,
/// so one day, or the week fact alone, is the RowKey range <c>period|</c> .. <c>period}</c> of its partition.
/// </summary>
public static class FactKeys
{
    /// <summary>The partition of the facts of <paramref name="period"/>: its ISO week for a day or a week, else the period itself.</summary>
    public static string Partition(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind is PeriodKind.Day or PeriodKind.Week ? Period.Week(period.Start).Code : period.Code;
    }

    /// <summary>The partition of the facts of the period <paramref name="periodCode"/> (<c>2022-03-28</c> → <c>2022-W13</c>).</summary>
    public static string Partition(string periodCode) => Partition(Parse(periodCode));

    /// <summary>
    /// <c>period|reporter|form|submissionId|orgUnit|indicator|measure</c>: unique within the partition, and every
    /// fact of one period is one RowKey range of it (<see cref="PeriodFilter"/>).
    /// </summary>
    public static string RowKey(string period, string reporter, string form, string submissionId, string orgUnit, string indicator, string measure) =>
        TableKeys.Join(period, reporter, form, submissionId, orgUnit, indicator, measure);

    /// <summary>
    /// The filter of every row of the period <paramref name="periodCode"/>: the RowKey range <c>period|</c> ..
    /// <c>period}</c> of its partition (<c>}</c> follows the separator <c>|</c>).
    /// </summary>
    public static string PeriodFilter(string periodCode) => PeriodsFilter(Partition(periodCode), periodCode, periodCode);

    /// <summary>
    /// The filter of the rows of one partition whose periods lie from <paramref name="firstPeriod"/> to
    /// <paramref name="lastPeriod"/> (codes of that partition, in key order).
    /// </summary>
    public static string PeriodsFilter(string partition, string firstPeriod, string lastPeriod) =>
        IntakeStorage.Filter(
            $"PartitionKey eq {partition} and RowKey ge {PeriodPrefix(firstPeriod)} and RowKey lt {TableKeys.RangeEnd(lastPeriod)}");

    private static string PeriodPrefix(string periodCode) => periodCode + TableKeys.Separator;

    /// <summary>
    /// The IntakeFacts partitions the rollup of <paramref name="week"/> reads, oldest first: the partitions of the week
    /// and of the <paramref name="lookbackWeeks"/> weeks before it (their days and weekly facts), and those of the months,
    /// quarters and years ending in that window (<see cref="RollupWindow.Periods"/>). Each is read whole.
    /// </summary>
    public static IReadOnlyList<string> RollupPartitions(Period week, int lookbackWeeks)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (week.Kind != PeriodKind.Week)
        {
            throw new ArgumentException($"Rollups are built per ISO week, not for '{week.Code}'.", nameof(week));
        }

        return RollupWindow.Periods(week, lookbackWeeks).Select(Partition).Distinct(StringComparer.Ordinal).ToList();
    }

    private static Period Parse(string periodCode) =>
        Period.TryParse(periodCode, out var period) ? period : throw new ArgumentException($"Invalid period '{periodCode}'.", nameof(periodCode));
}
