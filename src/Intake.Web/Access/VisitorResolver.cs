using Intake.Core.Catalog;
using Intake.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Intake.Web.Access;

/// <summary>
/// Tells who is asking: everyone in open mode; in App Service mode the principal, mapped to a reporter by object id
/// and tenant id — and only where the platform says its authentication is on for the app.
/// </summary>
public sealed class VisitorResolver(IOptions<IntakeWebOptions> options, IConfiguration configuration, WebUserDirectory users, ReportCatalog catalog)
{
    /// <summary>The app setting App Service sets to <c>True</c> when its authentication is on for the app.</summary>
    public const string AuthEnabledSetting = "WEBSITE_AUTH_ENABLED";

    /// <summary>
    /// True when the page can tell who is asking: open mode, or App Service mode with the platform's authentication
    /// on. Otherwise anyone could send <c>X-MS-CLIENT-PRINCIPAL</c> themselves, and every route is closed (503).
    /// </summary>
    public bool SignInConfigured =>
        options.Value.Access == WebAccess.Open || string.Equals(configuration[AuthEnabledSetting], "true", StringComparison.OrdinalIgnoreCase);

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

        if (!SignInConfigured || ClientPrincipal.FromHeader(context.Request.Headers[ClientPrincipal.HeaderName]) is not { } principal)
        {
            return null;
        }

        var reporter = principal is { TenantId: { } tenant, ObjectId: { } objectId }
            ? await users.FindReporterAsync(tenant, objectId, context.RequestAborted).ConfigureAwait(false)
            : null;
        var unit = reporter is null ? null : catalog.OrgUnitByCode(reporter);
        return unit is null
            ? new Visitor(principal.Name, null, false, false)
            : unit.Kind == OrgUnitKind.District
                ? new Visitor(principal.Name, null, true, false)
                : new Visitor(principal.Name, unit.Code, false, false);
    }
}
