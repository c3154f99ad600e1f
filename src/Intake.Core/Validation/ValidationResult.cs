using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>The facts of a report that stand (each once) and the issues found in it.</summary>
public sealed record ValidationResult(IReadOnlyList<Fact> Facts, IReadOnlyList<ReportIssue> Issues);
