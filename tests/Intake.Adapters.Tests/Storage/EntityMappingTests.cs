using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Tables;

namespace Intake.Adapters.Tests.Storage;

/// <summary>Each table's entity holds its one mapping both ways: what is written reads back as the same domain value.</summary>
public sealed class EntityMappingTests
{
    [Fact]
    public void AFactReadsBackAsWritten()
    {
        var fact = new Fact(new("cgj"), new("xiawo"), new("streetlights_repaired"), Period.Parse("2022-03-29"), Measure.Cumulative, 2000, Qualifier.AtLeast, "盏", "2000余", "C7");

        var row = FactEntity.From(fact, "weekly", "s1", "2022-W13");

        Assert.Equal(("2022-W13", "s1", "weekly"), (row.PartitionKey, row.SubmissionId, row.Form));
        Assert.Equal(fact, row.ToFact());
    }

    [Fact]
    public void AFactRowWithoutACodeFailsLoudlyInsteadOfReadingAsAnEmptyOne()
    {
        var fact = new Fact(new("cgj"), new("xiawo"), new("streetlights_repaired"), Period.Parse("2022-03-29"), Measure.Period, 3, Qualifier.Exact, "盏", "3", "C7");
        var row = FactEntity.From(fact, "weekly", "s1", "2022-W13");
        row.OrgUnit = string.Empty;

        var error = Assert.Throws<InvalidDataException>(() => row.ToFact());
        Assert.Contains("org unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeeklyRollupReadsBackAsWritten()
    {
        var rollup = new WeeklyRollup("2022-W13", new DateOnly(2022, 3, 28), new("shangjie"), new("jobs_created"), Measure.Period, RollupAggregation.Owner, 14, Qualifier.Approx, 3);

        Assert.Equal(rollup, RollupEntity.From(rollup, DateTimeOffset.UnixEpoch).ToRollup());
    }

    [Fact]
    public void ACompletenessEntryReadsBackAsWritten()
    {
        var received = new CompletenessEntry("2022-W13", new("xiawo"), true, true, false, new DateTimeOffset(2022, 4, 5, 9, 0, 0, TimeSpan.Zero), "s1");
        var missing = new CompletenessEntry("2022-W13", new("cgj"), true, false, false, null, null);

        Assert.Equal(received, CompletenessEntity.From(received).ToEntry());
        Assert.Equal(missing, CompletenessEntity.From(missing).ToEntry());
    }

    [Fact]
    public void AReconciliationItemReadsBackWithEveryValueAndWhoGaveIt()
    {
        ReconciliationValue[] values =
        [
            new(new("xiawo"), new("xiawo"), "s1", "xiawo/峡窝镇第13周.xlsx", "2022-W13", "C5", 12, Qualifier.Exact, "12", true, Measure.Period),
            new(new("xiawo"), new("hrss"), "s2", "hrss/人社局第13周.csv", "2022-W13", "B3", 14, Qualifier.AtLeast, "14余", false, Measure.Period),
        ];
        var item = new ReconciliationItem("2022-W13", new("xiawo"), new("jobs_created"), Measure.Period, ReconciliationKind.Conflict,
            ReconciliationSide.Of(values[0]), ReconciliationSide.Of(values[1]), values);

        var read = ReconciliationEntity.From(item).ToItem();

        Assert.Equal(item with { Values = [] }, read with { Values = [] });
        Assert.Equal(values, read.Values);
        Assert.Equal(new ReconciliationSide(14, Qualifier.AtLeast, new("hrss"), "2022-W13", "hrss/人社局第13周.csv", "B3"), read.Other);
    }

    [Fact]
    public void AnOwnerVsUnitsItemAndACumulativeGapKeepTheirCountAndBase()
    {
        var owner = new ReconciliationItem("2022-Q1", new("rsj"), new("new_urban_jobs"), Measure.Cumulative, ReconciliationKind.OwnerVsUnits,
            new ReconciliationSide(870, Qualifier.Exact, new("rsj"), "2022-Q1", string.Empty, string.Empty),
            ReconciliationSide.Figure(860, Qualifier.AtLeast, "2022-Q1"), []) { UnitCount = 7 };
        var gap = new ReconciliationItem("2022-W13", new("xiawo"), new("new_urban_jobs"), Measure.Cumulative, ReconciliationKind.CumulativeGap,
            ReconciliationSide.Figure(20, Qualifier.Exact, "2022-W13"), ReconciliationSide.Figure(30, Qualifier.Exact, "2022-W12"), []) { BaseValue = 100 };

        Assert.Equal(owner with { Values = [] }, ReconciliationEntity.From(owner).ToItem() with { Values = [] });
        Assert.Equal(gap with { Values = [] }, ReconciliationEntity.From(gap).ToItem() with { Values = [] });
        Assert.Equal(7, ReconciliationEntity.From(owner).UnitCount);
        Assert.Equal(100, ReconciliationEntity.From(gap).BaseValue);
    }

    [Fact]
    public void ARowStoredWithOnlyASentenceDoesNotReadAsAnItem()
    {
        // Before rows held their sides they held a Chinese sentence; such a row has no qualifiers and must be rebuilt.
        var legacy = new ReconciliationEntity
        {
            PartitionKey = "2022-W13", RowKey = "xiawo|jobs_created|period|conflict", Week = "2022-W13", OrgUnit = "xiawo",
            Indicator = "jobs_created", Measure = "period", Kind = "conflict", ChosenValue = 12, OtherValue = 14, ValuesJson = "[]",
        };

        var error = Assert.Throws<InvalidDataException>(() => legacy.ToItem());
        Assert.Contains("rebuild 2022-W13 with intake rollup (--week 2022-W13)", error.Message, StringComparison.Ordinal);
        legacy.PartitionKey = legacy.Week = "2022-Q1";
        Assert.Contains("(--period 2022-Q1)", Assert.Throws<InvalidDataException>(() => legacy.ToItem()).Message, StringComparison.Ordinal);
    }
}
