namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// How far an organisation's survey answers depart from the classifier's predictions: its shift δ on the logit scale,
/// shrunk toward 0 under the prior δ ~ N(0, τ²) (see <see cref="OrganisationEffectShrinkage"/>).
/// </summary>
/// <param name="Shift">The posterior mean of δ: 0 means the classifier's predictions are kept; above 0, the organisation's procurements are more often innovative than predicted.</param>
/// <param name="ShiftDeviation">The posterior standard deviation of δ.</param>
/// <param name="Spread">τ, the standard deviation of organisations' shifts, fitted on <paramref name="FittedOn"/>; 0 means organisations do not differ from the classifier beyond chance, so it is trusted as it is.</param>
/// <param name="FittedOn">Where τ was fitted: the peer group's key, or <c>all</c> when the peer group has too few answering organisations.</param>
/// <param name="AnsweringOrganisations">Organisations with survey answers that τ was fitted on.</param>
public sealed record OrganisationEffect(double Shift, double ShiftDeviation, double Spread, string FittedOn, int AnsweringOrganisations);
