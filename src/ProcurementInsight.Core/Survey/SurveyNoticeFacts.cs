using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Survey;

/// <summary>
/// What the survey needs to know about a notice, carried in its trigger message so the survey does not
/// read the whole notice back from storage.
/// </summary>
/// <param name="ProcedureId">The procedure (BT-04), when published.</param>
/// <param name="FormType">The form type (BT-03).</param>
/// <param name="Signals">The innovation signals of the notice's profile.</param>
/// <param name="Languages">The notice languages (BT-702), the official one first.</param>
/// <param name="Title">The procedure title (BT-21) by eForms language code.</param>
/// <param name="MainCpvDivision">The main CPV code's division.</param>
/// <param name="PublicationDate">When the notice was published.</param>
/// <param name="Buyers">The buyers.</param>
public sealed record SurveyNoticeFacts(
    string? ProcedureId,
    string? FormType,
    IReadOnlyList<InnovationSignal> Signals,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Title,
    string? MainCpvDivision,
    DateTimeOffset? PublicationDate,
    IReadOnlyList<SurveyBuyer> Buyers)
{
    /// <summary>
    /// The notice's value in euros (<see cref="Estimation.ProcurementUnits.EurosOf"/>): the awarded total on a
    /// result notice, else the estimated value (BT-27) or the sum of the lots' estimates; null when unknown,
    /// and in trigger messages queued before the survey had a design.
    /// </summary>
    public decimal? Euros { get; init; }

    /// <summary>The facts of a notice.</summary>
    public static SurveyNoticeFacts From(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new SurveyNoticeFacts(
            notice.ProcedureId,
            notice.FormType,
            notice.Innovation.Signals,
            notice.Languages,
            notice.Title.Texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase),
            notice.MainCpv?.Division,
            notice.PublicationDate,
            [.. notice.Buyers.Select(b => new SurveyBuyer(b.Name, b.Identifier?.Value, b.Sector, b.Email))])
        {
            Euros = Estimation.ProcurementUnits.EurosOf(notice),
        };
    }
}
