namespace Intake.Local.Azurite;

/// <summary>
/// Azurite could not be installed or started: Node.js or npm missing, the tool folder not found,
/// <c>npm ci</c> failing, or the emulator not listening in time. The message says what to do.
/// </summary>
public sealed class AzuriteUnavailableException : Exception
{
    public AzuriteUnavailableException()
        : base("Azurite is not available.")
    {
    }

    public AzuriteUnavailableException(string message)
        : base(message)
    {
    }

    public AzuriteUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
