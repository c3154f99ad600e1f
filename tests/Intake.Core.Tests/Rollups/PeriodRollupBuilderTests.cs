using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class PeriodRollupBuilderTests
{
    private static readonly Period Q1 = Period.Quarter(2022, 1);

    [Fact]
    public void AQuarterFromWeeklyFactsAddsUpTheWeeksCountingInIt()
    {
        // 2021-W52 (Thursday 30 December) counts in 2021, 2022-W13 (Thursday 31 March) in Q1, 2022-W14 in Q2.
        var facts = new[] { "2021-W52", "2022-W01", "2022-W02", "2022-W13", "2022-W14" }
            .Select((w, i) => Fact("xiawo", "enterprise_visits", w, 10 + i));

        var rollup = Rollup(Build(Q1, facts), "xiawo", "enterprise_visits");

        Assert.Equal((11d + 12 + 13, RollupAggregation.Sum, 3), (rollup.Value, rollup.Aggregation, rollup.ReportCount));
    }

    [Fact]
    public void AQuarterFromMonthlyFactsAddsUpItsMonthsAndNotTheirWeeks()
    {
        var result = Build(Q1,
            Fact("xiawo", "enterprise_visits", "2022-01", 40),
            Fact("xiawo", "enterprise_visits", "2022-02", 35),
            Fact("xiawo", "enterprise_visits", "2022-W06", 9),
            Fact("xiawo", "enterprise_visits", "2022-W12", 8),
            Fact("xiawo", "enterprise_visits", "2022-W13", 7));

        // January and February by their monthly reports (W06 is inside February's), March by its weeks.
        Assert.Equal(40d + 35 + 8 + 7, Rollup(result, "xiawo", "enterprise_visits").Value);
    }

    [Fact]
    public void TheQuartersOwnReportWinsOverItsParts()
    {
        var result = Build(Q1,
            Fact("xiawo", "enterprise_visits", "2022-Q1", 120),
            Fact("xiawo", "enterprise_visits", "2022-01", 40),
            Fact("xiawo", "enterprise_visits", "2022-W13", 7));

        var rollup = Rollup(result, "xiawo", "enterprise_visits");
        Assert.Equal((120d, 1), (rollup.Value, rollup.ReportCount));
    }

    [Fact]
    public void AWeekThatStraddlesTwoMonthsCountsInTheMonthOfItsThursday()
    {
        // 2022-W09 runs from Monday 28 February to Sunday 6 March; its Thursday is 3 March.
        Fact[] facts =
        [
            Fact("xiawo", "enterprise_visits", "2022-W09", 9),
            Fact("xiawo", "enterprise_visits", "2022-02-28", 2),
            Fact("jiyuanlu", "enterprise_visits", "2022-02-28", 3),
            Fact("jiyuanlu", "enterprise_visits", "2022-03-01", 4),
        ];

        var february = Build(Period.Month(2022, 2), facts);
        var march = Build(Period.Month(2022, 3), facts);

        Assert.DoesNotContain(february.Rollups, r => r.OrgUnit == "xiawo");
        Assert.Equal(9d, Rollup(march, "xiawo", "enterprise_visits").Value);
        // Without a weekly figure, each day counts in its own month.
        Assert.Equal(3d, Rollup(february, "jiyuanlu", "enterprise_visits").Value);
        Assert.Equal(4d, Rollup(march, "jiyuanlu", "enterprise_visits").Value);
    }

    [Fact]
    public void ADayCoveredByAWeekOfTheMonthBeforeIsNotCountedAgain()
    {
        // 2022-W13 (28 March – 3 April) counts in March; its 1 April is covered by the weekly figure.
        var april = Build(Period.Month(2022, 4),
            Fact("xiawo", "enterprise_visits", "2022-W13", 9),
            Fact("xiawo", "enterprise_visits", "2022-04-01", 2),
            Fact("xiawo", "enterprise_visits", "2022-04-05", 5));

        Assert.Equal(5d, Rollup(april, "xiawo", "enterprise_visits").Value);
    }

    [Fact]
    public void CumulativeAtTheQuartersEndIsTheLatestCountingInIt()
    {
        var result = Build(Q1,
            Fact("cgj", "streetlights_repaired", "2022-W12", 1840, Measure.Cumulative),
            Fact("cgj", "streetlights_repaired", "2022-W13", 2000, Measure.Cumulative, Qualifier.AtLeast),
            Fact("cgj", "streetlights_repaired", "2022-W14", 2150, Measure.Cumulative));

        var rollup = Rollup(result, "cgj", "streetlights_repaired", Measure.Cumulative);
        Assert.Equal((2000d, Qualifier.AtLeast, RollupAggregation.Last, new DateOnly(2022, 4, 3)),
            (rollup.Value, rollup.Qualifier, rollup.Aggregation, rollup.AsOf));
    }

    [Fact]
    public void AQuarterThatBeginsTheYearTakesACumulativeStatedForItAsItsAmount()
    {
        var result = Build(Q1,
            Fact("rsj", "new_urban_jobs", "2022-Q1", 870, Measure.Cumulative),
            Fact("xiawo", "new_urban_jobs", "2022-W12", 14),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15));

        var district = Rollup(result, WeeklyRollupBuilder.District, "new_urban_jobs");
        Assert.Equal((870d, RollupAggregation.Owner), (district.Value, district.Aggregation));
        var item = Assert.Single(result.Reconciliations);
        Assert.Equal((ReconciliationKind.OwnerVsUnits, 870d, 29d), (item.Kind, item.ChosenValue, item.OtherValue));
    }

    [Fact]
    public void ALaterQuarterDoesNotTakeItsCumulativeAsItsAmount()
    {
        var result = Build(Period.Quarter(2022, 2), Fact("rsj", "new_urban_jobs", "2022-Q2", 1900, Measure.Cumulative));

        Assert.DoesNotContain(result.Rollups, r => r.Measure == Measure.Period);
    }

    [Fact]
    public void TheDistrictRowOfAnOwnerIndicatorIsTheOwnersFigureElseTheUnitsSum()
    {
        Fact[] units = [Fact("xiawo", "new_urban_jobs", "2022-W10", 14), Fact("kuangshan", "new_urban_jobs", "2022-02", 20)];

        var withoutOwner = Rollup(Build(Q1, units), WeeklyRollupBuilder.District, "new_urban_jobs");
        var withOwner = Rollup(Build(Q1, [.. units, Fact("rsj", "new_urban_jobs", "2022-Q1", 40)]), WeeklyRollupBuilder.District, "new_urban_jobs");

        Assert.Equal((34d, RollupAggregation.Sum), (withoutOwner.Value, withoutOwner.Aggregation));
        Assert.Equal((40d, RollupAggregation.Owner), (withOwner.Value, withOwner.Aggregation));
    }

    [Fact]
    public void TheDistrictRowOfASumIndicatorAddsUpEveryUnitDepartmentsIncluded()
    {
        var result = Build(Q1,
            Fact("xiawo", "enterprise_visits", "2022-W10", 12),
            Fact("fgw", "enterprise_visits", "2022-03", 9),
            Fact("fgw", "enterprise_visits", "2022-W10", 4, reporter: "fgw"),
            Fact("kuangshan", "enterprise_visits", "2022-01-05", 6));

        var district = Rollup(result, WeeklyRollupBuilder.District, "enterprise_visits");
        Assert.Equal((27d, RollupAggregation.Sum), (district.Value, district.Aggregation));
    }

    [Fact]
    public void ARateTakesTheLatestValueOfThePeriod()
    {
        var result = Build(Q1,
            Fact("rsj", "registered_unemployment_rate", "2022-01", 2.3),
            Fact("rsj", "registered_unemployment_rate", "2022-W11", 2.1),
            Fact("rsj", "registered_unemployment_rate", "2022-04", 1.9));

        var rollup = Rollup(result, "rsj", "registered_unemployment_rate");
        Assert.Equal((2.1, RollupAggregation.Last), (rollup.Value, rollup.Aggregation));
    }

    [Fact]
    public void AMonthsCumulativeThatGrewByAnotherAmountIsAGap()
    {
        var result = Build(Period.Month(2022, 3),
            Fact("xiawo", "enterprise_visits", "2022-W08", 100, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-W09", 10),
            Fact("xiawo", "enterprise_visits", "2022-W13", 12),
            Fact("xiawo", "enterprise_visits", "2022-W13", 131, Measure.Cumulative));

        var gap = Assert.Single(result.Reconciliations);
        Assert.Equal((ReconciliationKind.CumulativeGap, "xiawo", 22d, 31d), (gap.Kind, gap.OrgUnit, gap.ChosenValue, gap.OtherValue));
        Assert.Contains("2022-02", MessageCatalog.Reconciliation(CatalogLoader.Default, gap).Zh, StringComparison.Ordinal);
        Assert.Contains(gap.Values, v => v.Measure == Measure.Cumulative && v.Period == "2022-W08");
    }

    [Fact]
    public void AMonthsCumulativeThatGrewByItsAmountIsNoGap()
    {
        var result = Build(Period.Month(2022, 3),
            Fact("xiawo", "enterprise_visits", "2022-W08", 100, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-W09", 19),
            Fact("xiawo", "enterprise_visits", "2022-W13", 12),
            Fact("xiawo", "enterprise_visits", "2022-W13", 131, Measure.Cumulative));

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void JanuaryIsNotComparedWithDecember()
    {
        var result = Build(Period.Month(2022, 1),
            Fact("xiawo", "enterprise_visits", "2021-12", 1500, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-01", 30),
            Fact("xiawo", "enterprise_visits", "2022-01", 30, Measure.Cumulative));

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void AWeekIsNotAPeriodRollup() =>
        Assert.Throws<ArgumentException>(() => PeriodRollupBuilder.Build(CatalogLoader.Default, Period.Week(2022, 13), []));

    private static PeriodRollupResult Build(Period period, params IEnumerable<Fact> facts) =>
        PeriodRollupBuilder.Build(CatalogLoader.Default, period, facts.Select((f, i) => new SourcedFact(f, $"sub-{f.Reporter}-{f.Period}-{i}")));

    private static PeriodRollup Rollup(PeriodRollupResult result, string orgUnit, string indicator, Measure measure = Measure.Period) =>
        Assert.Single(result.Rollups, r => r.OrgUnit == orgUnit && r.Indicator == indicator && r.Measure == measure);

    private static Fact Fact(string orgUnit, string indicator, string period, double value, Measure measure = Measure.Period, Qualifier qualifier = Qualifier.Exact, string? reporter = null) =>
        new(new(reporter ?? orgUnit), new(orgUnit), new(indicator), Period.Parse(period), measure, value, qualifier, "次", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "A1");
}
