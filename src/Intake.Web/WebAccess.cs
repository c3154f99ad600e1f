namespace Intake.Web;

/// <summary>How the page decides who is asking.</summary>
public enum WebAccess
{
    /// <summary>Signed in through App Service Authentication (Microsoft Entra ID); users mapped to reporters in <c>IntakeWebUsers</c>.</summary>
    AppService,

    /// <summary>No sign-in: anyone who reaches the page may upload as any unit and see the week view (loopback only).</summary>
    Open,
}
