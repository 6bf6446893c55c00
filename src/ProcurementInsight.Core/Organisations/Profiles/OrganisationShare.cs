namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// An organisation's innovative share under one definition: raw (Σ values / n) and estimated with its departure from the
/// classifier shrunk (<see cref="OrganisationEffectShrinkage"/>).
/// </summary>
/// <param name="Definition">The definition's name (<c>market</c>, <c>buyer</c>, <c>any</c>).</param>
/// <param name="Source">
/// What each procurement's innovativeness is read from: <c>survey+model</c> (the organisation's own survey answer where it
/// answered, else the classifier's calibrated probability) or <c>self-report</c> (no classifier yet: the buyer's own HILMA answers and eForms codes).
/// </param>
/// <param name="Procurements">Procurements counted (n).</param>
/// <param name="Innovative">Innovative procurements (y), an expected count where probabilities are used.</param>
/// <param name="SurveyAnswers">Procurements whose innovativeness comes from the organisation's own survey answer.</param>
/// <param name="Raw">y / n with the Jeffreys interval; null without procurements.</param>
/// <param name="Shrunk">
/// The estimated realised share of its own procurements: answers where it answered, else the classifier's probabilities
/// moved by its shrunk shift; with the 95 % interval of that realised share.
/// </param>
/// <param name="RawEuros">The euro share Σeᵢyᵢ / Σeᵢ with the Jeffreys interval at the effective size; null without procurements.</param>
/// <param name="ShrunkEuros">The euro share estimated as the count share, each procurement weighted by its euros.</param>
/// <param name="EffectiveProcurements">The euro share's effective number of procurements, (Σe)² / Σe² (Kish; the raw euro interval's size).</param>
/// <param name="Effect">The organisation's shift from the classifier behind <paramref name="Shrunk"/> and <paramref name="ShrunkEuros"/>.</param>
public sealed record OrganisationShare(
    string Definition,
    string Source,
    int Procurements,
    double Innovative,
    int SurveyAnswers,
    ShareFigure? Raw,
    ShareFigure Shrunk,
    ShareFigure? RawEuros,
    ShareFigure ShrunkEuros,
    double EffectiveProcurements,
    OrganisationEffect Effect);
