using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>A current fact with the submission it came from, so that a rollup can say which reports it used.</summary>
public sealed record SourcedFact(Fact Fact, string SubmissionId);
