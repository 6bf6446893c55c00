namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>What a quarantine replay did.</summary>
/// <param name="Released">Notices stored now and taken out of quarantine.</param>
/// <param name="StillQuarantined">Notices that still fail; their reason is updated.</param>
/// <param name="Skipped">Notices a replay cannot read alone (pre-2023 <c>OLD-</c> keys, unknown keys): harvest their window again.</param>
public sealed record QuarantineReplay(IReadOnlyList<string> Released, IReadOnlyList<string> StillQuarantined, IReadOnlyList<string> Skipped);
