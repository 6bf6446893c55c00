namespace ProcurementInsight.Core.Estimation;

/// <summary>The classifier's estimate: every procurement scored and the count corrected with the labelled sample's rates.</summary>
/// <param name="Method">The method, <c>cc</c>, <c>acc</c> or <c>pacc</c>.</param>
/// <param name="CountShare">Share of procurements.</param>
/// <param name="EuroShare">Share of euros.</param>
/// <param name="LabelSource"><c>survey</c> when the labels and correction rates come from survey answers; <c>self-report</c> when from the buyers' own answers.</param>
/// <param name="Threshold">The probability at or above which ACC calls a procurement innovative, chosen from the data.</param>
public sealed record ModelBasedShares(string Method, ShareInterval CountShare, ShareInterval EuroShare, string LabelSource, double Threshold);
