using Intake.Core.Catalog;
using Intake.Core.Periods;

namespace Intake.Core.Rollups;

internal static partial class UnitFigures
{
    // A township's number may come twice: from its own report and from a department's table of townships.
    // It is one quantity: the org unit's own report wins, else the report received last (a department's
    // correction comes after its first version), else the first reporter by code. When the reports
    // disagree and the period belongs to the rolled-up one (for a week: ends in it, so that each period is recorded in
    // exactly one week), the disagreement is recorded under <paramref name="rolledUp"/>.
    public static List<FactInPeriod> OneValuePerPeriod(string rolledUp, Func<Period, bool> recordedHere, List<FactInPeriod> facts, List<ReconciliationItem> reconciliations)
    {
        var chosen = new List<FactInPeriod>();
        var conflicts = new Dictionary<(OrgUnitCode OrgUnit, Indicator Indicator, Reports.Measure Measure), List<(FactInPeriod Chosen, List<FactInPeriod> All)>>();
        foreach (var group in facts.GroupBy(f => (f.Fact.OrgUnit, f.Indicator, f.Fact.Measure, f.Period)))
        {
            var ordered = group
                .OrderBy(f => f.IsOwnReport ? 0 : 1)
                .ThenByDescending(f => f.Source.ReceivedAt)
                .ThenBy(f => f.Fact.Reporter)
                .ThenBy(f => f.Source.SubmissionId, StringComparer.Ordinal)
                .ThenBy(f => f.Fact.Cell, StringComparer.Ordinal)
                .ToList();
            var pick = ordered[0];
            chosen.Add(pick);
            if (recordedHere(group.Key.Period) && ordered.Any(f => Disagrees(f, pick)))
            {
                var key = (group.Key.OrgUnit, group.Key.Indicator, group.Key.Measure);
                if (!conflicts.TryGetValue(key, out var list))
                {
                    conflicts[key] = list = [];
                }

                list.Add((pick, ordered));
            }
        }

        foreach (var ((orgUnit, indicator, measure), periods) in conflicts)
        {
            var (first, all) = periods.OrderBy(p => p.Chosen.Period.End).First();
            var other = all.First(f => Disagrees(f, first));
            var values = periods.SelectMany(p => p.All.Select(f => f.ToValue(ReferenceEquals(f, p.Chosen)))).ToList();
            reconciliations.Add(new ReconciliationItem(rolledUp, orgUnit, indicator.Code, measure, ReconciliationKind.Conflict,
                ReconciliationSide.Of(first.ToValue(true)), ReconciliationSide.Of(other.ToValue(false)), values));
        }

        return chosen;
    }

    public static bool Disagrees(FactInPeriod a, FactInPeriod b) =>
        Math.Abs(a.Fact.Value - b.Fact.Value) > Tolerance(a.Fact.Value, b.Fact.Value) || a.Fact.Qualifier != b.Fact.Qualifier;

    public static double Tolerance(double a, double b) => 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
