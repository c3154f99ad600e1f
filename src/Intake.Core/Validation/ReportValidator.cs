using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Layout;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>
/// Checks a whole report: each value against its indicator, 合计 rows against the sum of their
/// rows, the same value given twice, and the cross-indicator rules of the catalog. One pass builds
/// the index of facts that the duplicate and rule checks look up: a history import holds hundreds of thousands.
/// </summary>
public static class ReportValidator
{
    private const double Tolerance = 1e-6;

    /// <param name="facts">The report's facts, reporter and period settled: one reporter, so a fact is known by its org unit, indicator, period and measure.</param>
    /// <param name="raw">Every value read, total rows included: totals are checked against the detail rows they add up.</param>
    /// <returns>The facts that stand (a value given twice alike counts once) and every issue found.</returns>
    public static ValidationResult Validate(ReportCatalog catalog, IReadOnlyList<Fact> facts, IReadOnlyList<RawFact> raw)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(raw);
        var constraints = new List<ReportIssue>();
        var duplicates = new List<ReportIssue>();
        var first = new Dictionary<FactKey, Fact>(facts.Count);
        var distinct = new List<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            if (FactConstraints.Check(catalog.IndicatorByCode(fact.Indicator)!, fact.Value, fact.Raw, fact.Cell) is { } issue)
            {
                constraints.Add(issue);
            }

            if (first.TryAdd(new FactKey(fact.OrgUnit, fact.Indicator, fact.Period, fact.Measure), fact))
            {
                distinct.Add(fact);
            }
            else if (first[new FactKey(fact.OrgUnit, fact.Indicator, fact.Period, fact.Measure)] is var earlier
                && (fact.Value != earlier.Value || fact.Qualifier != earlier.Qualifier))
            {
                duplicates.Add(new ReportIssue(Severity.Error, IssueCodes.DuplicateValue, fact.Cell, fact.Indicator,
                    MessageCatalog.DuplicateValue(earlier.Cell, fact.OrgUnit, fact.Period, fact.Raw, earlier.Raw, fact.Indicator),
                    fact.Raw, MessageCatalog.ExpectedOnce(earlier.Cell, earlier.Raw)));
            }
        }

        var issues = constraints.Concat(CheckTotals(catalog, raw)).Concat(duplicates).Concat(CheckRules(catalog, distinct, first)).ToList();
        return new ValidationResult(distinct, issues);
    }

    private readonly record struct FactKey(string OrgUnit, string Indicator, string Period, Measure Measure);

    private static IEnumerable<ReportIssue> CheckTotals(ReportCatalog catalog, IReadOnlyList<RawFact> raw)
    {
        var totals = raw.Where(r => r.IsTotal).ToList();
        if (totals.Count == 0)
        {
            yield break;
        }

        var details = raw.Where(r => !r.IsTotal).ToList();
        foreach (var total in totals)
        {
            var indicator = catalog.IndicatorByCode(total.Indicator)!;
            // A 合计 row totals its own sheet, a 小计 row its own group of it; a 汇总 sheet totals all the others.
            var wholeBook = RowLabels.IsTotalSheet(SheetOf(total.Cell));
            var rows = details.Where(f => f.Indicator == total.Indicator && f.Measure == total.Measure
                && (wholeBook || SheetOf(f.Cell) == SheetOf(total.Cell))
                && (total.Total != TotalKind.Subtotal || f.Group == total.Group)
                && (total.Period is null || f.Period == total.Period)).ToList();
            if (indicator.UnitAggregation != Aggregation.Sum || rows.Count == 0
                || total.Qualifier != Qualifier.Exact || rows.Any(f => f.Qualifier != Qualifier.Exact))
            {
                continue;
            }

            var sum = rows.Sum(f => f.Value);
            if (Math.Abs(sum - total.Value) > Tolerance * Math.Max(1, Math.Abs(sum)))
            {
                var sumText = sum.ToString("0.##########", CultureInfo.InvariantCulture);
                yield return new ReportIssue(Severity.Error, IssueCodes.TotalMismatch, total.Cell, total.Indicator,
                    MessageCatalog.TotalMismatch(indicator.NameZh, total.Indicator, total.Total == TotalKind.Subtotal, total.Raw, sumText, rows.Count),
                    total.Raw, MessageCatalog.ExpectedSum(sumText));
            }
        }
    }

    private static List<ReportIssue> CheckRules(ReportCatalog catalog, List<Fact> facts, Dictionary<FactKey, Fact> first)
    {
        var issues = new List<ReportIssue>();
        var rulesByLeft = catalog.Rules.ToLookup(r => r.Left, StringComparer.Ordinal);
        if (rulesByLeft.Count == 0)
        {
            return issues;
        }

        foreach (var left in facts)
        {
            foreach (var rule in rulesByLeft[left.Indicator])
            {
                double right;
                if (double.TryParse(rule.Right, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant))
                {
                    right = constant;
                }
                else if (first.TryGetValue(new FactKey(left.OrgUnit, rule.Right, left.Period, left.Measure), out var other))
                {
                    right = other.Value;
                }
                else
                {
                    continue;
                }

                if (!Holds(left.Value, rule.Operator, right))
                {
                    issues.Add(new ReportIssue(rule.Severity, IssueCodes.RuleViolation, left.Cell, left.Indicator,
                        MessageCatalog.RuleViolation(rule.MessageZh, rule.Code, left.Raw, left.Value, $"{left.Indicator} {OperatorText(rule.Operator)}", rule.Right, right),
                        left.Raw, MessageCatalog.ExpectedRule(OperatorText(rule.Operator), right, rule.MessageZh)));
                }
            }
        }

        return issues;
    }

    private static bool Holds(double left, RuleOperator op, double right) => op switch
    {
        RuleOperator.LessOrEqual => left <= right + Tolerance,
        RuleOperator.Less => left < right,
        RuleOperator.GreaterOrEqual => left >= right - Tolerance,
        RuleOperator.Greater => left > right,
        _ => Math.Abs(left - right) <= Tolerance,
    };

    private static string OperatorText(RuleOperator op) => op switch
    {
        RuleOperator.LessOrEqual => "<=",
        RuleOperator.Less => "<",
        RuleOperator.GreaterOrEqual => ">=",
        RuleOperator.Greater => ">",
        _ => "=",
    };

    private static string SheetOf(string cell)
    {
        var bang = cell.LastIndexOf('!');
        return bang < 0 ? string.Empty : cell[..bang];
    }
}
