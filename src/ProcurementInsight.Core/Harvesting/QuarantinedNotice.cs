namespace ProcurementInsight.Core.Harvesting;

/// <summary>A notice that could not be read, kept with the reason so it can be replayed.</summary>
/// <param name="Key">The notice key.</param>
/// <param name="RawLocation">Where its raw payload is archived, when it could be archived.</param>
/// <param name="Reason">Why it was quarantined, in plain words.</param>
/// <param name="QuarantinedAt">When.</param>
public sealed record QuarantinedNotice(string Key, string? RawLocation, string Reason, DateTimeOffset QuarantinedAt);
