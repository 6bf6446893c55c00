using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// The broker's records are kept as JSON in a <c>Json</c> column (split over <c>Json_2</c>, <c>Json_3</c>…
/// past 32,000 characters by <see cref="TextColumns"/>): they are read whole, never queried by field.
/// </summary>
internal static class BrokerJson
{
    public const string Column = "Json";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static TableEntity Entity<T>(string partitionKey, string rowKey, T value)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        TextColumns.Write(entity, Column, JsonSerializer.Serialize(value, Options));
        return entity;
    }

    public static T? Read<T>(TableEntity entity) where T : class =>
        TextColumns.Read(entity, Column) is { } json ? JsonSerializer.Deserialize<T>(json, Options) : null;
}
