namespace Intake.Cli;

/// <summary>Exit codes of the CLI contract (DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Accepted = 0;
    public const int Rejected = 1;
    public const int Usage = 2;

    /// <summary>Could not complete: storage unreachable, or an internal error. Never a bad file.</summary>
    public const int Failed = 3;
}
