namespace ProcurementInsight.Core.Harvesting;

/// <summary>Where an archived raw payload is kept, and whether this call stored it.</summary>
/// <param name="Location">The archive's name for the payload (a blob name), stable for the same bytes.</param>
/// <param name="Created">True when this call stored it; false when the same bytes were already archived.</param>
public sealed record RawNoticeReference(string Location, bool Created);
