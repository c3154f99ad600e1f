namespace Intake.Web.Routing;

/// <summary>What a route asks of the visitor.</summary>
public enum WebNeed
{
    /// <summary>Anyone signed in (the page's files, who am I).</summary>
    SignedIn,

    /// <summary>A user listed for a reporting unit, or the district office (upload, outcome).</summary>
    Reporter,

    /// <summary>The district office (the week view).</summary>
    District,
}
