using Azure.Data.Tables;
using Intake.Core.Reports;

namespace Intake.Storage.Tables;

/// <summary>
/// Reads the current facts of a period: the rows of IntakeFacts whose submission is current
/// (accepted or accepted_with_warnings) in IntakeSubmissions. Joining on the submission is what
/// keeps a reader from seeing a half-switched report.
/// </summary>
public sealed class CurrentFactReader(IntakeStorage storage)
{
    public async Task<List<Fact>> ReadAsync(string period, CancellationToken cancellationToken = default)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        var submissions = storage.Submissions.QueryAsync<SubmissionEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {period}"), select: ["SubmissionId", "Status"], cancellationToken: cancellationToken);
        await foreach (var submission in submissions.ConfigureAwait(false))
        {
            if (SubmissionStatus.IsCurrent(submission.Status))
            {
                current.Add(submission.SubmissionId);
            }
        }

        var facts = new List<Fact>();
        if (current.Count == 0)
        {
            return facts;
        }

        var rows = storage.Facts.QueryAsync<FactEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {period}"), cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (current.Contains(row.SubmissionId))
            {
                facts.Add(new Fact(row.Reporter, row.OrgUnit, row.Indicator, row.Period, ContractNames.ParseMeasure(row.Measure),
                    row.Value, ContractNames.ParseQualifier(row.Qualifier), row.Unit, row.RawText, row.SourceCell));
            }
        }

        return facts;
    }
}
