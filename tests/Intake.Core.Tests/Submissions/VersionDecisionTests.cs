using Intake.Core.Submissions;

namespace Intake.Core.Tests.Submissions;

public sealed class VersionDecisionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(8));

    private static readonly ReportVersion Upload = new("new", "sha-new", Noon, IsCurrent: false);

    [Fact]
    public void AFirstVersionIsAccepted()
    {
        var decision = VersionDecision.For(Upload, []);

        Assert.Equal(VersionVerdict.Accept, decision.Verdict);
        Assert.Null(decision.Kept);
        Assert.Empty(decision.Replaced);
    }

    [Fact]
    public void AnUploadReceivedAfterTheCurrentVersionReplacesIt()
    {
        var older = new ReportVersion("old", "sha-old", Noon.AddHours(-1), IsCurrent: true);

        var decision = VersionDecision.For(Upload, [older]);

        Assert.Equal(VersionVerdict.Accept, decision.Verdict);
        Assert.Equal([older], decision.Replaced);
    }

    [Fact]
    public void TheContentOfTheCurrentVersionIsADuplicate()
    {
        var same = new ReportVersion("old", "sha-new", Noon.AddHours(-1), IsCurrent: true);

        var decision = VersionDecision.For(Upload, [same]);

        Assert.Equal(VersionVerdict.Duplicate, decision.Verdict);
        Assert.Same(same, decision.Kept);
        Assert.Empty(decision.Replaced);
    }

    [Fact]
    public void AnUploadOlderThanTheCurrentVersionIsSuperseded()
    {
        var newer = new ReportVersion("later", "sha-later", Noon.AddHours(1), IsCurrent: true);

        var decision = VersionDecision.For(Upload, [newer]);

        Assert.Equal(VersionVerdict.Superseded, decision.Verdict);
        Assert.Same(newer, decision.Kept);
    }

    [Fact]
    public void TheSameContentReceivedLaterIsADuplicateNotSuperseded()
    {
        var same = new ReportVersion("later", "sha-new", Noon.AddHours(1), IsCurrent: true);

        var decision = VersionDecision.For(Upload, [same]);

        Assert.Equal(VersionVerdict.Duplicate, decision.Verdict);
    }

    [Fact]
    public void VersionsThatAreNotCurrentTakeNoPart()
    {
        var rejected = new ReportVersion("bad", "sha-new", Noon.AddHours(1), IsCurrent: false);

        var decision = VersionDecision.For(Upload, [rejected]);

        Assert.Equal(VersionVerdict.Accept, decision.Verdict);
        Assert.Empty(decision.Replaced);
    }

    [Fact]
    public void ARetryOfAnAcceptedUploadIsAcceptedAgainNotADuplicateOfItself()
    {
        var itself = Upload with { IsCurrent = true };

        var decision = VersionDecision.For(Upload, [itself]);

        Assert.Equal(VersionVerdict.Accept, decision.Verdict);
        Assert.Empty(decision.Replaced);
    }
}
