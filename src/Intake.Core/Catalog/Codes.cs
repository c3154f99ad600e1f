using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Core.Catalog;

/// <summary>A catalog code type: made from its string on purpose, read as its string everywhere.</summary>
public interface ICode<TSelf>
    where TSelf : struct, ICode<TSelf>
{
    string Value { get; }

    static abstract TSelf Parse(string? text);
}

/// <summary>What a code may be: not empty, no white space or control characters, and no <c>|</c> (the table key separator).</summary>
internal static class Codes
{
    public static string Check(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsValid(value) ? value : throw new ArgumentException($"'{value}' is not a valid {what} code", nameof(value));
    }

    // A stored or read code the program did not write fails loudly.
    public static string Read(string? text, string what) =>
        text is not null && IsValid(text) ? text : throw new InvalidDataException($"stored {what} code '{text}' is not valid");

    // Checked each time a fact is read back from the values a report holds: a loop, so that it allocates nothing.
    public static bool IsValid(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c == '|' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Writes a code as its string in JSON, and reads it back through its Parse.</summary>
public sealed class CodeJsonConverter<TCode> : JsonConverter<TCode>
    where TCode : struct, ICode<TCode>
{
    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return TCode.Parse(reader.GetString());
        }
        catch (InvalidDataException ex)
        {
            // A JsonException, so that the serializer adds where in the document the code stood.
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
