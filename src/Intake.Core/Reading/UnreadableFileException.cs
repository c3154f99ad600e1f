namespace Intake.Core.Reading;

/// <summary>
/// The file cannot be read as a report at all (corrupt, encrypted, not a spreadsheet);
/// carries the message in Chinese and in English because it reaches the department as feedback.
/// </summary>
public class UnreadableFileException : Exception
{
    public UnreadableFileException(string messageZh, string messageEn, Exception? innerException = null)
        : base(messageEn, innerException)
    {
        MessageZh = messageZh;
    }

    public string MessageZh { get; }
}
