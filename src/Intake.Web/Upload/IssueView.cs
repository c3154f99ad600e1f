namespace Intake.Web.Upload;

/// <summary>One cell to fix (or to check), with what was found there and what is expected.</summary>
public sealed record IssueView(string Severity, string SeverityName, string Code, string? Cell, string Message, string? Found, string? Expected);
