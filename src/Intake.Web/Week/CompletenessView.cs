namespace Intake.Web.Week;

/// <summary>One expected reporter of the week: <c>on_time</c>, <c>late</c> or <c>missing</c>.</summary>
public sealed record CompletenessView(string Reporter, string Name, string State, string StateName, string? SubmittedAt);
