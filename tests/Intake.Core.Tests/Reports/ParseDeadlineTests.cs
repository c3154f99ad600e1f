using Intake.Core.Metadata;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Reports;

public sealed class ParseDeadlineTests
{
    [Fact]
    public async Task AParseThatNeverReturnsIsRejectedAsUnreadableAtTheDeadline()
    {
        using var never = new ManualResetEventSlim();
        var started = DateTime.UtcNow;

        var result = await ParseDeadline.RunAsync(() => { never.Wait(); return null!; }, new ReportHints("卡住.xlsx"), TimeSpan.FromMilliseconds(10));

        never.Set();
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, ParseDeadline.Grace + TimeSpan.FromSeconds(5));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnreadableFile, issue.Code);
        Assert.Contains("超时", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParseThatFinishesInTimeGivesItsOwnResult()
    {
        var expected = new ParseResult("a.csv", "cgj", "2022-W13", [], []);

        var result = await ParseDeadline.RunAsync(() => expected, new ReportHints("a.csv"), TimeSpan.FromSeconds(20));

        Assert.Same(expected, result);
    }
}
