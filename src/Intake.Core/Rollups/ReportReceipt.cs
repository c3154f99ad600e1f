using Intake.Core.Catalog;

namespace Intake.Core.Rollups;

/// <summary>A submission that was accepted (whether still current or not) for a period: what completeness counts.</summary>
public sealed record ReportReceipt(OrgUnitCode Reporter, string Period, string SubmissionId, DateTimeOffset ReceivedAt);
