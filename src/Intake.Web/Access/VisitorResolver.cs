using Intake.Core.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intake.Web.Access;

/// <summary>Tells who is asking: everyone in open mode; in App Service mode the principal, mapped to a reporter.</summary>
public sealed class VisitorResolver(IOptions<IntakeWebOptions> options, WebUserDirectory users, ReportCatalog catalog)
{
    /// <summary>
    /// The visitor; null when App Service mode finds no principal (401). A signed-in user who is not listed,
    /// or listed for an unknown unit, is a visitor with no reporter: they may open the page but do nothing (403).
    /// </summary>
    public async Task<Visitor?> ResolveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.Access == WebAccess.Open)
        {
            return Visitor.Anyone;
        }

        if (ClientPrincipal.FromHeader(context.Request.Headers[ClientPrincipal.HeaderName]) is not { } principal)
        {
            return null;
        }

        var reporter = await users.FindReporterAsync(principal.DirectoryKeys, context.RequestAborted).ConfigureAwait(false);
        var unit = reporter is null ? null : catalog.OrgUnitByCode(reporter);
        return unit is null
            ? new Visitor(principal.Name, null, false, false)
            : unit.Kind == OrgUnitKind.District
                ? new Visitor(principal.Name, null, true, false)
                : new Visitor(principal.Name, unit.Code, false, false);
    }
}
