using Intake.Core.Messages;
using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>Checks one value against its indicator: whole numbers for counts, and the catalog's bounds.</summary>
public static class FactConstraints
{
    public static ReportIssue? Check(Indicator indicator, RawFact fact)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var value = fact.Value;
        if (indicator.ValueType == IndicatorValueType.Integer && Math.Abs(value - Math.Round(value)) > 1e-9)
        {
            var (raw, cell) = (fact.Raw.ToString(), fact.Cell.ToString());
            return new ReportIssue(Severity.Error, IssueCodes.TypeError, cell, indicator.Code,
                MessageCatalog.NotWhole(indicator.NameZh, indicator.Code, raw, indicator.Unit), raw, MessageCatalog.ExpectedWhole(indicator.Unit));
        }

        if (value < indicator.Min || value > indicator.Max)
        {
            var (raw, cell) = (fact.Raw.ToString(), fact.Cell.ToString());
            var range = $"{indicator.Min?.ToString() ?? "-∞"} ~ {indicator.Max?.ToString() ?? "+∞"}";
            return new ReportIssue(Severity.Error, IssueCodes.ConstraintError, cell, indicator.Code,
                MessageCatalog.OutOfRange(indicator.NameZh, indicator.Code, raw, range, indicator.Unit), raw, $"{range}{indicator.Unit}");
        }

        return null;
    }
}
