using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Publishing;

/// <summary>A week of 2022-W13 built by the real builders from a few facts, for the export and bulletin tests.</summary>
internal static class PublishingFixture
{
    public static readonly Period Week13 = Period.Week(2022, 13);

    public static WeeklyReport Report()
    {
        Fact[] facts =
        [
            new(new("cgj"), new("cgj"), new("streetlights_repaired"), Period.Parse("2022-W13"), Measure.Period, 300, Qualifier.Exact, "盏", "300", "A2"),
            new(new("cgj"), new("cgj"), new("streetlights_repaired"), Period.Parse("2022-W13"), Measure.Cumulative, 2000, Qualifier.AtLeast, "盏", "2000余", "B2"),
            new(new("rsj"), new("rsj"), new("registered_unemployment_rate"), Period.Parse("2022-W13"), Measure.Period, 2, Qualifier.AtMost, "%", "2%以内", "A3"),
            new(new("xiawo"), new("xiawo"), new("enterprise_visits"), Period.Parse("2022-W13"), Measure.Period, 12, Qualifier.Exact, "次", "12", "A2"),
            new(new("gongyelu"), new("gongyelu"), new("enterprise_visits"), Period.Parse("2022-W13"), Measure.Period, 8, Qualifier.Exact, "次", "8", "A2"),
            new(new("gongyelu"), new("gongyelu"), new("new_urban_jobs"), Period.Parse("2022-W13"), Measure.Period, 14, Qualifier.Exact, "人", "14", "A3"),
            new(new("rsj"), new("gongyelu"), new("new_urban_jobs"), Period.Parse("2022-W13"), Measure.Period, 12, Qualifier.Exact, "人", "12", "B7"),
        ];
        var result = WeeklyRollupBuilder.Build(CatalogLoader.Default, Week13, facts.Select(f => new SourcedFact(f, "sub-" + f.Reporter)));
        var deadline = CompletenessBuilder.Deadline(Week13, new RollupOptions());
        var completeness = CompletenessBuilder.Build(CatalogLoader.Default, Week13,
        [
            new ReportReceipt(new("cgj"), "2022-W13", "sub-cgj", deadline.AddHours(-3)),
            new ReportReceipt(new("rsj"), "2022-W13", "sub-rsj", deadline.AddHours(5)),
            new ReportReceipt(new("xiawo"), "2022-W13", "sub-xiawo", deadline.AddHours(-1)),
            new ReportReceipt(new("gongyelu"), "2022-W13", "sub-gongyelu", deadline.AddHours(-1)),
        ]);
        return new WeeklyReport(Week13, result.Rollups, completeness, result.Reconciliations);
    }

    /// <summary>2022-Q1 as the samples give it: 区人社局's quarterly report, the townships' 累计 of W13, 区城管局's W13.</summary>
    public static PeriodReport Quarter()
    {
        var q1 = Period.Quarter(2022, 1);
        (string Unit, double Cumulative)[] townships = [("xiawo", 160), ("jiyuanlu", 142), ("zhongxinlu", 155), ("xinanlu", 149), ("gongyelu", 151), ("kuangshan", 113)];
        Fact[] facts =
        [
            new(new("rsj"), new("rsj"), new("new_urban_jobs"), Period.Parse("2022-Q1"), Measure.Cumulative, 870, Qualifier.Exact, "人", "870", "B2"),
            new(new("rsj"), new("rsj"), new("jobs_target_completion"), Period.Parse("2022-Q1"), Measure.Cumulative, 137.8, Qualifier.Exact, "%", "137.8%", "B3"),
            new(new("rsj"), new("rsj"), new("registered_unemployment_rate"), Period.Parse("2022-Q1"), Measure.Period, 2, Qualifier.AtMost, "%", "2%以内", "A4"),
            new(new("cgj"), new("cgj"), new("streetlight_line_checks"), Period.Parse("2022-W13"), Measure.Cumulative, 200, Qualifier.AtLeast, "次", "200余", "C2"),
            new(new("cgj"), new("cgj"), new("streetlights_repaired"), Period.Parse("2022-W13"), Measure.Period, 160, Qualifier.Exact, "盏", "160", "B3"),
            new(new("cgj"), new("cgj"), new("streetlights_repaired"), Period.Parse("2022-W13"), Measure.Cumulative, 2000, Qualifier.AtLeast, "盏", "2000余", "C3"),
            .. townships.Select(t => new Fact(new("rsj"), new(t.Unit), new("new_urban_jobs"), Period.Parse("2022-W13"), Measure.Cumulative, t.Cumulative, Qualifier.Exact, "人", "", "C" + t.Unit.Length)),
        ];
        var result = PeriodRollupBuilder.Build(CatalogLoader.Default, q1, facts.Select(f => new SourcedFact(f, "sub-" + f.Reporter + f.Period)));
        var weeks = PeriodParts.Weeks(q1);
        var entries = weeks.SelectMany((w, i) => new[]
        {
            new CompletenessEntry(w.Code, new("rsj"), true, true, true, DateTimeOffset.UnixEpoch, "s"),
            new CompletenessEntry(w.Code, new("cgj"), true, i != 3, i is not (3 or 5), DateTimeOffset.UnixEpoch, "s"),
        });
        return new PeriodReport(q1, result.Rollups, PeriodCompletenessBuilder.Build(CatalogLoader.Default, q1, weeks, entries), result.Reconciliations);
    }
}
