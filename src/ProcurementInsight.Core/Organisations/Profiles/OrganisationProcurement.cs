namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>One procurement of an organisation as <see cref="OrganisationEffectShrinkage"/> reads it.</summary>
/// <param name="Probability">The classifier's calibrated probability that it is innovative (0–1).</param>
/// <param name="Answer">The organisation's own survey answer under the definition (a true label); null when it did not answer about it.</param>
/// <param name="Euros">Its euros (awarded, else estimated, else imputed as in the national estimate).</param>
public sealed record OrganisationProcurement(double Probability, bool? Answer, double Euros);
