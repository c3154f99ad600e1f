using Azure;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Storage.Tables;

namespace Intake.Storage.Rollups;

/// <summary>
/// The owner of <c>IntakeRollupState</c>, the durable to-do list of the weekly rollup: weeks marked dirty by late or corrected
/// reports, the last week the timer built (so that a timer that missed runs catches up), and the ingest attempts
/// under way (so that the facts of one that crashed are swept).
/// </summary>
public sealed class RollupState(IntakeStorage storage)
{
    private TableClient Table => storage.RollupState;

    /// <summary>Marks weeks dirty; marking a week again only refreshes its mark (and its ETag).</summary>
    public async Task MarkDirtyAsync(IEnumerable<Period> weeks, string submissionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var rows = weeks.DistinctBy(w => w.Code).Select(w => new RollupStateEntity
        {
            PartitionKey = RollupStateEntity.DirtyPartition,
            RowKey = w.Code,
            Week = w.Code,
            UpdatedAt = now,
            SubmissionId = submissionId,
        });
        foreach (var chunk in rows.Chunk(100))
        {
            await Table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<List<RollupStateEntity>> ListDirtyAsync(CancellationToken cancellationToken = default)
    {
        var marks = new List<RollupStateEntity>();
        var filter = IntakeStorage.Filter($"PartitionKey eq {RollupStateEntity.DirtyPartition}");
        await foreach (var mark in Table.QueryAsync<RollupStateEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            marks.Add(mark);
        }

        return marks;
    }

    /// <summary>
    /// Clears a mark read before the rebuild. A mark written again meanwhile (its ETag changed) stays, so a report
    /// accepted during the rebuild is rolled up on the next run.
    /// </summary>
    public async Task<bool> ClearAsync(RollupStateEntity mark, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mark);
        try
        {
            await Table.DeleteEntityAsync(mark.PartitionKey, mark.RowKey, mark.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Records that building <paramref name="week"/>, or a month, quarter or year it touches, failed: its dirty mark
    /// (made if the week had none) keeps the reason, so the next run builds it (and the periods it touches) again and
    /// an operator can read why it did not build this time.
    /// </summary>
    public Task RecordFailureAsync(Period week, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        return Table.UpsertEntityAsync(new RollupStateEntity
        {
            PartitionKey = RollupStateEntity.DirtyPartition,
            RowKey = week.Code,
            Week = week.Code,
            UpdatedAt = now,
            LastError = Shorten(reason),
            FailedAt = now,
        }, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Sets aside a mark of a week that is never built (out of the periods reports are taken for): it moves to the
    /// <c>refused</c> partition with the reason, and no later run tries it again.
    /// </summary>
    public async Task RefuseAsync(RollupStateEntity mark, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mark);
        await Table.UpsertEntityAsync(new RollupStateEntity
        {
            PartitionKey = RollupStateEntity.RefusedPartition,
            RowKey = mark.RowKey,
            Week = mark.Week,
            UpdatedAt = now,
            SubmissionId = mark.SubmissionId,
            LastError = Shorten(reason),
            FailedAt = now,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await ClearAsync(mark, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last week the timer built, or null before its first run.</summary>
    public async Task<Period?> LastBuiltAsync(CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<RollupStateEntity>(RollupStateEntity.SchedulePartition, RollupStateEntity.LastBuiltRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && Period.TryParse(row.Value!.Week, out var week) ? week : null;
    }

    public Task SetLastBuiltAsync(Period week, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        return Table.UpsertEntityAsync(new RollupStateEntity
        {
            PartitionKey = RollupStateEntity.SchedulePartition,
            RowKey = RollupStateEntity.LastBuiltRow,
            Week = week.Code,
            UpdatedAt = now,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Records that an ingest is about to write the facts of a report version; writing it again refreshes it.</summary>
    public Task MarkAttemptAsync(IngestAttemptEntity attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        attempt.PartitionKey = IngestAttemptEntity.AttemptPartition;
        return Table.UpsertEntityAsync(attempt, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the mark of an attempt that has finished (or never wrote one).</summary>
    public async Task ClearAttemptAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.DeleteEntityAsync(IngestAttemptEntity.AttemptPartition, submissionId, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never marked, or cleared already.
        }
    }

    /// <summary>The attempts that began before <paramref name="startedBefore"/> and are still marked.</summary>
    public async Task<List<IngestAttemptEntity>> ListAttemptsAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default)
    {
        var attempts = new List<IngestAttemptEntity>();
        var filter = IntakeStorage.Filter($"PartitionKey eq {IngestAttemptEntity.AttemptPartition} and StartedAt lt {startedBefore}");
        await foreach (var attempt in Table.QueryAsync<IngestAttemptEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            attempts.Add(attempt);
        }

        return attempts;
    }
    private static string Shorten(string reason) => reason.Length <= 2000 ? reason : reason[..2000];
}
