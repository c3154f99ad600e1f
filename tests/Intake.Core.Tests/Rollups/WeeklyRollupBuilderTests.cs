using Intake.Core.Catalog;
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
        var rollups = Build(
            Fact("xiawo", "enterprise_visits", "2022-03-28", 3),
            Fact("xiawo", "enterprise_visits", "2022-03-30", 4),
            Fact("xiawo", "enterprise_visits", "2022-04-04", 100));

        Assert.Equal(7d, Rollup(rollups, "xiawo", "enterprise_visits").Value);
    }

    [Fact]
    public void CumulativeValuesTakeTheLatestPeriod()
    {
        var rollups = Build(
            Fact("xiawo", "enterprise_visits", "2022-03-28", 120, Measure.Cumulative),
            Fact("xiawo", "enterprise_visits", "2022-04-01", 131, Measure.Cumulative));

        var rollup = Rollup(rollups, "xiawo", "enterprise_visits", Measure.Cumulative);
        Assert.Equal((131d, Aggregation.Last), (rollup.Value, rollup.Aggregation));
    }

    [Fact]
    public void TheDistrictTotalSumsOrgUnitsAndKeepsLowerBounds()
    {
        var rollups = Build(
            Fact("cgj", "safety_hazards_found", "2022-W13", 9),
            Fact("xiawo", "safety_hazards_found", "2022-W13", 8, qualifier: Qualifier.AtLeast));

        var district = Rollup(rollups, WeeklyRollupBuilder.District, "safety_hazards_found");
        Assert.Equal((17d, Qualifier.AtLeast, 2), (district.Value, district.Qualifier, district.ReportCount));
    }

    [Fact]
    public void ATownshipsOwnReportWinsOverADepartmentsRowAboutIt()
    {
        var rollups = Build(
            Fact("xiawo", "new_urban_jobs", "2022-W13", 15),
            Fact("xiawo", "new_urban_jobs", "2022-W13", 14, reporter: "rsj"));

        Assert.Equal(15d, Rollup(rollups, "xiawo", "new_urban_jobs").Value);
        Assert.Equal(15d, Rollup(rollups, WeeklyRollupBuilder.District, "new_urban_jobs").Value);
    }

    [Theory]
    [InlineData(new[] { Qualifier.Exact, Qualifier.Exact }, Qualifier.Exact)]
    [InlineData(new[] { Qualifier.Exact, Qualifier.AtMost }, Qualifier.AtMost)]
    [InlineData(new[] { Qualifier.AtLeast, Qualifier.AtMost }, Qualifier.Approx)]
    public void QualifiersCombineToWhatTheSumCanClaim(Qualifier[] parts, Qualifier combined) =>
        Assert.Equal(combined, WeeklyRollupBuilder.CombineQualifiers(parts));

    private static IReadOnlyList<WeeklyRollup> Build(params Fact[] facts) =>
        WeeklyRollupBuilder.Build(CatalogLoader.Default, Week13, facts);

    private static WeeklyRollup Rollup(IReadOnlyList<WeeklyRollup> rollups, string orgUnit, string indicator, Measure measure = Measure.Period) =>
        Assert.Single(rollups, r => r.OrgUnit == orgUnit && r.Indicator == indicator && r.Measure == measure);

    private static Fact Fact(string orgUnit, string indicator, string period, double value, Measure measure = Measure.Period, Qualifier qualifier = Qualifier.Exact, string? reporter = null) =>
        new(reporter ?? orgUnit, orgUnit, indicator, period, measure, value, qualifier, "次", value.ToString(), "A1");
}
