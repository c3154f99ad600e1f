using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>A sourced fact with its catalog indicator, as the builder works with it.</summary>
internal sealed record FactInPeriod(SourcedFact Source, Indicator Indicator)
{
    public Fact Fact => Source.Fact;

    public Period Period => Fact.Period;

    public bool IsOwnReport => Fact.Reporter == Fact.OrgUnit;

    public ReconciliationValue ToValue(bool used) =>
        new(Fact.OrgUnit, Fact.Reporter, Source.SubmissionId, Source.File, Fact.Period.Code, Fact.Cell, Fact.Value, Fact.Qualifier, Fact.Raw, used, Fact.Measure);
}
