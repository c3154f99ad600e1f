using System.Diagnostics;
using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    // What period expressions are made of, plus full-width forms, an NFKC expansion (㋂) and a lone surrogate.
    private static readonly string[] Pieces =
    [
        "2022", "2021", "1999", "12", "3", "28", "31", "53", "0", "7", "２０２２", "１３",
        "年", "月", "日", "号", "周", "第", "季度", "季", "度", "上半年", "前", "至", "到",
        "-", "—", "~", "～", ".", "/", ":", " ", "　", "W", "q", "_",
        "一", "二", "三", "十", "〇", "五十三", "填报日期：", "日期:", "㋂", "\uD800", "\uDC00", "x",
    ];

    [Fact]
    public void OnlyTheFirst4096CharsAreRead()
    {
        Assert.Equal("2022-W13", Code(new string('x', 4087) + "2022年第13周"));
        Assert.Empty(PeriodText.FindAll(new string('x', 4088) + "2022年第13周"));
    }

    [Fact]
    public void ALoneSurrogateDoesNotStopTheSearch() =>
        Assert.Equal("2022-W13", Code("\uD800\uDC00\uDFFF 2022年第13周 \uD800"));

    [Fact]
    public void ASurrogatePairAcrossTheLimitIsDroppedWhole()
    {
        var text = new string('x', 4095) + "😀" + "2022年第13周";

        Assert.Empty(PeriodText.FindAll(text));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1899)]
    [InlineData(9999)]
    [InlineData(int.MaxValue)]
    public void AnyDefaultYearIsSafe(int defaultYear)
    {
        string[] texts = ["填报日期：12月31日", "第52周", "12月27日-1月2日", "3月28日至3日", "十二月二十八日", "第四季度", "12月1日-12月31日"];
        foreach (var text in texts)
        {
            foreach (var match in PeriodText.FindAll(text, defaultYear))
            {
                Assert.True(Period.TryParse(match.Period.Code, out _));
            }
        }
    }

    [Fact]
    public void PathologicalTextIsScannedQuickly()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("2022年第", 2000)),
            string.Concat(Enumerable.Repeat("2022年3月21日-", 1000)),
            string.Concat(Enumerable.Repeat("2022-", 2000)),
            string.Concat(Enumerable.Repeat("1-", 5000)),
            string.Concat(Enumerable.Repeat("一十", 5000)),
            "2022" + new string(' ', 100_000),
            new string('9', 100_000),
        ];
        var stopwatch = Stopwatch.StartNew();

        foreach (var text in texts)
        {
            PeriodText.FindAll(text, defaultYear: 2022);
        }

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void RandomTextNeverThrowsAndEveryMatchPointsInsideIt()
    {
        var random = new Random(20220328);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            int? defaultYear = random.Next(3) == 0 ? null : random.Next(1890, 2110);

            foreach (var match in PeriodText.FindAll(text, defaultYear))
            {
                Assert.InRange(match.Index, 0, text.Length - 1);
                Assert.InRange(match.Length, 1, text.Length - match.Index);
                Assert.True(Period.TryParse(match.Period.Code, out var parsed));
                Assert.Equal(parsed, match.Period);
            }

            PeriodText.TryParseDate(text, out _);
        }
    }
}
