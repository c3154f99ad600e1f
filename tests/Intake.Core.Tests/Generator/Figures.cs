using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// The numbers a generated report holds, one per org unit, indicator and measure, chosen so that the report is
/// sound: the catalog's rules hold (整改 ≤ 发现), a cumulative figure is at least the period's, a rate stays
/// within its control target, lengths in 米 come in steps that 公里 and 万米 write exactly, and some figures to
/// date are round thousands.
/// </summary>
internal sealed class Figures(Random random, ReportCatalog catalog)
{
    private readonly Dictionary<(string OrgUnit, string Indicator, Measure Measure), double> _values = [];

    public double Of(string orgUnit, Indicator indicator, Measure measure)
    {
        if (_values.TryGetValue((orgUnit, indicator.Code, measure), out var known))
        {
            return known;
        }

        var value = measure == Measure.Cumulative ? Cumulative(orgUnit, indicator) : Period(orgUnit, indicator);
        _values[(orgUnit, indicator.Code, measure)] = value;
        return value;
    }

    private double Period(string orgUnit, Indicator indicator)
    {
        // The left side of a rule (完成整改 ≤ 发现问题) stays within its right side's figure.
        var ceiling = Ceiling(orgUnit, indicator, Measure.Period);
        return indicator.ValueType switch
        {
            IndicatorValueType.Percent => Rate(indicator),
            IndicatorValueType.Decimal => random.Next(1, 90) * 100d,
            _ => Math.Min(random.Next(0, 61), ceiling ?? double.MaxValue),
        };
    }

    private double Cumulative(string orgUnit, Indicator indicator)
    {
        if (indicator.ValueType == IndicatorValueType.Percent)
        {
            return Rate(indicator);
        }

        var period = Of(orgUnit, indicator, Measure.Period);
        var ceiling = Ceiling(orgUnit, indicator, Measure.Cumulative);
        // Lengths to date in whole thousands of 米, some in tens of thousands: offices write those as 1.2万 or 两万多.
        var step = random.NextDouble() < 0.5 ? 10_000d : 1_000d;
        // Counts to date run into the thousands now and then (累计走访企业1.2万次), in round figures.
        var grown = indicator.ValueType == IndicatorValueType.Decimal || random.NextDouble() < 0.2
            ? Math.Ceiling((period + random.Next(10, 40) * 1000d) / step) * step
            : period + random.Next(0, 400);
        return ceiling is { } most ? Math.Max(period, Math.Min(grown, most)) : grown;
    }

    private double? Ceiling(string orgUnit, Indicator indicator, Measure measure)
    {
        var rule = catalog.Rules.FirstOrDefault(r => r.Left == indicator.Code && catalog.IndicatorByCode(r.Right) is not null);
        return rule is null ? null : Of(orgUnit, catalog.IndicatorByCode(rule.Right)!, measure);
    }

    // Rates in percent points, one decimal: growth around zero, completion around a hundred, unemployment within its target.
    private double Rate(Indicator indicator)
    {
        var max = catalog.Rules.Where(r => r.Left == indicator.Code && double.TryParse(r.Right, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(r => double.Parse(r.Right, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(indicator.Max ?? 200).Min();
        var (low, high) = max <= 10 ? (10, (int)(max * 10)) : indicator.Code.Value.Contains("completion", StringComparison.Ordinal) ? (800, 1500) : (-50, 150);
        return random.Next(low, high + 1) / 10d;
    }
}
