namespace Intake.IntegrationTests.Support;

/// <summary>A clock stopped at one instant, for the timer's "week that just ended".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
