namespace ProcurementInsight.Core.Broker;

/// <summary>A buyer organisation's API key, as stored: only its hash, never the key.</summary>
/// <param name="KeyHash">Lower-case hex SHA-256 of the key.</param>
/// <param name="Organisation">The organisation the key belongs to.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record BuyerKey(string KeyHash, string Organisation, DateTimeOffset CreatedAt);
