using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Web.Text;

namespace Intake.Web.Upload;

/// <summary>Turns a <see cref="ParseResult"/> into what the upload view shows.</summary>
public sealed class PreviewViews(WebNames names)
{
    public PreviewView Of(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var facts = result.Facts.Select(f => new FactView(
            f.OrgUnit, names.OrgUnit(f.OrgUnit), f.Indicator, names.Indicator(f.Indicator),
            ContractNames.Of(f.Measure), WebNames.Measure(ContractNames.Of(f.Measure)),
            f.Value, WebNames.Qualifier(f.Qualifier), f.Unit, f.Raw, f.Cell)).ToList();
        var issues = result.Issues
            .OrderBy(i => i.Severity == Severity.Error ? 0 : 1)
            .Select(i => new IssueView(ContractNames.Of(i.Severity), MessageCatalog.SeverityLabel(i.Severity).Zh, i.Code, i.Cell, i.MessageZh, i.Found, i.Expected))
            .ToList();
        return new PreviewView(result.File, result.Reporter, result.Reporter is null ? null : names.OrgUnit(result.Reporter),
            result.Period, ContractNames.Of(result.Status), facts, issues);
    }
}
