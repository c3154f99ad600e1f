using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Core.Messages;

namespace Intake.Web.Assets;

/// <summary>
/// Puts the catalogue's page words into the page's HTML and scripts: each <c>{{name}}</c> becomes
/// <see cref="MessageCatalog.PageWords"/>' Chinese, HTML-encoded in HTML and escaped for a string literal in a script.
/// A name the catalogue does not know is a bug of ours and throws when the assets load.
/// </summary>
public static partial class PageWordFiller
{
    [GeneratedRegex(@"\{\{([A-Za-z0-9]+)\}\}")]
    private static partial Regex Placeholder();

    public static byte[] Fill(string file, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        Func<string, string>? encode = Path.GetExtension(file) switch
        {
            ".html" => WebUtility.HtmlEncode,
            ".js" => text => JsonEncodedText.Encode(text).Value,
            _ => null,
        };
        if (encode is null)
        {
            return content;
        }

        var filled = Placeholder().Replace(Encoding.UTF8.GetString(content), match =>
            MessageCatalog.PageWords.TryGetValue(match.Groups[1].Value, out var word)
                ? encode(word.Zh)
                : throw new InvalidOperationException($"{file} names the page word '{match.Groups[1].Value}', which the catalogue does not have."));
        return Encoding.UTF8.GetBytes(filled);
    }
}
