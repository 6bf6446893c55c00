namespace ProcurementInsight.Hilma.Simulator;

/// <summary>How one catalogue object is worded in each language.</summary>
/// <param name="Cpv">The object's CPV code.</param>
/// <param name="Fi">Finnish wording.</param>
/// <param name="Sv">Swedish wording.</param>
/// <param name="En">English wording.</param>
public sealed record ObjectWording(string Cpv, WordingSet Fi, WordingSet Sv, WordingSet En);
