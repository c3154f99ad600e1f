using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Metadata;

/// <summary>The reporter and period of a report, or the issues that say why they are not known.</summary>
public sealed record ReportMetadata(OrgUnitCode? Reporter, Period? Period, IReadOnlyList<ReportIssue> Issues);
