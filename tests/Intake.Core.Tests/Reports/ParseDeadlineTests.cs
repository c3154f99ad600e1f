using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reports;

public sealed class ParseDeadlineTests
{
    [Fact]
    public async Task AParseThatNeverReturnsEndsAtTheDeadlineWithTheTimedOutResult()
    {
        using var never = new ManualResetEventSlim();
        var timedOut = new ParseResult("卡住.xlsx", null, null, [], []);
        var started = DateTime.UtcNow;
        TimeSpan? waited = null;

        var result = await ParseDeadline.RunAsync(() => { never.Wait(); return null!; }, w => { waited = w; return timedOut; }, TimeSpan.FromMilliseconds(10));

        never.Set();
        Assert.Same(timedOut, result);
        Assert.Equal(TimeSpan.FromMilliseconds(10) + ParseDeadline.Grace, waited);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, ParseDeadline.Grace + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AParseThatFinishesInTimeGivesItsOwnResult()
    {
        var expected = new ParseResult("a.csv", new("cgj"), Period.Parse("2022-W13"), [], []);

        var result = await ParseDeadline.RunAsync(() => expected, _ => throw new InvalidOperationException("not timed out"), TimeSpan.FromSeconds(20));

        Assert.Same(expected, result);
    }

    [Fact]
    public async Task AStuckParseIsRejectedAsUnreadableUnderTheReporterAndPeriodOfItsName()
    {
        using var never = new ManualResetEventSlim();
        var parser = new ReportParser(CatalogLoader.Default, new ReadLimits { MaxParseTime = TimeSpan.FromMilliseconds(10) }, new StuckTableReader(never));
        using var file = Workbook.Sheet("周报", ["指标", "本周"], ["整修路灯", 160]);

        var result = await parser.ParseAsync(() => file, new ReportHints("城管局2022年第13周周报.xlsx"));

        never.Set();
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnreadableFile, issue.Code);
        Assert.Contains("超时", issue.MessageZh, StringComparison.Ordinal);
        Assert.Equal(("cgj", "2022-W13"), (result.Reporter, result.Period?.Code));
    }

    private sealed class StuckTableReader(ManualResetEventSlim release) : ISheetTableReader
    {
        public SheetExtraction Read(Sheet sheet)
        {
            release.Wait();
            return new SheetExtraction();
        }
    }
}
