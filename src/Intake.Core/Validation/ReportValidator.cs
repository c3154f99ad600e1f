using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Layout;
using Intake.Core.Periods;
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

    /// <param name="raw">Every value read, total rows included: totals are checked against the detail rows they add up.</param>
    /// <param name="reporter">Who reported, when settled: a report has one reporter, so a fact is known by its org unit, indicator, period and measure.</param>
    /// <param name="period">The report's period, for rows that do not name their own.</param>
    /// <param name="maxIssues">Most errors, and most warnings, of each check kept (<see cref="IssueList"/>); the rest are counted.</param>
    /// <returns>
    /// The facts that stand (detail rows whose reporter and period are settled; a value given twice alike counts
    /// once), made from <paramref name="raw"/> as they are read, and every issue found.
    /// </returns>
    public static ValidationResult Validate(ReportCatalog catalog, ValueTable raw, OrgUnitCode? reporter, Period? period, int maxIssues = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(raw);
        var constraints = new IssueList(maxIssues);
        var duplicates = new IssueList(maxIssues);
        var first = new Dictionary<ValueTable.ValueKey, int>(reporter is null ? 0 : raw.Count);
        var distinct = new List<int>();
        var (reporterId, periodId) = (raw.IdFor(reporter), raw.IdFor(period?.Code));
        for (var i = 0; reporter is not null && i < raw.Count; i++)
        {
            if (raw.KeyOf(i, reporterId, periodId) is not { } key)
            {
                continue;
            }

            var fact = raw[i];
            if (FactConstraints.Check(catalog.IndicatorByCode(fact.Indicator)!, fact) is { } issue)
            {
                constraints.Add(issue);
            }

            if (first.TryAdd(key, i))
            {
                distinct.Add(i);
            }
            else if (raw[first[key]] is var earlier && (fact.Value != earlier.Value || fact.Qualifier != earlier.Qualifier))
            {
                var (cell, text, earlierCell, earlierText) = (fact.Cell.ToString(), fact.Raw.ToString(), earlier.Cell.ToString(), earlier.Raw.ToString());
                duplicates.Add(new ReportIssue(Severity.Error, IssueCodes.DuplicateValue, cell, fact.Indicator,
                    MessageCatalog.DuplicateValue(earlierCell, fact.OrgUnit ?? reporter, (fact.Period ?? period?.Code)!, text, earlierText, fact.Indicator),
                    text, MessageCatalog.ExpectedOnce(earlierCell, earlierText)));
            }
        }

        var issues = new IssueList(maxIssues);
        issues.AddRange(constraints);
        issues.AddRange(CheckTotals(catalog, raw));
        issues.AddRange(duplicates);
        issues.AddRange(CheckRules(catalog, raw, distinct, first, reporterId, periodId, maxIssues));
        return new ValidationResult(reporter is null ? [] : new ReportFacts(raw, [.. distinct], reporter.Value, period), issues);
    }

    private static IEnumerable<ReportIssue> CheckTotals(ReportCatalog catalog, ValueTable raw)
    {
        var totals = Enumerable.Range(0, raw.Count).Where(raw.IsTotal).Select(i => raw[i]).ToList();
        if (totals.Count == 0)
        {
            yield break;
        }

        foreach (var total in totals)
        {
            var indicator = catalog.IndicatorByCode(total.Indicator)!;
            // A 合计 row totals its own table, a 小计 row its own group of it; a 合计 column its own row, a 小计 column
            // its own group of columns in that row; a 汇总 sheet totals all the others.
            var wholeBook = RowLabels.IsTotalSheet(total.Cell.Sheet);
            var rows = raw.Where(f => !f.IsTotal && f.Indicator == total.Indicator && f.Measure == total.Measure
                && (wholeBook || (f.Cell.Sheet == total.Cell.Sheet && f.Table == total.Table))
                && (total.Axis == TotalAxis.Row
                    ? total.Total != TotalKind.Subtotal || f.Group == total.Group
                    : f.Cell.Row == total.Cell.Row && (total.Total != TotalKind.Subtotal || f.ColumnGroup == total.ColumnGroup))
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
                var text = total.Raw.ToString();
                yield return new ReportIssue(Severity.Error, IssueCodes.TotalMismatch, total.Cell.ToString(), total.Indicator,
                    MessageCatalog.TotalMismatch(indicator.NameZh, total.Indicator, total.Total == TotalKind.Subtotal, text, sumText, rows.Count, total.Axis == TotalAxis.Column),
                    text, MessageCatalog.ExpectedSum(sumText));
            }
        }
    }

    private static IssueList CheckRules(
        ReportCatalog catalog, ValueTable raw, List<int> facts, Dictionary<ValueTable.ValueKey, int> first, int reporter, int period, int maxIssues)
    {
        var issues = new IssueList(maxIssues);
        var rulesByLeft = catalog.Rules.ToLookup(r => r.Left, StringComparer.Ordinal);
        if (rulesByLeft.Count == 0)
        {
            return issues;
        }

        foreach (var index in facts)
        {
            var left = raw[index];
            foreach (var rule in rulesByLeft[left.Indicator])
            {
                double right;
                if (double.TryParse(rule.Right, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant))
                {
                    right = constant;
                }
                else if (first.TryGetValue(raw.WithIndicator(raw.KeyOf(index, reporter, period)!.Value, rule.Right), out var other))
                {
                    right = raw[other].Value;
                }
                else
                {
                    continue;
                }

                if (!Holds(left.Value, rule.Operator, right))
                {
                    var text = left.Raw.ToString();
                    issues.Add(new ReportIssue(rule.Severity, IssueCodes.RuleViolation, left.Cell.ToString(), left.Indicator,
                        MessageCatalog.RuleViolation(rule.MessageZh, rule.Code, text, left.Value, $"{left.Indicator} {OperatorText(rule.Operator)}", rule.Right, right),
                        text, MessageCatalog.ExpectedRule(OperatorText(rule.Operator), right, rule.MessageZh)));
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
}
