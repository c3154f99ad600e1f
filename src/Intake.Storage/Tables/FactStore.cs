using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Storage.Tables;

/// <summary>Writes and sweeps the facts of one report version in IntakeFacts, in transactions of at most 100 rows of one partition.</summary>
public sealed class FactStore(TableClient facts)
{
    private const int MaxBatch = 100;

    public async Task WriteAsync(IReadOnlyList<Fact> report, string form, string submissionId, string submissionPartition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entities = report.Select(f => ToEntity(f, form, submissionId, submissionPartition));
        foreach (var partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                await facts.SubmitTransactionAsync(
                    chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Deletes every row of a report (reporter, form) in the given periods that belongs to another
    /// submission than <paramref name="currentSubmissionId"/>: what a superseded version, or a crashed
    /// earlier attempt, left behind.
    /// </summary>
    public async Task SweepAsync(IEnumerable<string> periods, string reporter, string form, string currentSubmissionId, CancellationToken cancellationToken = default)
    {
        var prefix = TableKeys.ReportKey(reporter, form);
        foreach (var period in periods.Distinct())
        {
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {period} and RowKey ge {prefix} and RowKey lt {TableKeys.RangeEnd(prefix)} and SubmissionId ne {currentSubmissionId}");
            var stale = new List<TableEntity>();
            await foreach (var row in facts.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                stale.Add(row);
            }

            foreach (var chunk in stale.Chunk(MaxBatch))
            {
                await facts.SubmitTransactionAsync(
                    chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e)),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static FactEntity ToEntity(Fact fact, string form, string submissionId, string submissionPartition)
    {
        var period = Period.TryParse(fact.Period, out var p) ? p : throw new ArgumentException($"Invalid period '{fact.Period}'.", nameof(fact));
        return new FactEntity
        {
            PartitionKey = fact.Period,
            RowKey = TableKeys.Join(fact.Reporter, form, submissionId, fact.OrgUnit, fact.Indicator, ContractNames.Of(fact.Measure)),
            Reporter = fact.Reporter,
            OrgUnit = fact.OrgUnit,
            Indicator = fact.Indicator,
            Period = fact.Period,
            PeriodStart = period.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            PeriodEnd = period.End.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Measure = ContractNames.Of(fact.Measure),
            Value = fact.Value,
            Qualifier = ContractNames.Of(fact.Qualifier),
            Unit = fact.Unit,
            RawText = fact.Raw,
            SourceCell = fact.Cell,
            SubmissionId = submissionId,
            SubmissionPartition = submissionPartition,
            Form = form,
        };
    }
}
