using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Layout;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>
/// Checks a whole report: each value against its indicator, 合计 rows against the sum of their
/// rows, the same value given twice, and the cross-indicator rules of the catalog.
/// </summary>
public static class ReportValidator
{
    private const double Tolerance = 1e-6;

    /// <param name="facts">The report's facts, reporter and period settled.</param>
    /// <param name="raw">Every value read, total rows included: totals are checked against the detail rows they add up.</param>
    public static IEnumerable<ReportIssue> Validate(ReportCatalog catalog, IReadOnlyList<Fact> facts, IReadOnlyList<RawFact> raw)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(raw);
        foreach (var fact in facts)
        {
            if (FactConstraints.Check(catalog.IndicatorByCode(fact.Indicator)!, fact.Value, fact.Raw, fact.Cell) is { } issue)
            {
                yield return issue;
            }
        }

        foreach (var issue in CheckTotals(catalog, raw).Concat(CheckDuplicates(facts)).Concat(CheckRules(catalog, facts)))
        {
            yield return issue;
        }
    }

    private static IEnumerable<ReportIssue> CheckTotals(ReportCatalog catalog, IReadOnlyList<RawFact> raw)
    {
        var details = raw.Where(r => !r.IsTotal).ToList();
        foreach (var total in raw.Where(r => r.IsTotal))
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

    private static IEnumerable<ReportIssue> CheckDuplicates(IReadOnlyList<Fact> facts)
    {
        // One pass, keeping the first fact of each key: a history import holds hundreds of thousands.
        var first = new Dictionary<(string OrgUnit, string Indicator, string Period, Measure Measure), Fact>(facts.Count);
        foreach (var other in facts)
        {
            if (!first.TryAdd((other.OrgUnit, other.Indicator, other.Period, other.Measure), other)
                && first[(other.OrgUnit, other.Indicator, other.Period, other.Measure)] is var earlier
                && (other.Value != earlier.Value || other.Qualifier != earlier.Qualifier))
            {
                yield return new ReportIssue(Severity.Error, IssueCodes.DuplicateValue, other.Cell, other.Indicator,
                    MessageCatalog.DuplicateValue(earlier.Cell, other.OrgUnit, other.Period, other.Raw, earlier.Raw, other.Indicator),
                    other.Raw, MessageCatalog.ExpectedOnce(earlier.Cell, earlier.Raw));
            }
        }
    }

    private static IEnumerable<ReportIssue> CheckRules(ReportCatalog catalog, IReadOnlyList<Fact> facts)
    {
        if (catalog.Rules.Count == 0)
        {
            return [];
        }

        // The first value of each indicator per (reporter, org unit, period, measure), for the indicators rules name.
        var named = catalog.Rules.SelectMany(r => new[] { r.Left, r.Right }).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<(string Reporter, string OrgUnit, string Period, Measure Measure, string Indicator), Fact>();
        foreach (var fact in facts)
        {
            if (named.Contains(fact.Indicator))
            {
                values.TryAdd((fact.Reporter, fact.OrgUnit, fact.Period, fact.Measure, fact.Indicator), fact);
            }
        }

        var issues = new List<ReportIssue>();
        foreach (var ((reporter, orgUnit, period, measure, indicator), left) in values)
        {
            foreach (var rule in catalog.Rules.Where(r => r.Left == indicator))
            {
                double right;
                if (double.TryParse(rule.Right, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant))
                {
                    right = constant;
                }
                else if (values.TryGetValue((reporter, orgUnit, period, measure, rule.Right), out var other))
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
