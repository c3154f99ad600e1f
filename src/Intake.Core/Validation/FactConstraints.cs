using Intake.Core.Messages;
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
                MessageCatalog.NotWhole(indicator.NameZh, indicator.Code, raw, indicator.Unit), raw, MessageCatalog.ExpectedWhole(indicator.Unit));
        }

        if (value < indicator.Min || value > indicator.Max)
        {
            var range = $"{indicator.Min?.ToString() ?? "-∞"} ~ {indicator.Max?.ToString() ?? "+∞"}";
            return new ReportIssue(Severity.Error, IssueCodes.ConstraintError, cell, indicator.Code,
                MessageCatalog.OutOfRange(indicator.NameZh, indicator.Code, raw, range, indicator.Unit), raw, $"{range}{indicator.Unit}");
        }

        return null;
    }
}
