using System.Text;
using Intake.Core.Messages;
using Intake.Web.Assets;

namespace Intake.Adapters.Tests.Web;

/// <summary>The page's words reach its HTML and scripts from the catalogue, encoded for where they stand.</summary>
public sealed class PageWordFillerTests
{
    private static string Fill(string file, string text) => Encoding.UTF8.GetString(PageWordFiller.Fill(file, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void AWordInHtmlIsTheCataloguesChineseHtmlEncoded()
    {
        Assert.Equal($"<h1>{MessageCatalog.PageWords["uploadTitle"].Zh}</h1>", Fill("upload.html", "<h1>{{uploadTitle}}</h1>"));
    }

    [Fact]
    public void AWordInAScriptIsEscapedForAStringLiteral()
    {
        var filled = Fill("upload.js", "const t = '{{previewSubject}}';");

        Assert.StartsWith("const t = '", filled, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", filled, StringComparison.Ordinal);
        Assert.Contains("{0}", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordTheCatalogueDoesNotHaveIsABug()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => Fill("week.js", "'{{noSuchWord}}'"));

        Assert.Contains("noSuchWord", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StylesAreLeftAsTheyAre() =>
        Assert.Equal("a::after { content: '{{x}}'; }", Fill("app.css", "a::after { content: '{{x}}'; }"));

    [Fact]
    public void EveryWordThePagesNameIsInTheCatalogueAndEveryPageWordIsUsed()
    {
        var assembly = typeof(PageAssets).Assembly;
        var named = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".js", StringComparison.Ordinal))
            .SelectMany(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), @"\{\{([A-Za-z0-9]+)\}\}").Select(m => m.Groups[1].Value);
            })
            .ToHashSet(StringComparer.Ordinal);

        Assert.Subset(MessageCatalog.PageWords.Keys.ToHashSet(StringComparer.Ordinal), named);
        Assert.Superset(MessageCatalog.PageWords.Keys.ToHashSet(StringComparer.Ordinal), named);
    }
}
