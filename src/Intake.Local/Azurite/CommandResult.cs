namespace Intake.Local.Azurite;

/// <summary>How a short-lived command ended, with the tail of what it printed.</summary>
internal sealed record CommandResult(int ExitCode, bool TimedOut, string Output, string Errors);
