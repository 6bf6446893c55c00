namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>An organisation's innovative share under one definition, raw and shrunk toward its peer group.</summary>
/// <param name="Definition">The definition's name (<c>market</c>, <c>buyer</c>, <c>any</c>).</param>
/// <param name="Source">
/// What each procurement's innovativeness is read from: <c>survey+model</c> (the organisation's own survey answer where it
/// answered, else the classifier's calibrated probability) or <c>self-report</c> (no classifier yet: the buyer's own HILMA answers and eForms codes).
/// </param>
/// <param name="Procurements">Procurements counted (n).</param>
/// <param name="Innovative">Innovative procurements (y), an expected count where probabilities are used.</param>
/// <param name="SurveyAnswers">Procurements whose innovativeness comes from the organisation's own survey answer.</param>
/// <param name="Raw">y / n with the Jeffreys interval; null without procurements.</param>
/// <param name="Shrunk">The posterior mean and 95 % interval under the peer group's prior.</param>
/// <param name="RawEuros">The euro share Σeᵢyᵢ / Σeᵢ with the Jeffreys interval at the effective size; null without procurements.</param>
/// <param name="ShrunkEuros">The euro share shrunk as the count share, at the effective size (Kish, (Σe)² / Σe²).</param>
/// <param name="EffectiveProcurements">The euro share's effective number of procurements, (Σe)² / Σe².</param>
/// <param name="Prior">The peer group's prior of the count share.</param>
/// <param name="EuroPrior">The peer group's prior of the euro share.</param>
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
    BetaPrior Prior,
    BetaPrior EuroPrior);
