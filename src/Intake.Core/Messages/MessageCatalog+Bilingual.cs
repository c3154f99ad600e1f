namespace Intake.Core.Messages;

/// <summary>How a surface that cannot know its reader's language shows a sentence: Chinese, then English.</summary>
public static partial class MessageCatalog
{
    /// <summary>"zh / en", as the command line and a closed page's plain-text answers write it.</summary>
    public static string Bilingual(LocalizedText text) => $"{text.Zh} / {text.En}";
}
