using ProcurementInsight.Hilma.Api;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>What a batch of eForms reads gave.</summary>
/// <param name="Found">The notices read, by HILMA notice id.</param>
/// <param name="Refused">The ids HILMA refused to serve (406 and other 4xx), with the reason.</param>
public sealed record EFormReads(IReadOnlyDictionary<long, EFormNoticeResponse> Found, IReadOnlyDictionary<long, string> Refused)
{
    /// <summary>The reason to quarantine a notice that was not read.</summary>
    public string MissingReason(long id) =>
        Refused.GetValueOrDefault(id) ?? "HILMA's read API returned no notice for this search result.";
}
