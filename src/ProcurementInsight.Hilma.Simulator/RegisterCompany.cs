namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A company of the simulated register.</summary>
/// <param name="Index">Its index in the <see cref="RegisterPopulation"/>.</param>
/// <param name="BusinessId">Finnish business id.</param>
/// <param name="Name">Current name.</param>
/// <param name="Line">Main line of business.</param>
/// <param name="City">Registered office's post town.</param>
/// <param name="Nuts">NUTS 3 code of the town (never served: the register has no NUTS codes).</param>
/// <param name="Form">Company form code (16 limited company, 17 public, 13 limited partnership, 14 sole trader).</param>
/// <param name="RegisteredOn">When the business id was granted.</param>
/// <param name="IsCorpusSupplier">One of the HILMA simulator's own suppliers.</param>
public sealed record RegisterCompany(int Index, string BusinessId, string Name, BusinessLine Line, string City, string? Nuts, string Form, DateOnly RegisteredOn, bool IsCorpusSupplier);
