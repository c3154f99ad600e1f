using Intake.Core.Catalog;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakePeriodRollups</c>. PartitionKey = month, quarter or year code; RowKey = <c>orgUnit|indicator|measure</c>.
/// <see cref="From"/> and <see cref="ToRollup"/> are the mapping both ways.
/// </summary>
public sealed class PeriodRollupEntity : RollupFigureRow
{
    public string Period { get; set; } = string.Empty;

    public DateTime PeriodStart { get; set; }

    public DateTime PeriodEnd { get; set; }

    /// <summary>The last day of the latest period the value was taken from.</summary>
    public DateTime AsOf { get; set; }

    public static PeriodRollupEntity From(PeriodRollup rollup, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var row = new PeriodRollupEntity { Period = rollup.Period, PeriodStart = Date(rollup.PeriodStart), PeriodEnd = Date(rollup.PeriodEnd), AsOf = Date(rollup.AsOf) };
        row.WriteFigure(rollup.Period, rollup, computedAt);
        return row;
    }

    public PeriodRollup ToRollup() =>
        new(Period, DateOnly.FromDateTime(PeriodStart), DateOnly.FromDateTime(PeriodEnd), OrgUnitCode.Parse(OrgUnit), IndicatorCode.Parse(Indicator), ReadMeasure(),
            ReadAggregation(), Value, ReadQualifier(), ReportCount, DateOnly.FromDateTime(AsOf));

    private static DateTime Date(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
