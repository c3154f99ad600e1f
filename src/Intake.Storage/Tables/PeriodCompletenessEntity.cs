using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeCompleteness</c> for a month, quarter or year: PartitionKey = the period code, RowKey = reporter.
/// <see cref="Received"/> and <see cref="OnTime"/> hold for every counted week; <see cref="From"/> and
/// <see cref="ToCompleteness"/> are the mapping both ways.
/// </summary>
public sealed class PeriodCompletenessEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The period code (the property keeps the name of the weekly rows).</summary>
    public string Week { get; set; } = string.Empty;

    public string Reporter { get; set; } = string.Empty;

    public bool Expected { get; set; }

    public bool Received { get; set; }

    public bool OnTime { get; set; }

    public int Weeks { get; set; }

    public int WeeksReceived { get; set; }

    public int WeeksOnTime { get; set; }

    public static PeriodCompletenessEntity From(PeriodCompleteness completeness)
    {
        ArgumentNullException.ThrowIfNull(completeness);
        return new PeriodCompletenessEntity
        {
            PartitionKey = completeness.Period,
            RowKey = completeness.Reporter,
            Week = completeness.Period,
            Reporter = completeness.Reporter,
            Expected = completeness.Expected,
            Received = completeness.Complete,
            OnTime = completeness.WeeksOnTime == completeness.Weeks,
            Weeks = completeness.Weeks,
            WeeksReceived = completeness.WeeksReceived,
            WeeksOnTime = completeness.WeeksOnTime,
        };
    }

    public PeriodCompleteness ToCompleteness() => new(Week, OrgUnitCode.Parse(Reporter), Expected, Weeks, WeeksReceived, WeeksOnTime);
}
