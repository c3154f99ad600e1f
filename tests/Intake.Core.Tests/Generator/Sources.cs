using Intake.Core.Catalog;

namespace Intake.Core.Tests.Generator;

/// <summary>Where a report may say who reported it and for when.</summary>
internal enum Source
{
    FileName,
    Title,
    Cell,
    Explicit,
    BlobPath,
}

/// <summary>
/// Where one generated report says its reporter and its period: some of the file name, the title, a
/// 填报单位/报告期 line, the upload's metadata and the blob path — all agreeing — or, for the period, only a filing
/// date under the table. A 报告期 line may write the week without its year when another source gives the year.
/// </summary>
internal sealed record Sources(IReadOnlySet<Source> Reporter, IReadOnlySet<Source> Period, bool YearlessWeek, bool Title)
{
    public bool FilingDateOnly => Period.Count == 0;

    public bool TitleNamesReporter => Reporter.Contains(Source.Title);

    public bool TitleNamesPeriod => Period.Contains(Source.Title);

    public IEnumerable<string> Classes =>
        Reporter.Select(s => $"reporter from {s}")
            .Concat(Period.Select(s => $"period from {s}"))
            .Concat(FilingDateOnly ? ["period from filing date"] : [])
            .Concat(YearlessWeek ? ["week without its year"] : []);

    public static Sources Pick(Random random)
    {
        var all = Enum.GetValues<Source>();
        var reporter = Some(random, all);
        var period = random.NextDouble() < 0.1 ? new HashSet<Source>() : Some(random, all);
        var yearless = period.Contains(Source.Cell) && period.Count > 1 && random.NextDouble() < 0.4;
        var title = reporter.Contains(Source.Title) || period.Contains(Source.Title) || random.NextDouble() < 0.3;
        return new Sources(reporter, period, yearless, title);
    }

    public bool Has(Source source, bool reporter) => (reporter ? Reporter : Period).Contains(source);

    public string FileName(Random random, OrgUnit reporter, IsoWeek week)
    {
        var (named, dated) = (Has(Source.FileName, reporter: true), Has(Source.FileName, reporter: false));
        if (named && dated && random.NextDouble() < 0.2)
        {
            return $"{reporter.Code}_{week.Year}-W{week.Number:D2}";
        }

        var name = named ? (random.NextDouble() < 0.5 ? reporter.NameZh : reporter.Aliases[random.Next(reporter.Aliases.Count)]) : string.Empty;
        var period = dated ? $"{week.Year}年第{week.Number}周" : string.Empty;
        var kind = new[] { "周报", "工作周报", "工作情况", "报表" }[random.Next(4)];
        return name + period + kind;
    }

    public string? BlobPath(OrgUnit reporter, string week, string fileName)
    {
        var folders = new List<string>();
        if (Has(Source.BlobPath, reporter: true))
        {
            folders.Add(reporter.Code);
        }

        if (Has(Source.BlobPath, reporter: false))
        {
            folders.Add(week);
        }

        return folders.Count == 0 ? null : string.Join('/', [.. folders, fileName]);
    }

    private static HashSet<Source> Some(Random random, Source[] all)
    {
        var chosen = all.Where(_ => random.NextDouble() < 0.35).ToHashSet();
        if (chosen.Count == 0)
        {
            chosen.Add(all[random.Next(all.Length)]);
        }

        return chosen;
    }
}
