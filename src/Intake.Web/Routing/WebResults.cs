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
}
