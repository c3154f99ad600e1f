using Intake.Core.Catalog;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>A row of <c>IntakeWeeklyRollups</c>. PartitionKey = week; RowKey = <c>orgUnit|indicator|measure</c>.</summary>
public sealed class RollupEntity : RollupFigureRow
{
    public string Week { get; set; } = string.Empty;

    public DateTime WeekStart { get; set; }

    public static RollupEntity From(WeeklyRollup rollup, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var row = new RollupEntity { Week = rollup.Week, WeekStart = rollup.WeekStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) };
        row.WriteFigure(rollup.Week, rollup, computedAt);
        return row;
    }

    public WeeklyRollup ToRollup() =>
        new(Week, DateOnly.FromDateTime(WeekStart), OrgUnitCode.Parse(OrgUnit), IndicatorCode.Parse(Indicator), ReadMeasure(), ReadAggregation(), Value, ReadQualifier(), ReportCount);
}
