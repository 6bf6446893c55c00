using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Survey;

/// <summary>A buyer as the survey needs it.</summary>
/// <param name="Name">The official name (BT-500).</param>
/// <param name="Identifier">The registration number (BT-501), when published.</param>
/// <param name="Sector">The sector derived from the legal type (BT-11).</param>
/// <param name="Email">The published contact e-mail (BT-506), when any.</param>
public sealed record SurveyBuyer(string Name, string? Identifier, Sector Sector, string? Email);
