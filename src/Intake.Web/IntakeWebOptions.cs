namespace Intake.Web;

/// <summary>Settings of the web page, bound from the configuration section <c>Intake:Web</c>.</summary>
public sealed class IntakeWebOptions
{
    public const string SectionName = "Intake:Web";

    /// <summary>
    /// Who may use the page. Default <see cref="WebAccess.AppService"/>: every route needs the principal that
    /// App Service Authentication puts in <c>X-MS-CLIENT-PRINCIPAL</c>. <c>intake serve</c> sets
    /// <see cref="WebAccess.Open"/> and listens on loopback only.
    /// </summary>
    public WebAccess Access { get; set; } = WebAccess.AppService;
}
