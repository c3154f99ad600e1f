using System.Text.Json.Nodes;

namespace Intake.IntegrationTests.Infra;

/// <summary>
/// What an ARM template (as <c>bicep build</c> writes it) would deploy for given parameters, worked out offline:
/// the resources whose condition holds, each copy of a loop, every expression evaluated with <see cref="ArmExpression"/>,
/// nested deployments (Bicep modules) included with the parameters their parent passes.
/// </summary>
internal sealed class ArmDeployment
{
    private readonly JsonObject _template;
    private readonly Dictionary<string, JsonNode?> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _storageSuffix;
    private readonly Dictionary<string, ArmDeployment> _nested = new(StringComparer.OrdinalIgnoreCase);

    public ArmDeployment(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters, string storageSuffix = "core.windows.net")
    {
        _template = template;
        _storageSuffix = storageSuffix;
        foreach (var (name, declaration) in template["parameters"]?.AsObject() ?? [])
        {
            _parameters[name] = parameters.TryGetValue(name, out var given)
                ? given?.DeepClone()
                : declaration?["defaultValue"] is { } fallback ? Evaluate(fallback.DeepClone(), 0) : null;
        }

        Resources = [.. Deploy()];
        Outputs = template["outputs"]?.AsObject().ToDictionary(o => o.Key, o => Evaluate(o.Value!["value"]!.DeepClone(), 0), StringComparer.Ordinal)
            ?? [];
    }

    /// <summary>Every resource deployed, those of nested deployments too, with evaluated names and properties.</summary>
    public IReadOnlyList<JsonObject> Resources { get; }

    public IReadOnlyDictionary<string, JsonNode?> Outputs { get; }

    public IEnumerable<JsonObject> OfType(string type) => Resources.Where(r => (string?)r["type"] == type);

    public JsonObject Single(string type, string nameEnding) =>
        Assert.Single(OfType(type), r => ((string)r["name"]!).EndsWith(nameEnding, StringComparison.Ordinal));

    private IEnumerable<JsonObject> Deploy()
    {
        var resources = _template["resources"] is JsonObject symbolic ? symbolic.Select(p => p.Value!) : _template["resources"]!.AsArray()!;
        foreach (var resource in resources.Cast<JsonObject>())
        {
            var copies = resource["copy"] is { } copy ? (int)ArmExpression.Number(Evaluate(copy["count"]!.DeepClone(), 0)) : 1;
            for (var i = 0; i < copies; i++)
            {
                if (resource["condition"] is { } condition && !Evaluate(condition.DeepClone(), i)!.GetValue<bool>())
                {
                    continue;
                }

                var evaluated = (JsonObject)Evaluate(resource.DeepClone(), i)!;
                yield return evaluated;
                if ((string?)evaluated["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
                {
                    var passed = evaluated["properties"]!["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?["value"]?.DeepClone());
                    var module = new ArmDeployment(nested, passed, _storageSuffix);
                    _nested[(string)evaluated["name"]!] = module;
                    foreach (var inner in module.Resources)
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    // A nested template keeps its own expressions: they are evaluated by its own deployment.
    private JsonNode? Evaluate(JsonNode? node, int copyIndex) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key,
            p.Key == "template" && p.Value is JsonObject ? p.Value.DeepClone() : Evaluate(p.Value?.DeepClone(), copyIndex)))),
        JsonArray array => new JsonArray([.. array.Select(x => Evaluate(x?.DeepClone(), copyIndex))]),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            new ArmExpression(p => _parameters.GetValueOrDefault(p)?.DeepClone(), Variable, Reference, copyIndex, _storageSuffix).Evaluate(text),
        _ => node,
    };

    // The outputs of a nested deployment, as reference() gives them: { "outputs": { "name": { "value": … } } }.
    private JsonNode? Reference(string resourceId)
    {
        const string deployments = "/providers/Microsoft.Resources/deployments/";
        var at = resourceId.IndexOf(deployments, StringComparison.Ordinal);
        return at >= 0 && _nested.TryGetValue(resourceId[(at + deployments.Length)..], out var module)
            ? new JsonObject { ["outputs"] = new JsonObject(module.Outputs.Select(o => KeyValuePair.Create(o.Key, (JsonNode?)new JsonObject { ["value"] = o.Value?.DeepClone() }))) }
            : null;
    }

    private JsonNode? Variable(string name)
    {
        if (!_variables.TryGetValue(name, out var value))
        {
            value = Evaluate(_template["variables"]![name]!.DeepClone(), 0);
            _variables[name] = value;
        }

        return value?.DeepClone();
    }
}
