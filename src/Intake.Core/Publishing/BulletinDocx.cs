using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Intake.Core.Messages;

namespace Intake.Core.Publishing;

/// <summary>The bulletin as a Word document: centred title and week, body paragraphs in 仿宋 with a two-character indent.</summary>
public static class BulletinDocx
{
    public static void Write(WeeklyBulletin bulletin, Stream output)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(
            Centered(bulletin.Title, MessageCatalog.BulletinTitleFont, "44", bold: true),
            Centered(bulletin.Subtitle, MessageCatalog.BulletinSubtitleFont, "32", bold: false));
        foreach (var paragraph in bulletin.Paragraphs)
        {
            body.Append(new Paragraph(
                new ParagraphProperties(new Indentation { FirstLineChars = 200 }, new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }),
                TextRun(paragraph, MessageCatalog.BulletinBodyFont, "32", bold: false)));
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Centered(string text, string font, string size, bool bold) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), TextRun(text, font, size, bold));

    private static Run TextRun(string text, string font, string size, bool bold)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font }, new FontSize { Val = size });
        if (bold)
        {
            properties.Append(new Bold());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
