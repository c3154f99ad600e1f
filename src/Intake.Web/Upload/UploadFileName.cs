using System.Text;

namespace Intake.Web.Upload;

/// <summary>
/// A file name as the browser sent it, made safe to be a blob name's last segment and a download name:
/// no folders, no control or reserved characters, no leading dots, at most 120 characters.
/// </summary>
public static class UploadFileName
{
    private const int MaxLength = 120;
    private const string Fallback = "upload";

    public static string Sanitize(string? name)
    {
        var text = name ?? string.Empty;
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '#' or '%' or '&' or '\'' or '`' or '\u200b' or '\ufeff')
            {
                clean.Append('_');
            }
            else
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString().Trim().TrimStart('.').Trim();
        if (result.Length > MaxLength)
        {
            var dot = result.LastIndexOf('.');
            var extension = dot > 0 && result.Length - dot <= 6 ? result[dot..] : string.Empty;
            result = result[..(MaxLength - extension.Length)] + extension;
        }

        return result.Length == 0 ? Fallback : result;
    }
}
