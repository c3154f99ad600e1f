namespace Intake.Web.Upload;

/// <summary>A reporting unit as a choice on the page.</summary>
public sealed record UnitView(string Code, string Name);
