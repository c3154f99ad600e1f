using System.Text.Json;

namespace Intake.IntegrationTests.Support;

/// <summary>Reads the page's JSON answers (which escape every non-ASCII character).</summary>
internal static class ResponseJson
{
    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString() ?? string.Empty;
    }
}
