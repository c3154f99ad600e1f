using System.Text;

namespace Intake.Core.Publishing;

/// <summary>The bulletin as Markdown: the title as a heading, the week in bold, one paragraph per block.</summary>
public static class BulletinMarkdown
{
    public static string Write(WeeklyBulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var text = new StringBuilder().Append("# ").AppendLine(bulletin.Title).AppendLine()
            .Append("**").Append(bulletin.Subtitle).AppendLine("**").AppendLine();
        foreach (var paragraph in bulletin.Paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        return text.ToString();
    }
}
