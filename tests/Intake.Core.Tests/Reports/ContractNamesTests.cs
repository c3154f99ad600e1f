using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Core.Submissions;

namespace Intake.Core.Tests.Reports;

/// <summary>The contract's spellings, both ways: every value round-trips, and what the contract does not know throws.</summary>
public sealed class ContractNamesTests
{
    [Fact]
    public void EverySubmissionStatusRoundTripsThroughItsStoredSpelling()
    {
        var spelled = Enum.GetValues<SubmissionStatus>().ToDictionary(s => s, ContractNames.Of);

        Assert.Equal(["accepted", "accepted_with_warnings", "rejected", "duplicate", "superseded"], spelled.Values);
        Assert.All(spelled, pair => Assert.Equal(pair.Key, ContractNames.ParseSubmissionStatus(pair.Value)));
    }

    [Fact]
    public void OnlyTheAcceptedStatesAreCurrent()
    {
        var current = Enum.GetValues<SubmissionStatus>().Where(s => s.IsCurrent()).ToList();

        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.AcceptedWithWarnings], current);
    }

    [Theory]
    [InlineData(ReportStatus.Accepted, SubmissionStatus.Accepted)]
    [InlineData(ReportStatus.AcceptedWithWarnings, SubmissionStatus.AcceptedWithWarnings)]
    [InlineData(ReportStatus.Rejected, SubmissionStatus.Rejected)]
    public void AParseVerdictIsTheStateBeforeAnyVersionDecision(ReportStatus verdict, SubmissionStatus expected) =>
        Assert.Equal(expected, SubmissionStatuses.Of(verdict));

    [Fact]
    public void EveryOtherEnumRoundTrips()
    {
        Assert.All(Enum.GetValues<Qualifier>(), q => Assert.Equal(q, ContractNames.ParseQualifier(ContractNames.Of(q))));
        Assert.All(Enum.GetValues<Measure>(), m => Assert.Equal(m, ContractNames.ParseMeasure(ContractNames.Of(m))));
        Assert.All(Enum.GetValues<ReconciliationKind>(), k => Assert.Equal(k, ContractNames.ParseReconciliationKind(ContractNames.Of(k))));
        Assert.All(Enum.GetValues<RollupAggregation>(), a => Assert.Equal(a, ContractNames.ParseAggregation(ContractNames.Of(a))));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Accepted")]
    [InlineData("pending")]
    [InlineData("processing-failed")]
    public void AnUnknownStoredStatusThrowsInsteadOfReadingAsAnother(string? stored)
    {
        var thrown = Assert.Throws<InvalidDataException>(() => ContractNames.ParseSubmissionStatus(stored));

        Assert.Contains($"'{stored}'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStoredSpellingsOfTheOtherEnumsThrow()
    {
        Assert.Throws<InvalidDataException>(() => ContractNames.ParseQualifier("about"));
        Assert.Throws<InvalidDataException>(() => ContractNames.ParseMeasure(""));
        Assert.Throws<InvalidDataException>(() => ContractNames.ParseReconciliationKind("gap"));
        Assert.Throws<InvalidDataException>(() => ContractNames.ParseAggregation("median"));
    }

    [Fact]
    public void AValueOutsideAnEnumIsABugNotARejection()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((ReportStatus)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((SubmissionStatus)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((Qualifier)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((RollupAggregation)42));
    }
}
