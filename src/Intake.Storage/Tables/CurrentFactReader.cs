using Azure.Data.Tables;
using Intake.Core.Reports;

namespace Intake.Storage.Tables;

/// <summary>
/// Reads the current facts of a period: the rows of IntakeFacts whose submission is current
/// (accepted or accepted_with_warnings) in IntakeSubmissions. Joining on the submission is what
/// keeps a reader from seeing a half-switched report; docs/storage-schema.md gives the same
/// recipe to Power BI and scripts.
/// </summary>
public sealed class CurrentFactReader(IntakeStorage storage)
{
    public async Task<List<Fact>> ReadAsync(string period, CancellationToken cancellationToken = default)
    {
        var rows = new List<FactEntity>();
        await foreach (var row in storage.Facts.QueryAsync<FactEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {period}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var partition in rows.Select(r => r.SubmissionPartition).Distinct())
        {
            var submissions = storage.Submissions.QueryAsync<SubmissionEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["SubmissionId", "Status"], cancellationToken: cancellationToken);
            await foreach (var submission in submissions.ConfigureAwait(false))
            {
                if (SubmissionStatus.IsCurrent(submission.Status))
                {
                    current.Add(submission.SubmissionId);
                }
            }
        }

        return rows
            .Where(r => current.Contains(r.SubmissionId))
            .Select(r => new Fact(r.Reporter, r.OrgUnit, r.Indicator, r.Period, ContractNames.ParseMeasure(r.Measure),
                r.Value, ContractNames.ParseQualifier(r.Qualifier), r.Unit, r.RawText, r.SourceCell))
            .ToList();
    }
}
