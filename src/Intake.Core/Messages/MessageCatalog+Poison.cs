namespace Intake.Core.Messages;

/// <summary>The feedback for an upload the pipeline gave up on: nothing in it was found wrong, so it names no cell.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText GaveUpOutcome => T($"未接收。{ProcessingFailed.Zh}", $"not accepted. {ProcessingFailed.En}");
}
