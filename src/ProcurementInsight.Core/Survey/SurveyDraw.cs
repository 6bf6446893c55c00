namespace ProcurementInsight.Core.Survey;

/// <summary>
/// The survey's decision for one procedure, recorded the first time a notice of it is considered, so a later
/// notice of the same procedure (award notice, correction, re-harvest) never draws it again. The only change
/// ever made is the upgrade of a procedure first seen unflagged and later flagged into the flagged census.
/// </summary>
/// <param name="Procedure">The procedure (BT-04), or the notice key of a notice without one.</param>
/// <param name="Year">The year whose control allocation was used: the publication year of the first notice seen.</param>
/// <param name="Phase">Flagged census or control sample.</param>
/// <param name="Stratum">The design stratum of the first notice seen (<see cref="SurveyStrata.Of"/>).</param>
/// <param name="Rate">The stratum's sampling rate: 1 for a flagged procedure, the control allocation's rate otherwise.</param>
/// <param name="Selected">True when the procedure is surveyed (every flagged one; a control one when its uniform number fell below <paramref name="Rate"/>).</param>
public sealed record SurveyDraw(string Procedure, int Year, SurveyPhase Phase, string Stratum, double Rate, bool Selected)
{
    /// <summary>True when the procedure was drawn for the control sample first and was later flagged, which put it in the flagged census.</summary>
    public bool Upgraded { get; init; }

    /// <summary>The decisions for the procedure's buyers under the per-address cap, by invitation id; recorded once each.</summary>
    public IReadOnlyDictionary<string, SurveyBuyerDraw> Buyers { get; init; } = new Dictionary<string, SurveyBuyerDraw>(StringComparer.Ordinal);

    /// <summary>The stored version (an ETag); null before it is stored.</summary>
    public string? ConcurrencyToken { get; init; }
}
