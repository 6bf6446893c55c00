namespace ProcurementInsight.Core.Broker;

/// <summary>A supplier company's API key, as stored: only its hash, never the key.</summary>
/// <param name="KeyHash">Lower-case hex SHA-256 of the key.</param>
/// <param name="BusinessId">The company's business id; the key sees only this company's view.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record SupplierKey(string KeyHash, string BusinessId, DateTimeOffset CreatedAt);
