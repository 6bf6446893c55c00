using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcurementInsight.Infra.Tests;

/// <summary>Reads a compiled ARM template: nested module deployments and their literal parameters.</summary>
internal static partial class ArmTemplate
{
    /// <summary>The resources of a template, whether listed (classic) or keyed by symbolic name (language version 2).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray list => list.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

    /// <summary>The module deployment named <paramref name="name"/> inside <paramref name="template"/>.</summary>
    public static JsonObject Module(JsonObject template, string name) =>
        Resources(template).SingleOrDefault(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name)
        ?? throw new InvalidOperationException($"The template has no module '{name}'.");

    /// <summary>The nested template of a module deployment.</summary>
    public static JsonObject Template(JsonObject module) => module["properties"]!["template"]!.AsObject();

    /// <summary>
    /// Every resource of the given type anywhere below <paramref name="template"/>, nested modules included;
    /// references to existing resources (<c>"existing": true</c> in language version 2) are not deployed and not listed.
    /// </summary>
    public static IEnumerable<JsonObject> AllResources(JsonObject template, string type)
    {
        foreach (var resource in Resources(template))
        {
            if ((string?)resource["type"] == type && (bool?)resource["existing"] != true)
            {
                yield return resource;
            }

            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested, type))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// The literal value a module passes for a parameter, resolving <c>[variables('x')]</c> against the
    /// enclosing template's variables (one level deep, elements of arrays included).
    /// </summary>
    public static JsonNode? ParameterValue(JsonObject enclosing, JsonObject module, string parameter)
    {
        var value = module["properties"]!["parameters"]![parameter]?["value"];
        return Resolve(enclosing, value);
    }

    /// <summary>A string array a module receives, resolved to literals.</summary>
    public static IReadOnlyList<string> StringArrayParameter(JsonObject enclosing, JsonObject module, string parameter) =>
        ParameterValue(enclosing, module, parameter) is JsonArray array
            ? [.. array.Select(e => (string?)Resolve(enclosing, e) ?? throw new InvalidOperationException($"An element of '{parameter}' is not a literal."))]
            : throw new InvalidOperationException($"Parameter '{parameter}' is not an array literal.");

    private static JsonNode? Resolve(JsonObject enclosing, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && VariableReference().Match(text) is { Success: true } match)
        {
            return Resolve(enclosing, enclosing["variables"]?[match.Groups[1].Value]);
        }

        if (value is JsonArray array)
        {
            return new JsonArray([.. array.Select(e => Resolve(enclosing, e)?.DeepClone())]);
        }

        return value;
    }

    [GeneratedRegex(@"^\[variables\('([A-Za-z0-9_]+)'\)\]$")]
    private static partial Regex VariableReference();
}
