namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>How many of an organisation's procurements carry one innovation signal, each source kept apart.</summary>
/// <param name="Source"><c>hilma</c> (HILMA's statistics answers), <c>eforms</c> (BT-06/BT-776 codes in the XML) or <c>legacy</c> (pre-2023 notices' flag).</param>
/// <param name="Signal">The signal: <c>new-to-market</c>, <c>new-to-buyer</c>, <c>considered</c>, <c>inn-pur</c> (BT-06), <c>mar-nov</c>, <c>org-nov</c> or <c>other</c> (BT-776).</param>
/// <param name="Procurements">Procurements with the signal on any of their notices.</param>
public sealed record SignalCount(string Source, string Signal, int Procurements);
