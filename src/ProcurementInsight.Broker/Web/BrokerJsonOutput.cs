using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProcurementInsight.Broker.Web;

/// <summary>JSON of the broker's answers and the <c>match --json</c> output: camelCase, readable letters, enums as names.</summary>
public static class BrokerJsonOutput
{
    /// <summary>The settings.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
