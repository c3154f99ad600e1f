namespace Intake.Core.Messages;

/// <summary>How a surface that cannot know its reader's language shows a sentence: Chinese, then English.</summary>
public static partial class MessageCatalog
{
    /// <summary>
    /// "zh / en", as the command line and a closed page's plain-text answers write it; after a full-width closing
    /// parenthesis, which carries its own space, "zh）/ en".
    /// </summary>
    public static string Bilingual(LocalizedText text) => text.Zh.EndsWith('）') ? $"{text.Zh}/ {text.En}" : $"{text.Zh} / {text.En}";

    /// <summary>Chinese on one line and English on the next, as the command's own description reads.</summary>
    public static string TwoLines(LocalizedText text) => $"{text.Zh}\n{text.En}";
}
