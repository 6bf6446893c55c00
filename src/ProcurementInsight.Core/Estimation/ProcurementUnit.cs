using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// One procurement, the unit the share is counted in: the contract, award and direct-award notices of one
/// procedure (BT-04) taken together, so a contract notice and its award count once.
/// </summary>
/// <param name="Key">The key of the procurement's first notice.</param>
/// <param name="NoticeKeys">Keys of every notice of the procurement (a survey outcome may name any of them).</param>
/// <param name="Notice">The first notice: its texts, classification and buyer describe the procurement.</param>
/// <param name="Published">The first notice's publication date.</param>
/// <param name="Sector">The first buyer's sector.</param>
/// <param name="CpvDivision">The main CPV division (two digits), when known.</param>
/// <param name="Nuts3">The first buyer's NUTS 3 region (BT-507), when known.</param>
/// <param name="Euros">Awarded total in euros on a result notice, else the estimated value (BT-27); null when neither is known.</param>
/// <param name="SelfReport">The buyer's own innovation answers over all notices of the procurement.</param>
public sealed record ProcurementUnit(
    string Key,
    IReadOnlyList<string> NoticeKeys,
    Notice Notice,
    DateTimeOffset Published,
    Sector Sector,
    string? CpvDivision,
    string? Nuts3,
    decimal? Euros,
    SelfReport SelfReport)
{
    /// <summary>Calendar year of <see cref="Published"/>.</summary>
    public int Year => Published.Year;

    /// <summary>Quarter (1–4) of <see cref="Published"/>.</summary>
    public int Quarter => ((Published.Month - 1) / 3) + 1;

    /// <summary>The notice subtype (OPP-070) of the first notice, e.g. <c>E3</c> or <c>16</c>.</summary>
    public string NoticeType => Notice.Subtype ?? "?";

    /// <summary>The value band the survey weights and the classifier use: <c>small</c>, <c>medium</c>, <c>large</c>, <c>huge</c> or <c>unknown</c>.</summary>
    public string SizeBand => Survey.SurveyStrata.ValueBand(Euros);

    /// <summary>The survey design stratum (<see cref="Survey.SurveyStrata.Of"/>): sector × CPV division × value band.</summary>
    public string Stratum => Survey.SurveyStrata.Of(Sector, CpvDivision, SizeBand);
}
