using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class WeeklyRollupBuilderTests
{
    private static readonly Period Week13 = Period.Week(2022, 13);

    [Fact]
    public void DailyPeriodAmountsOfASumIndicatorAddUpOverTheWeek()
    {
        var result = Build(
            Fact("xiawo", "enterprise_visits", "2022-03-28", 3),
            Fact("xiawo", "enterprise_visits", "2022-03-30", 4),
            Fact("xiawo", "enterprise_visits", "2022-04-04", 100));

        Assert.Equal((7d, 1), (Rollup(result, "xiawo", "enterprise_visits").Value, Rollup(result, "xiawo", "enterprise_visits").ReportCount));
    }

    [Fact]
    public void AUnitsWeeklyFactWinsOverItsDayFactsOfTheSameWeek()
    {
        var result = Build(
            Fact("xiawo", "enterprise_visits", "2022-W13", 10),
            Fact("xiawo", "enterprise_visits", "2022-03-29", 3),
            Fact("jiyuanlu", "enterprise_visits", "2022-03-29", 2));

        Assert.Equal((10d, 1), (Rollup(result, "xiawo", "enterprise_visits").Value, Rollup(result, "xiawo", "enterprise_visits").ReportCount));
        Assert.Equal(12d, Rollup(result, WeeklyRollupBuilder.District, "enterprise_visits").Value);
    }

    [Fact]
    public void MonthAmountsAreNotSpreadIntoWeeks()
    {
        var result = Build(Fact("xiawo", "enterprise_visits", "2022-03", 100));

        Assert.Empty(result.Rollups);
    }

    [Fact]
    public void CumulativeValuesTakeTheLatestPeriodOfTheWeek()
    {
        var result = Build(
            Fact("xiawo", "enterprise_visits", "2022-03-21", 150, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-03-28", 120, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-04-01", 131, Measure.Cumulative));

        var rollup = Rollup(result, "xiawo", "enterprise_visits", Measure.Cumulative);
        Assert.Equal((131d, RollupAggregation.Last), (rollup.Value, rollup.Aggregation));
    }

    [Fact]
    public void AnOwnerIndicatorsDistrictValueIsTheOwnersOwnFigure()
    {
        var result = Build(
            Fact("rsj", "new_urban_jobs", "2022-W13", 50),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15),
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 14));

        var district = Rollup(result, WeeklyRollupBuilder.District, "new_urban_jobs");
        Assert.Equal((50d, RollupAggregation.Owner, 1), (district.Value, district.Aggregation, district.ReportCount));
    }

    [Fact]
    public void WithoutTheOwnersFigureTheSumOverOrgUnitsStandsIn()
    {
        var result = Build(
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15),
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 14));

        var district = Rollup(result, WeeklyRollupBuilder.District, "new_urban_jobs");
        Assert.Equal((29d, RollupAggregation.Sum, 2), (district.Value, district.Aggregation, district.ReportCount));
        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void AnOwnersFigureThatDiffersFromTheUnitsSumIsAReconciliationItem()
    {
        var result = Build(
            Fact("rsj", "new_urban_jobs", "2022-W13", 50),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15),
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 14));

        var item = Assert.Single(result.Reconciliations);
        Assert.Equal((ReconciliationKind.OwnerVsUnits, "rsj", 50d, 29d), (item.Kind, item.OrgUnit, item.ChosenValue, item.OtherValue));
        Assert.Equal(["gongyelu", "rsj", "xiawo"], item.Values.Select(v => v.OrgUnit.Value).Order());
        Assert.Contains("区人社局", MessageCatalog.Reconciliation(CatalogLoader.Default, item).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOwnersFigureEqualToTheUnitsSumNeedsNoReconciliation()
    {
        var result = Build(
            Fact("rsj", "new_urban_jobs", "2022-W13", 29),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15),
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 14));

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void AFigureStatedForTheWholeDistrictStandsInForAMissingOwnersFigure()
    {
        var result = Build(
            Fact("shangjie", "new_urban_jobs", "2022-W13", 70, reporter: "rsj"),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15));

        var district = Rollup(result, WeeklyRollupBuilder.District, "new_urban_jobs");
        Assert.Equal((70d, RollupAggregation.Owner), (district.Value, district.Aggregation));
        Assert.Single(result.Rollups, r => r.OrgUnit == WeeklyRollupBuilder.District && r.Indicator == "new_urban_jobs");
    }

    [Fact]
    public void ALastDistrictValueWithoutItsOwnerDoesNotDependOnTheOrderOfTheFacts()
    {
        var facts = new[]
        {
            Fact("xiawo", "jobs_target_completion", "2022-W13", 120),
            Fact("gongyelu", "jobs_target_completion", "2022-W13", 95),
            Fact("jiyuanlu", "jobs_target_completion", "2022-W12", 150),
        };

        var forward = Rollup(Build(facts), WeeklyRollupBuilder.District, "jobs_target_completion");
        var backward = Rollup(Build(facts.Reverse().ToArray()), WeeklyRollupBuilder.District, "jobs_target_completion");

        Assert.Equal((95d, RollupAggregation.Last), (forward.Value, forward.Aggregation));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void ASumIndicatorAddsEveryOrgUnitDepartmentsIncludedAndKeepsLowerBounds()
    {
        var result = Build(
            Fact("cgj", "safety_hazards_found", "2022-W13", 9),
            Fact("xiawo", "safety_hazards_found", "2022-W13", 8, qualifier: Qualifier.AtLeast));

        var district = Rollup(result, WeeklyRollupBuilder.District, "safety_hazards_found");
        Assert.Equal((17d, Qualifier.AtLeast, RollupAggregation.Sum, 2), (district.Value, district.Qualifier, district.Aggregation, district.ReportCount));
    }

    [Fact]
    public void ATownshipsOwnReportWinsOverADepartmentsRowAboutIt()
    {
        var result = Build(
            Fact("xiawo", "enterprise_visits", "2022-W13", 15),
            Fact("xiawo", "enterprise_visits", "2022-W13", 14, reporter: "fgw"));

        Assert.Equal(15d, Rollup(result, "xiawo", "enterprise_visits").Value);
        Assert.Equal(15d, Rollup(result, WeeklyRollupBuilder.District, "enterprise_visits").Value);
    }

    [Fact]
    public void ATownshipReportedTwiceWithOneValueCountsOnceAndRaisesNothing()
    {
        var result = Build(
            Fact("xiawo", "enterprise_visits", "2022-W13", 12),
            Fact("xiawo", "enterprise_visits", "2022-W13", 12, reporter: "fgw"),
            Fact("fgw", "enterprise_visits", "2022-W13", 30));

        Assert.Equal(42d, Rollup(result, WeeklyRollupBuilder.District, "enterprise_visits").Value);
        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void TwoReportsGivingOneFactDifferentValuesAreAConflict()
    {
        var result = Build(
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 14),
            Fact("gongyelu", "new_urban_jobs", "2022-W13", 12, reporter: "rsj"));

        var item = Assert.Single(result.Reconciliations);
        Assert.Equal((ReconciliationKind.Conflict, "gongyelu", 14d, 12d), (item.Kind, item.OrgUnit, item.ChosenValue, item.OtherValue));
        Assert.Equal([("gongyelu", true), ("rsj", false)], item.Values.Select(v => (v.Reporter.Value, v.Used)));
        Assert.Equal("sub-rsj", item.Values[1].SubmissionId);
        Assert.Contains("工业路街道", MessageCatalog.Reconciliation(CatalogLoader.Default, item).Zh, StringComparison.Ordinal);
        Assert.Contains("区人社局报12人", MessageCatalog.Reconciliation(CatalogLoader.Default, item).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void BetweenTwoDepartmentRowsTheReportReceivedLastIsUsedAndItsFileNamed()
    {
        var first = new SourcedFact(Fact("gongyelu", "new_urban_jobs", "2022-W13", 12, reporter: "rsj"), "sub-a", "inbox/人社局一季度历史数据.csv", new DateTimeOffset(2022, 4, 1, 0, 0, 0, TimeSpan.Zero));
        var later = new SourcedFact(Fact("gongyelu", "new_urban_jobs", "2022-W13", 14, reporter: "rsj") with { Cell = "就业!B9" }, "sub-b", "区人社局第13周.xlsx", first.ReceivedAt.AddHours(1));

        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, Week13, [first, later]);

        Assert.Equal(14d, Rollup(result, "gongyelu", "new_urban_jobs").Value);
        var item = Assert.Single(result.Reconciliations);
        Assert.Equal((14d, 12d), (item.ChosenValue, item.OtherValue));
        Assert.Contains("区人社局报14人（区人社局第13周.xlsx 就业!B9）", MessageCatalog.Reconciliation(CatalogLoader.Default, item).Zh, StringComparison.Ordinal);
        Assert.Contains("区人社局报12人（人社局一季度历史数据.csv A1）", MessageCatalog.Reconciliation(CatalogLoader.Default, item).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void AConflictOfAnEarlierWeekIsLeftToThatWeek()
    {
        var result = Build(
            Fact("gongyelu", "registered_unemployment_rate", "2022-W12", 2),
            Fact("gongyelu", "registered_unemployment_rate", "2022-W12", 3, reporter: "rsj"));

        Assert.Empty(result.Reconciliations);
        Assert.Equal(2d, Rollup(result, "gongyelu", "registered_unemployment_rate").Value);
    }

    [Fact]
    public void LastTakesTheLatestPeriodEndingByTheWeeksEnd()
    {
        var result = Build(
            Fact("rsj", "registered_unemployment_rate", "2022-W11", 2.5),
            Fact("rsj", "registered_unemployment_rate", "2022-W12", 2, qualifier: Qualifier.AtMost),
            Fact("rsj", "registered_unemployment_rate", "2022-W14", 9));

        var rollup = Rollup(result, "rsj", "registered_unemployment_rate");
        Assert.Equal((2d, Qualifier.AtMost, RollupAggregation.Last), (rollup.Value, rollup.Qualifier, rollup.Aggregation));
    }

    [Theory]
    [InlineData(8, 2d)]
    [InlineData(3, 2d)]
    [InlineData(2, null)]
    public void LastLooksBackTheConfiguredNumberOfWeeks(int lookbackWeeks, double? expected)
    {
        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, Week13,
            [Sourced(Fact("rsj", "registered_unemployment_rate", "2022-W10", 2))], new RollupOptions { LastLookbackWeeks = lookbackWeeks });

        Assert.Equal(expected, result.Rollups.SingleOrDefault(r => r.OrgUnit == "rsj")?.Value);
    }

    [Fact]
    public void ASumWithALowerBoundIsALowerBound()
    {
        var result = Build(
            Fact("cgj", "streetlights_repaired", "2022-03-28", 2000, qualifier: Qualifier.AtLeast),
            Fact("cgj", "streetlights_repaired", "2022-03-29", 100));

        var rollup = Rollup(result, "cgj", "streetlights_repaired");
        Assert.Equal((2100d, Qualifier.AtLeast), (rollup.Value, rollup.Qualifier));
    }

    [Theory]
    [InlineData(new[] { Qualifier.Exact, Qualifier.Exact }, Qualifier.Exact)]
    [InlineData(new[] { Qualifier.Exact, Qualifier.AtMost }, Qualifier.AtMost)]
    [InlineData(new[] { Qualifier.AtLeast, Qualifier.AtLeast }, Qualifier.AtLeast)]
    [InlineData(new[] { Qualifier.AtLeast, Qualifier.AtMost }, Qualifier.Approx)]
    public void QualifiersCombineToWhatTheSumCanClaim(Qualifier[] parts, Qualifier combined) =>
        Assert.Equal(combined, WeeklyRollupBuilder.CombineQualifiers(parts));

    [Theory]
    [InlineData(2020, 53, "2020-12-28", "2021-01-03")]
    [InlineData(2021, 52, "2021-12-27", "2022-01-02")]
    [InlineData(2022, 1, "2022-01-03", "2022-01-09")]
    public void YearEndWeeksSumTheirDaysAcrossTheNewYear(int isoYear, int weekNumber, string monday, string sunday)
    {
        var week = Period.Week(isoYear, weekNumber);
        var first = DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture);
        var days = Enumerable.Range(-1, 9).Select(d => Fact("xiawo", "enterprise_visits", Period.Day(first.AddDays(d)).Code, 1));

        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, week, days.Select(Sourced));

        var rollup = Assert.Single(result.Rollups, r => r.OrgUnit == "xiawo");
        Assert.Equal((7d, first, week.Code), (rollup.Value, rollup.WeekStart, rollup.Week));
        Assert.Equal(sunday, week.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LastLooksBackAcrossTheYearEnd()
    {
        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, Period.Week(2022, 1),
            [Sourced(Fact("rsj", "registered_unemployment_rate", "2021-W50", 2.1)), Sourced(Fact("rsj", "registered_unemployment_rate", "2021-11", 2.3))]);

        Assert.Equal(2.1, Assert.Single(result.Rollups, r => r.OrgUnit == "rsj").Value);
    }

    [Fact]
    public void ACumulativeThatGrewByAnotherAmountThanTheWeeksIsAGap()
    {
        var result = Build(
            Fact("xiawo", "new_urban_jobs", "2022-W12", 145, Measure.Cumulative),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 160, Measure.Cumulative),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 12));

        var gap = Assert.Single(result.Reconciliations);
        Assert.Equal((ReconciliationKind.CumulativeGap, "xiawo", Measure.Cumulative, 12d, 15d), (gap.Kind, gap.OrgUnit, gap.Measure, gap.ChosenValue, gap.OtherValue));
        Assert.Contains("累计由2022-W12的145人增至2022-W13的160人", MessageCatalog.Reconciliation(CatalogLoader.Default, gap).Zh, StringComparison.Ordinal);
        Assert.Equal(3, gap.Values.Count);
    }

    [Fact]
    public void ACumulativeThatGrewByTheWeeksAmountIsNoGap()
    {
        var result = Build(
            Fact("xiawo", "new_urban_jobs", "2022-W12", 145, Measure.Cumulative),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 160, Measure.Cumulative),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15));

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void TheFirstWeekOfAYearIsNotComparedWithTheLastOfTheYearBefore()
    {
        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, Period.Week(2022, 1),
        [
            Sourced(Fact("xiawo", "new_urban_jobs", "2021-W52", 780, Measure.Cumulative)),
            Sourced(Fact("xiawo", "new_urban_jobs", "2022-W01", 15, Measure.Cumulative)),
            Sourced(Fact("xiawo", "new_urban_jobs", "2022-W01", 15)),
        ]);

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void BoundedFiguresAreNotCheckedForGaps()
    {
        var result = Build(
            Fact("cgj", "streetlights_repaired", "2022-W12", 1800, Measure.Cumulative, Qualifier.AtLeast),
            Fact("cgj", "streetlights_repaired", "2022-W13", 2000, Measure.Cumulative, Qualifier.AtLeast),
            Fact("cgj", "streetlights_repaired", "2022-W13", 160));

        Assert.Empty(result.Reconciliations);
    }

    [Fact]
    public void AWeekThatIsNotAWeekIsRefused() =>
        Assert.Throws<ArgumentException>(() => WeeklyRollupBuilder.Build(CatalogLoader.Default, Period.Month(2022, 3), []));

    private static WeeklyRollupResult Build(params Fact[] facts) =>
        WeeklyRollupBuilder.Build(CatalogLoader.Default, Week13, facts.Select(Sourced));

    private static SourcedFact Sourced(Fact fact) => new(fact, "sub-" + fact.Reporter);

    private static WeeklyRollup Rollup(WeeklyRollupResult result, string orgUnit, string indicator, Measure measure = Measure.Period) =>
        Assert.Single(result.Rollups, r => r.OrgUnit == orgUnit && r.Indicator == indicator && r.Measure == measure);

    private static Fact Fact(string orgUnit, string indicator, string period, double value, Measure measure = Measure.Period, Qualifier qualifier = Qualifier.Exact, string? reporter = null) =>
        new(new(reporter ?? orgUnit), new(orgUnit), new(indicator), Period.Parse(period), measure, value, qualifier, indicator == "new_urban_jobs" ? "人" : "次", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "A1");
}
