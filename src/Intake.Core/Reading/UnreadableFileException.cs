using Intake.Core.Messages;

namespace Intake.Core.Reading;

/// <summary>
/// The file cannot be read as a report at all (corrupt, encrypted, not a spreadsheet); carries the
/// reason from the <see cref="MessageCatalog"/> because it reaches the department as feedback.
/// </summary>
public class UnreadableFileException : Exception
{
    public UnreadableFileException(LocalizedText reason, Exception? innerException = null)
        : base(reason.En, innerException)
    {
        Reason = reason;
    }

    public LocalizedText Reason { get; }

    public string MessageZh => Reason.Zh;
}
