namespace Intake.Web;

/// <summary>Settings of the web page, bound from the configuration section <c>Intake:Web</c>.</summary>
public sealed class IntakeWebOptions
{
    public const string SectionName = "Intake:Web";

    /// <summary>
    /// Who may use the page. Default <see cref="WebAccess.AppService"/>: every route needs the principal that
    /// App Service Authentication puts in <c>X-MS-CLIENT-PRINCIPAL</c>, and is closed (503) unless the platform says
    /// that authentication is on (<c>WEBSITE_AUTH_ENABLED</c>). <c>intake serve</c> sets <see cref="WebAccess.Open"/>
    /// and listens on loopback only.
    /// </summary>
    public WebAccess Access { get; set; } = WebAccess.AppService;

    /// <summary>How many previews parse at once on one instance. Default 2.</summary>
    public int MaxConcurrentPreviews { get; set; } = 2;

    /// <summary>How long a preview waits for its turn before it is answered 429 with a <c>Retry-After</c>. Default 20 s.</summary>
    public TimeSpan PreviewWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Facts, and issues, on one page of a preview. Default 100.</summary>
    public int PreviewPageSize { get; set; } = 100;
}
