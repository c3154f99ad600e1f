using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// A current fact with the submission it came from — its id, the uploaded file's name and when it was received —
/// so that a rollup can say which reports it used and prefer the later of two disagreeing reports.
/// </summary>
public sealed record SourcedFact(Fact Fact, string SubmissionId, string File = "", DateTimeOffset ReceivedAt = default);
