namespace ProcurementInsight.Core.Broker;

/// <summary>Who saw which opportunities of a supplier: one answer of the supplier view. No personal data.</summary>
/// <param name="KeyId">The first 16 hex digits of the key's hash (<c>cli</c> for the command line): enough to tell keys apart, useless to present.</param>
/// <param name="BusinessId">The company whose view was shown.</param>
/// <param name="At">When.</param>
/// <param name="NeedIds">The buyers' needs shown.</param>
/// <param name="NoticeKeys">The open competitions (notice keys) shown.</param>
public sealed record SupplierAccessRecord(string KeyId, string BusinessId, DateTimeOffset At, IReadOnlyList<string> NeedIds, IReadOnlyList<string> NoticeKeys);
