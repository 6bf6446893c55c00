using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Estimation;

/// <summary>A surveyed procurement as the non-response weighting sees it.</summary>
/// <param name="Key">The procurement's key.</param>
/// <param name="Sector">The buyer's sector.</param>
/// <param name="CpvDivision">The CPV division, when known.</param>
/// <param name="SizeBand">The value band (<see cref="ProcurementUnit.SizeBand"/>).</param>
/// <param name="Answered">True when the survey was answered.</param>
public sealed record SurveyedUnit(string Key, Sector Sector, string? CpvDivision, string SizeBand, bool Answered);
