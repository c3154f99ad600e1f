using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Intake.IntegrationTests.Infra;

/// <summary>
/// Evaluates the ARM template expressions <c>bicep build</c> writes (<c>[format('{0}', parameters('x'))]</c>) far
/// enough to read a deployment's conditions, names and settings offline: literals, property and index access, and
/// the functions the templates here use. <c>reference</c> of a nested deployment gives its outputs; any other function
/// of the deployment itself (<c>reference</c> of a resource, <c>listKeys</c>) is left as a placeholder string naming it.
/// </summary>
internal sealed class ArmExpression(
    Func<string, JsonNode?> parameters, Func<string, JsonNode?> variables, Func<string, JsonNode?> reference, int copyIndex, string cloudStorageSuffix)
{
    private string _text = string.Empty;
    private int _at;

    /// <summary>The value of a template string: an expression when it is in brackets, else the string itself.</summary>
    public JsonNode? Evaluate(string text)
    {
        if (!(text.StartsWith('[') && text.EndsWith(']')) || text.StartsWith("[[", StringComparison.Ordinal))
        {
            return JsonValue.Create(text.StartsWith("[[", StringComparison.Ordinal) ? text[1..] : text);
        }

        (_text, _at) = (text[1..^1], 0);
        var value = Expression();
        Skip();
        return _at == _text.Length ? value : throw new FormatException($"Unexpected '{_text[_at..]}' in {text}");
    }

    private JsonNode? Expression()
    {
        Skip();
        var value = Primary();
        while (true)
        {
            Skip();
            if (Peek('.'))
            {
                _at++;
                var name = Identifier();
                value = value is JsonObject obj ? obj[name]?.DeepClone() : Placeholder($"{value}.{name}");
            }
            else if (Peek('['))
            {
                _at++;
                var index = Expression();
                Expect(']');
                value = value switch
                {
                    JsonArray array => array[(int)Number(index)]?.DeepClone(),
                    JsonObject obj => obj[index!.GetValue<string>()]?.DeepClone(),
                    _ => Placeholder($"{value}[{index}]"),
                };
            }
            else
            {
                return value;
            }
        }
    }

    private JsonNode? Primary()
    {
        if (Peek('\''))
        {
            var text = new StringBuilder();
            for (_at++; ; _at++)
            {
                if (_text[_at] == '\'' && _at + 1 < _text.Length && _text[_at + 1] == '\'')
                {
                    text.Append('\'');
                    _at++;
                }
                else if (_text[_at] == '\'')
                {
                    _at++;
                    return JsonValue.Create(text.ToString());
                }
                else
                {
                    text.Append(_text[_at]);
                }
            }
        }

        if (char.IsAsciiDigit(_text[_at]) || _text[_at] == '-')
        {
            var start = _at++;
            while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
            {
                _at++;
            }

            return JsonValue.Create(double.Parse(_text[start.._at], CultureInfo.InvariantCulture));
        }

        var name = Identifier();
        if (name is "true" or "false")
        {
            return JsonValue.Create(name == "true");
        }

        Expect('(');
        var arguments = new List<JsonNode?>();
        Skip();
        while (!Peek(')'))
        {
            arguments.Add(Expression());
            Skip();
            if (Peek(','))
            {
                _at++;
            }
        }

        _at++;
        return Call(name, arguments);
    }

    private JsonNode? Call(string name, List<JsonNode?> a) => name switch
    {
        "parameters" => parameters(Text(a[0])),
        "reference" => reference(Text(a[0])) ?? Placeholder($"reference({Text(a[0])})"),
        "variables" => variables(Text(a[0])),
        "not" => !Bool(a[0]),
        "and" => a.All(Bool),
        "or" => a.Any(Bool),
        "equals" => JsonNode.DeepEquals(a[0], a[1]),
        "empty" => a[0] switch { null => true, JsonArray x => x.Count == 0, JsonObject o => o.Count == 0, _ => Text(a[0]).Length == 0 },
        "if" => (Bool(a[0]) ? a[1] : a[2])?.DeepClone(),
        "createArray" => new JsonArray([.. a.Select(x => x?.DeepClone())]),
        "createObject" => new JsonObject(Enumerable.Range(0, a.Count / 2).Select(i => KeyValuePair.Create(Text(a[2 * i]), a[(2 * i) + 1]?.DeepClone()))),
        "concat" => a.FirstOrDefault() is JsonArray
            ? new JsonArray([.. a.SelectMany(x => ((JsonArray)x!).Select(y => y?.DeepClone()))])
            : string.Concat(a.Select(Text)),
        "format" => string.Format(CultureInfo.InvariantCulture, Text(a[0]), [.. a.Skip(1).Select(x => (object)Text(x))]),
        "toLower" => Text(a[0]).ToLowerInvariant(),
        "length" => a[0] is JsonArray items ? items.Count : Text(a[0]).Length,
        "copyIndex" => copyIndex,
        "uniqueString" => "token",
        "guid" => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(string.Join("|", a.Select(Text))))).ToString(),
        "environment" => new JsonObject
        {
            ["suffixes"] = new JsonObject { ["storage"] = cloudStorageSuffix },
            ["authentication"] = new JsonObject { ["loginEndpoint"] = "https://login.example/" },
        },
        "subscription" => JsonNode.Parse("""{"id":"/subscriptions/sub","subscriptionId":"sub"}"""),
        "tenant" => JsonNode.Parse("""{"tenantId":"tenant"}"""),
        "subscriptionResourceId" => $"/subscriptions/sub/providers/{Text(a[0])}/{string.Join('/', a.Skip(1).Select(Text))}",
        "extensionResourceId" => $"{Text(a[0])}/providers/{Text(a[1])}/{string.Join('/', a.Skip(2).Select(Text))}",
        "resourceId" => $"/subscriptions/sub/resourceGroups/rg/providers/{Text(a[0])}/{string.Join('/', a.Skip(1).Select(Text))}",
        _ => Placeholder($"{name}({string.Join(", ", a.Select(Text))})"),
    };

    private static JsonValue Placeholder(string text) => JsonValue.Create($"<{text}>");

    /// <summary>A number, however the node holds it.</summary>
    public static double Number(JsonNode? node) => double.Parse(node?.ToJsonString() ?? "0", CultureInfo.InvariantCulture);

    private static bool Bool(JsonNode? node) => node?.GetValue<bool>() ?? false;

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private string Identifier()
    {
        Skip();
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        return _at > start ? _text[start.._at] : throw new FormatException($"An identifier was expected at '{_text[start..]}'");
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private void Expect(char c)
    {
        Skip();
        if (!Peek(c))
        {
            throw new FormatException($"'{c}' was expected at '{_text[_at..]}'");
        }

        _at++;
    }

    private void Skip()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }
}
