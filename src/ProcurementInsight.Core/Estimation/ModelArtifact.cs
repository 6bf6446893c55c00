namespace ProcurementInsight.Core.Estimation;

/// <summary>A trained classifier as stored: its version and its files (models, card, calibration sample).</summary>
/// <param name="Version">Sortable version, e.g. <c>20251126T210000Z</c>; the newest version is the largest.</param>
/// <param name="Files">File name to content, e.g. <c>card.json</c>, <c>model-market.zip</c>.</param>
public sealed record ModelArtifact(string Version, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files);
