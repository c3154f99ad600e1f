using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// One value behind a reconciliation item: who gave it, in which submission, file and cell, its measure, and whether
/// the rollup used it.
/// </summary>
public sealed record ReconciliationValue(
    OrgUnitCode OrgUnit,
    OrgUnitCode Reporter,
    string SubmissionId,
    string File,
    string Period,
    string Cell,
    double Value,
    Qualifier Qualifier,
    string Raw,
    bool Used,
    Measure Measure);
