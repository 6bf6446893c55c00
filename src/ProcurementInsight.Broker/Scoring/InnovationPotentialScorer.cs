using System.Globalization;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Scoring;

/// <summary>
/// Scores a supplier's innovation potential from its won contracts. Each component is between 0 and 1:
/// <list type="bullet">
/// <item><c>innovativeContracts</c>: n contracts whose notice says innovative; <c>1 − e^(−n/3)</c>.</item>
/// <item><c>newToMarketShare</c>: share s of wins flagged new to the market; <c>min(1, s / 0.25)</c>.</item>
/// <item><c>surveyConfirmed</c>: n contracts the follow-up survey confirmed innovative; <c>1 − e^(−n)</c>.</item>
/// <item><c>buyerBreadth</c>: b distinct buyers; <c>1 − e^(−b/5)</c>.</item>
/// <item><c>recency</c>: y years since the last win; <c>e^(−y/1.5)</c>.</item>
/// <item><c>growth</c>: r wins in the last 12 months, p in the 12 before; <c>0.5 + 0.5·(r − p)/(r + p)</c>, 0 when both are 0.</item>
/// </list>
/// The potential is <c>100 · Σ wᵢ·cᵢ / Σ wᵢ</c> with the weights of <see cref="InnovationPotentialWeights"/>.
/// </summary>
public sealed class InnovationPotentialScorer
{
    private const double DaysPerYear = 365.25;
    private readonly InnovationPotentialWeights _weights;

    /// <summary>Creates a scorer with the given weights.</summary>
    public InnovationPotentialScorer(InnovationPotentialWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
        var total = weights.InnovativeContracts + weights.NewToMarketShare + weights.SurveyConfirmed + weights.BuyerBreadth + weights.Recency + weights.Growth;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total, nameof(weights));
    }

    /// <summary>Scores the contracts as of <paramref name="asOf"/> (contracts after it are ignored).</summary>
    public InnovationPotential Score(IReadOnlyList<WonContract> contracts, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var innovative = 0;
        var newToMarket = 0;
        var confirmed = 0;
        var recent = 0;
        var prior = 0;
        var count = 0;
        DateTimeOffset? last = null;
        var buyers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var contract in contracts)
        {
            if (contract.AwardedOn > asOf)
            {
                continue;
            }

            count++;
            innovative += contract.Innovative ? 1 : 0;
            newToMarket += contract.NewToMarket ? 1 : 0;
            confirmed += contract.SurveyConfirmed ? 1 : 0;
            buyers.Add(contract.BuyerId ?? contract.BuyerName);
            var age = (asOf - contract.AwardedOn).TotalDays;
            if (age <= DaysPerYear)
            {
                recent++;
            }
            else if (age <= 2 * DaysPerYear)
            {
                prior++;
            }

            if (last is null || contract.AwardedOn > last)
            {
                last = contract.AwardedOn;
            }
        }

        var share = count == 0 ? 0 : (double)newToMarket / count;
        var years = last is null ? double.PositiveInfinity : (asOf - last.Value).TotalDays / DaysPerYear;
        var totalWeight = _weights.InnovativeContracts + _weights.NewToMarketShare + _weights.SurveyConfirmed + _weights.BuyerBreadth + _weights.Recency + _weights.Growth;
        var components = new List<InnovationComponent>(6);

        void Add(string name, double raw, double value, double weight, string explanation) =>
            components.Add(new InnovationComponent(name, Math.Round(raw, 4), Math.Round(value, 4), weight, Math.Round(100 * weight * value / totalWeight, 2), explanation));

        Add("innovativeContracts", innovative, 1 - Math.Exp(-innovative / 3.0), _weights.InnovativeContracts,
            Text($"{innovative} of {count} contracts won were in procurements marked innovative"));
        Add("newToMarketShare", share, Math.Min(1, share / 0.25), _weights.NewToMarketShare,
            Text($"{share:P0} of wins were flagged new to the market"));
        Add("surveyConfirmed", confirmed, 1 - Math.Exp(-confirmed), _weights.SurveyConfirmed,
            Text($"{confirmed} contracts confirmed innovative by the buyer's follow-up survey"));
        Add("buyerBreadth", buyers.Count, 1 - Math.Exp(-buyers.Count / 5.0), _weights.BuyerBreadth,
            Text($"won from {buyers.Count} different buyers"));
        Add("recency", double.IsInfinity(years) ? -1 : years, double.IsInfinity(years) ? 0 : Math.Exp(-Math.Max(0, years) / 1.5), _weights.Recency,
            double.IsInfinity(years) ? "no win yet" : Text($"last win {years:0.0} years ago"));
        Add("growth", recent - prior, recent + prior == 0 ? 0 : 0.5 + (0.5 * (recent - prior) / (recent + prior)), _weights.Growth,
            Text($"{recent} wins in the last 12 months, {prior} in the 12 before"));
        return new InnovationPotential(Math.Round(components.Sum(c => c.Contribution), 1), components);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
