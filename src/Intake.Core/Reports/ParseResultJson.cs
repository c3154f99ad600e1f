using System.Text.Encodings.Web;
using System.Text.Json;

namespace Intake.Core.Reports;

/// <summary>Writes a <see cref="ParseResult"/> as the contract JSON of DESIGN.md (one object).</summary>
public static class ParseResultJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, ParseResult result, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("file", result.File);
        json.WriteString("reporter", result.Reporter);
        json.WriteString("period", result.Period?.Code);
        json.WriteString("status", ContractNames.Of(result.Status));
        json.WriteStartArray("facts");
        foreach (var fact in result.Facts)
        {
            json.WriteStartObject();
            json.WriteString("reporter", fact.Reporter);
            json.WriteString("orgUnit", fact.OrgUnit);
            json.WriteString("indicator", fact.Indicator);
            json.WriteString("period", fact.Period.Code);
            json.WriteString("measure", ContractNames.Of(fact.Measure));
            json.WriteNumber("value", fact.Value);
            json.WriteString("qualifier", ContractNames.Of(fact.Qualifier));
            json.WriteString("unit", fact.Unit);
            json.WriteString("raw", fact.Raw);
            json.WriteString("cell", fact.Cell);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteIssues(json, result.Issues, language);
        json.WriteEndObject();
    }

    public static string ToJson(ParseResult result, ReportLanguage language = ReportLanguage.Zh)
    {
        using var buffer = new MemoryStream();
        Write(buffer, result, language);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The issues alone, as the contract's "issues" array.</summary>
    public static string IssuesToJson(IReadOnlyList<ReportIssue> issues, ReportLanguage language = ReportLanguage.Zh) =>
        IssuesToJson(issues, int.MaxValue, out _, language);

    /// <summary>
    /// The issues as the contract's "issues" array in at most <paramref name="maxLength"/> characters: issues are
    /// dropped from the end, whole, until the array fits, so what is stored is always valid JSON;
    /// <paramref name="written"/> says how many of them it holds.
    /// </summary>
    public static string IssuesToJson(IReadOnlyList<ReportIssue> issues, int maxLength, out int written, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var text = new System.Text.StringBuilder("[");
        written = 0;
        using var buffer = new MemoryStream();
        foreach (var issue in issues)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options with { Indented = false }))
            {
                WriteIssue(json, issue, language);
            }

            var item = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var separator = written == 0 ? 0 : 1;
            if (text.Length + separator + item.Length + 1 > maxLength)
            {
                break;
            }

            text.Append(',', separator).Append(item);
            written++;
        }

        return text.Append(']').ToString();
    }

    private static void WriteIssues(Utf8JsonWriter json, IReadOnlyList<ReportIssue> issues, ReportLanguage language)
    {
        json.WriteStartArray("issues");
        foreach (var issue in issues)
        {
            WriteIssue(json, issue, language);
        }

        json.WriteEndArray();
    }

    private static void WriteIssue(Utf8JsonWriter json, ReportIssue issue, ReportLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("severity", ContractNames.Of(issue.Severity));
        json.WriteString("code", issue.Code);
        json.WriteString("cell", issue.Cell);
        json.WriteString("indicator", issue.Indicator);
        json.WriteString("message", issue.Message(language));
        json.WriteEndObject();
    }
}
