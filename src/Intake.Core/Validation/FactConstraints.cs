using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>Checks one value against its indicator: whole numbers for counts, and the catalog's bounds.</summary>
public static class FactConstraints
{
    public static ReportIssue? Check(Indicator indicator, double value, string raw, string cell)
    {
        if (indicator.ValueType == IndicatorValueType.Integer && Math.Abs(value - Math.Round(value)) > 1e-9)
        {
            return new ReportIssue(Severity.Error, IssueCodes.TypeError, cell, indicator.Code,
                $"单元格 {cell}（{indicator.NameZh}）的值“{raw}”应为整数（单位：{indicator.Unit}）",
                $"cell {cell} ({indicator.Code}): '{raw}' must be a whole number of {indicator.Unit}",
                raw, $"整数（{indicator.Unit}）");
        }

        if (value < indicator.Min || value > indicator.Max)
        {
            var range = $"{indicator.Min?.ToString() ?? "-∞"} ~ {indicator.Max?.ToString() ?? "+∞"}";
            return new ReportIssue(Severity.Error, IssueCodes.ConstraintError, cell, indicator.Code,
                $"单元格 {cell}（{indicator.NameZh}）的值“{raw}”超出允许范围 {range}{indicator.Unit}",
                $"cell {cell} ({indicator.Code}): '{raw}' is outside the allowed range {range} {indicator.Unit}",
                raw, $"{range}{indicator.Unit}");
        }

        return null;
    }
}
