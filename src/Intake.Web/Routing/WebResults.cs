using System.Text.Json;
using Intake.Core.Messages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Routing;

/// <summary>The page's JSON answers: camelCase, and every &lt; &gt; &amp; ' escaped so that no answer is ever markup.</summary>
public static class WebResults
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult Ok(object value) => Results.Json(value, Json);

    public static IResult Problem(int status, LocalizedText message) =>
        Results.Json(new { error = message.Zh }, Json, statusCode: status);

    /// <summary>One line of plain text, in Chinese and English: what a person who opens any route of a closed page reads.</summary>
    public static IResult Line(int status, LocalizedText message) =>
        Results.Text(MessageCatalog.Bilingual(message) + "\n", "text/plain; charset=utf-8", statusCode: status);
}
