namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>An organisation's procurements first published in one quarter.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Quarter">Quarter, 1–4.</param>
/// <param name="Procurements">Procurement units first published then.</param>
/// <param name="Euros">Their euros (awarded total, else estimated value); procurements without either add nothing.</param>
/// <param name="WithoutValue">Procurements with neither an awarded nor an estimated value.</param>
public sealed record ProcurementPeriod(int Year, int Quarter, int Procurements, decimal Euros, int WithoutValue);
