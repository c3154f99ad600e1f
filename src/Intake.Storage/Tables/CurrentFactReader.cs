using Azure.Data.Tables;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// Reads the current facts of a period, or of a whole partition: the rows of IntakeFacts whose submission is current
/// (accepted or accepted_with_warnings) in IntakeSubmissions, asking each table's owner (<see cref="FactStore"/>,
/// <see cref="SubmissionLedger"/>). Joining on the submission is what
/// keeps a reader from seeing a half-switched report; docs/storage-schema.md gives the same
/// recipe to Power BI and scripts.
/// </summary>
public sealed class CurrentFactReader(IntakeStorage storage)
{
    private readonly FactStore _facts = new(storage);
    private readonly SubmissionLedger _ledger = new(storage);

    private const int MaxAttempts = 5;

    // The columns a current fact is made of: a third less to send and to read than whole rows.
    private static readonly string[] FactColumns =
    [
        nameof(FactEntity.Reporter), nameof(FactEntity.OrgUnit), nameof(FactEntity.Indicator), nameof(FactEntity.Period),
        nameof(FactEntity.Measure), nameof(FactEntity.Value), nameof(FactEntity.Qualifier), nameof(FactEntity.Unit),
        nameof(FactEntity.RawText), nameof(FactEntity.SourceCell), nameof(FactEntity.SubmissionId), nameof(FactEntity.SubmissionPartition),
    ];

    public async Task<List<Fact>> ReadAsync(string period, CancellationToken cancellationToken = default) =>
        (await ReadSourcedAsync(period, cancellationToken).ConfigureAwait(false)).Select(f => f.Fact).ToList();

    /// <summary>The current facts of a period, each with the submission it belongs to: one RowKey range of its partition.</summary>
    public Task<List<SourcedFact>> ReadSourcedAsync(string period, CancellationToken cancellationToken = default)
    {
        var filter = FactKeys.PeriodFilter(period);
        // A day's facts mostly come from reports of its week, whose submissions are filed under the week.
        return ReadCurrentAsync(filter, [period, FactKeys.Partition(period)], cancellationToken);
    }

    /// <summary>
    /// The current facts of one whole partition of IntakeFacts (a week's days and the week itself, or a month, quarter
    /// or year; see <see cref="FactKeys.Partition(string)"/>), each with the submission it belongs to.
    /// </summary>
    public Task<List<SourcedFact>> ReadPartitionSourcedAsync(string partition, CancellationToken cancellationToken = default) =>
        ReadCurrentAsync(IntakeStorage.Filter($"PartitionKey eq {partition}"), [partition], cancellationToken);

    // The submissions are first looked for in submissionPartitions; a fact filed under another partition adds it.
    private async Task<List<SourcedFact>> ReadCurrentAsync(string filter, string[] submissionPartitions, CancellationToken cancellationToken)
    {
        // Statuses, then facts, then statuses again: when no version became or stopped being current
        // in between, the facts read belong to complete current versions (a version's facts are all
        // written before it becomes current and are swept only after it stops being current).
        var partitions = new HashSet<string>(submissionPartitions, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            var before = await _ledger.CurrentAsync(partitions, cancellationToken).ConfigureAwait(false);
            var rows = await _facts.ReadRowsAsync(filter, FactColumns, cancellationToken).ConfigureAwait(false);
            var seen = rows.Select(r => r.SubmissionPartition).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (!seen.IsSubsetOf(partitions))
            {
                partitions.UnionWith(seen);
                continue;
            }

            var after = await _ledger.CurrentAsync(partitions, cancellationToken).ConfigureAwait(false);
            if (before.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(after.Keys) || attempt >= MaxAttempts)
            {
                return rows
                    .Where(r => after.ContainsKey(r.SubmissionId))
                    .Select(r => new SourcedFact(
                        r.ToFact(),
                        r.SubmissionId,
                        after[r.SubmissionId].BlobName,
                        after[r.SubmissionId].ReceivedAt))
                    .ToList();
            }
        }
    }
}
