using System.Text.Json;
using ProcurementInsight.Core.Innovation;

namespace ProcurementInsight.Hilma.Api;

/// <summary>
/// Reads HILMA's innovation answers out of a <c>hilmaStatistics</c> value. The eForms read API is
/// documented to key it by lot id (<c>{"LOT-0001": {...}}</c>); a flat object (as the legacy API
/// returns) is accepted too and then applies to the notice as a whole.
/// </summary>
public static class HilmaStatisticsReader
{
    private static readonly string[] AnswerNames = ["innovationConsidered", "solutionNewToBuyer", "solutionNewToMarketOrIndustry"];

    /// <summary>
    /// Reads per-lot answers. Returns the answers keyed by lot id, and the notice-level answers when
    /// the value is a flat object. Null, empty and malformed values give no answers.
    /// </summary>
    public static (IReadOnlyDictionary<string, InnovationAnswers> PerLot, InnovationAnswers? Flat) Read(
        JsonElement? statistics, HilmaStatisticsSource source)
    {
        var perLot = new Dictionary<string, InnovationAnswers>(StringComparer.OrdinalIgnoreCase);
        if (statistics is not { ValueKind: JsonValueKind.Object } value)
        {
            return (perLot, null);
        }

        if (LooksFlat(value))
        {
            var flat = ReadAnswers(value, source);
            return (perLot, flat.IsEmpty ? null : flat);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                perLot[property.Name] = ReadAnswers(property.Value, source);
            }
        }

        return (perLot, null);
    }

    /// <summary>Reads the three innovation answers of one statistics object.</summary>
    public static InnovationAnswers ReadAnswers(JsonElement value, HilmaStatisticsSource source) => new(
        ReadBool(value, "innovationConsidered"),
        ReadBool(value, "solutionNewToBuyer"),
        ReadBool(value, "solutionNewToMarketOrIndustry"),
        source);

    private static bool LooksFlat(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False || AnswerNames.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? ReadBool(JsonElement value, string name)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
            }
        }

        return null;
    }
}
