using Azure;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// The submissions of IntakeSubmissions. All versions of one report share a partition (its period),
/// so switching the current version — new one in, old one superseded — is one transaction.
/// </summary>
public sealed class SubmissionLedger(TableClient submissions)
{
    /// <summary>Every submission of one report (period, reporter, form).</summary>
    public async Task<List<SubmissionEntity>> ListReportAsync(string period, string reporter, string form, CancellationToken cancellationToken = default)
    {
        var prefix = TableKeys.ReportKey(reporter, form);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {period} and RowKey ge {prefix} and RowKey lt {TableKeys.RangeEnd(prefix)}");
        var found = new List<SubmissionEntity>();
        await foreach (var entity in submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(entity);
        }

        return found;
    }

    /// <summary>Records a submission that changes no current version (rejected, duplicate, stale).</summary>
    public Task RecordAsync(SubmissionEntity submission, CancellationToken cancellationToken = default) =>
        submissions.UpsertEntityAsync(submission, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Makes <paramref name="submission"/> the current version and marks <paramref name="replaced"/>
    /// superseded, atomically. Fails with 412 when another worker changed a replaced row meanwhile.
    /// </summary>
    public async Task SwitchCurrentAsync(SubmissionEntity submission, IReadOnlyList<SubmissionEntity> replaced, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpsertReplace, submission) };
        foreach (var old in replaced)
        {
            old.Status = SubmissionStatus.Superseded;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, old, old.ETag));
        }

        await submissions.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
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
            var rows = submissions.QueryAsync<SubmissionEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
                select: ["SubmissionId", "Reporter", "Period", "Status", "ReceivedAt"],
                cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (row.Status != SubmissionStatus.Rejected && row.Reporter.Length > 0)
                {
                    receipts.Add(new ReportReceipt(row.Reporter, row.Period, row.SubmissionId, row.ReceivedAt));
                }
            }
        }

        return receipts;
    }

    public static bool IsConcurrencyConflict(Exception ex) =>
        ex is RequestFailedException { Status: 412 or 409 };
}
