using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Core.Submissions;

namespace Intake.Storage.Tables;

/// <summary>
/// The owner of IntakeSubmissions, and the one definition of which version of a report is current
/// (<see cref="SubmissionStatuses.IsCurrent"/>). All versions of one report share a partition (its period),
/// so switching the current version — new one in, old one superseded — is one transaction. Every read names its
/// partitions: nothing here scans the table.
/// </summary>
public sealed class SubmissionLedger(IntakeStorage storage)
{
    private const int MaxBatch = 100;

    private TableClient Submissions => storage.Submissions;

    /// <summary>Every submission of one report (period, reporter, form).</summary>
    public async Task<List<SubmissionEntity>> ListReportAsync(string period, string reporter, string form, CancellationToken cancellationToken = default)
    {
        var prefix = TableKeys.ReportKey(reporter, form);
        var filter = IntakeStorage.Filter($"PartitionKey eq {period} and RowKey ge {prefix} and RowKey lt {TableKeys.RangeEnd(prefix)}");
        var found = new List<SubmissionEntity>();
        await foreach (var entity in Submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(entity);
        }

        return found;
    }

    /// <summary>Records a submission that changes no current version (rejected, duplicate, stale).</summary>
    public Task RecordAsync(SubmissionEntity submission, CancellationToken cancellationToken = default) =>
        Submissions.UpsertEntityAsync(submission, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Makes <paramref name="submission"/> the current version and marks <paramref name="replaced"/>
    /// superseded, atomically. Fails with 412 when another worker changed a replaced row meanwhile.
    /// </summary>
    public async Task SwitchCurrentAsync(SubmissionEntity submission, IReadOnlyList<SubmissionEntity> replaced, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpsertReplace, submission) };
        foreach (var old in replaced)
        {
            old.State = SubmissionStatus.Superseded;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, old, old.ETag));
        }

        await Submissions.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The submissions of a week and of its days that were accepted at some point (current, superseded or duplicate):
    /// what completeness counts, besides imports whose facts fall on the week.
    /// </summary>
    public async Task<List<ReportReceipt>> ReceiptsAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var receipts = new List<ReportReceipt>();
        var partitions = Enumerable.Range(0, 7).Select(d => Period.Day(week.Start.AddDays(d)).Code).Prepend(week.Code);
        foreach (var partition in partitions)
        {
            var rows = Submissions.QueryAsync<SubmissionEntity>(
                IntakeStorage.Filter($"PartitionKey eq {partition}"),
                select: ["SubmissionId", "Reporter", "Period", "Status", "ReceivedAt"],
                cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (row.State != SubmissionStatus.Rejected && row.Reporter.Length > 0)
                {
                    receipts.Add(new ReportReceipt(OrgUnitCode.Parse(row.Reporter), row.Period, row.SubmissionId, row.ReceivedAt));
                }
            }
        }

        return receipts;
    }

    /// <summary>Records many submissions at once, in transactions per partition (the bench seeds a week this way).</summary>
    public Task RecordAllAsync(IEnumerable<SubmissionEntity> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var batches = rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(MaxBatch));
        return Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = FactStore.ParallelPartitions, CancellationToken = cancellationToken }, async (batch, ct) =>
            await Submissions.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct).ConfigureAwait(false));
    }

    /// <summary>The current submissions filed under <paramref name="partitions"/>, by submission id (id, status, file and time only).</summary>
    public async Task<Dictionary<string, SubmissionEntity>> CurrentAsync(IEnumerable<string> partitions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        var current = new Dictionary<string, SubmissionEntity>(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var rows = Submissions.QueryAsync<SubmissionEntity>(
                IntakeStorage.Filter($"PartitionKey eq {partition}"), select: ["SubmissionId", "Status", "BlobName", "ReceivedAt"], cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (row.State.IsCurrent())
                {
                    current[row.SubmissionId] = row;
                }
            }
        }

        return current;
    }

    /// <summary>
    /// The submission <paramref name="submissionId"/>, looked for where the upload can have been filed: under
    /// <paramref name="period"/> (the period the page's preview read) and under <see cref="TableKeys.UnknownPeriod"/>
    /// (a report whose period could not be read). Without a period only the latter is read. Null when not (yet) recorded.
    /// </summary>
    public async Task<SubmissionEntity?> FindAsync(string submissionId, Period? period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submissionId);
        var partitions = period is null ? [TableKeys.UnknownPeriod] : new[] { period.Code, TableKeys.UnknownPeriod };
        foreach (var partition in partitions)
        {
            var rows = Submissions.QueryAsync<SubmissionEntity>(IntakeStorage.Filter($"PartitionKey eq {partition} and SubmissionId eq {submissionId}"), maxPerPage: 1, cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                return row;
            }
        }

        return null;
    }

    public static bool IsConcurrencyConflict(Exception ex) =>
        ex is RequestFailedException { Status: 412 or 409 };
}
