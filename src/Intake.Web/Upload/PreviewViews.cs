using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Web.Text;

namespace Intake.Web.Upload;

/// <summary>Turns a <see cref="ParseResult"/> into what the upload view shows: its counts and one page of facts and of issues.</summary>
public sealed class PreviewViews(WebNames names)
{
    /// <param name="page">The page of facts, from 0; past the last it is empty.</param>
    /// <param name="issuePage">The page of issues (errors first), from 0.</param>
    /// <param name="pageSize">Facts and issues on a page.</param>
    public PreviewView Of(ParseResult result, int page, int issuePage, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegative(issuePage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var facts = PageOf(result.Facts, page, pageSize).Select(f => new FactView(
            f.OrgUnit, names.OrgUnit(f.OrgUnit), f.Indicator, names.Indicator(f.Indicator),
            ContractNames.Of(f.Measure), WebNames.Measure(f.Measure),
            f.Value, WebNames.Qualifier(f.Qualifier), f.Unit, f.Raw, f.Cell)).ToList();
        var ordered = result.Issues.Where(i => i.Severity == Severity.Error).Concat(result.Issues.Where(i => i.Severity != Severity.Error)).ToList();
        var issues = PageOf(ordered, issuePage, pageSize)
            .Select(i => new IssueView(ContractNames.Of(i.Severity), MessageCatalog.SeverityLabel(i.Severity).Zh, i.Code, i.Cell, i.MessageZh, i.Found, i.Expected))
            .ToList();
        return new PreviewView(result.File, result.Reporter, result.Reporter is null ? null : names.OrgUnit(result.Reporter),
            result.Period?.Code, ContractNames.Of(result.Status), result.ErrorCount, result.WarningCount, result.Facts.Count, ordered.Count,
            pageSize, page, issuePage, facts, issues);
    }

    // An index range of the list, not a walk through it: the facts of a big report are made as they are read.
    private static IEnumerable<T> PageOf<T>(IReadOnlyList<T> items, int page, int pageSize)
    {
        var first = (long)page * pageSize;
        for (var i = first; i < items.Count && i < first + pageSize; i++)
        {
            yield return items[(int)i];
        }
    }
}
