using System.Text;
using System.Text.RegularExpressions;
using Intake.Core.Catalog;

namespace Intake.Core.Metadata;

/// <summary>
/// Which form a report is, so that two different forms of one reporter and period do not
/// replace each other while a corrected re-upload of the same form does. Explicit metadata wins;
/// otherwise the file name with its reporter, period and version marks taken out
/// (<c>城管局2022年第13周周报（修改版）.xlsx</c> → <c>周报</c>).
/// </summary>
public static partial class ReportForm
{
    public const string Default = "报表";

    private static readonly string[] VersionMarks =
        ["修改版", "修订版", "修正版", "更正版", "最终版", "定稿", "终稿", "副本", "修改", "修订", "更正", "最新", "新版", "copy"];

    public static string Resolve(ReportCatalog catalog, string? explicitForm, string fileName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var source = string.IsNullOrWhiteSpace(explicitForm) ? Derive(catalog, fileName) : explicitForm;
        return Sanitize(source);
    }

    private static string Derive(ReportCatalog catalog, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var name in catalog.OrgUnits.SelectMany(u => u.Names).OrderByDescending(n => n.Length))
        {
            stem = stem.Replace(name.Normalize(NormalizationForm.FormKC), " ", StringComparison.Ordinal);
        }

        foreach (var code in catalog.OrgUnits.Select(u => u.Code))
        {
            stem = Regex.Replace(stem, $@"(?<![a-z]){code}(?![a-z])", " ");
        }

        // Version marks first: "周报v2" must not lose its digit to the period words and leave "周报v".
        stem = VersionSuffix().Replace(stem, " ");
        stem = PeriodWords().Replace(stem, " ");
        foreach (var mark in VersionMarks)
        {
            stem = stem.Replace(mark, " ", StringComparison.Ordinal);
        }

        var kept = new StringBuilder();
        foreach (var c in stem)
        {
            if (char.IsLetter(c))
            {
                kept.Append(c);
            }
        }

        return kept.Length == 0 ? Default : kept.ToString();
    }

    private static string Sanitize(string form)
    {
        var builder = new StringBuilder(form.Length);
        foreach (var c in form.Trim())
        {
            builder.Append(c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c) ? '_' : c);
        }

        var text = builder.ToString();
        return text.Length == 0 ? Default : Reading.UnicodeText.Prefix(text, 64);
    }

    [GeneratedRegex(@"\d{4}\s*-?\s*w\d{1,2}|\d{4}\s*年度?|第?\s*[\d一二三四五六七八九十两]+\s*(周|季度|期)|[一二三四\d]\s*季度|\d{1,2}\s*月\s*(\d{1,2}\s*日)?|\d{1,2}\s*日|q[1-4]|\d+")]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"v\d+(?![a-z])|\(\s*\d*\s*\)|(?<=\p{IsCJKUnifiedIdeographs})[_-]?\d{1,2}$")]
    private static partial Regex VersionSuffix();
}
