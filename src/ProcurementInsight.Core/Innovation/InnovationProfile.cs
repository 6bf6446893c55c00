using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Innovation;

/// <summary>
/// What a notice says about innovation, derived from HILMA's statistics answers and eForms codes,
/// with the signals that led to each conclusion.
/// </summary>
/// <param name="NewToMarket">New to the market or industry: HILMA's answer or BT-776 <c>mar-nov</c>.</param>
/// <param name="NewToBuyer">New to the buyer: HILMA's answer or BT-776 <c>org-nov</c>.</param>
/// <param name="Considered">Innovation considered: HILMA's answer (or a pre-2023 notice's flag).</param>
/// <param name="Any">Any innovation element at all, from any source.</param>
/// <param name="Signals">Every signal found, in enum order, without repeats.</param>
/// <param name="HasHilmaAnswers">True when HILMA statistics answers were available for the notice.</param>
public sealed record InnovationProfile(
    bool NewToMarket,
    bool NewToBuyer,
    bool Considered,
    bool Any,
    IReadOnlyList<InnovationSignal> Signals,
    bool HasHilmaAnswers)
{
    /// <summary>
    /// True when the eForms XML itself carries an innovation code: some lot has BT-06 <c>inn-pur</c>
    /// or any BT-776 code. This is all a bare XML file can tell.
    /// </summary>
    public bool HasEFormsSignal => Signals.Any(s => s >= InnovationSignal.EFormsInnovativePurchase);

    /// <summary>
    /// True when some source says the solution is new (to the market or to the buyer) or an eForms
    /// innovation code is present. "Innovation considered" alone does not count: it says the buyer
    /// thought about innovation, not that the purchase was one.
    /// </summary>
    public bool Innovative => NewToMarket || NewToBuyer || HasEFormsSignal;

    /// <summary>Derives the profile of a notice.</summary>
    public static InnovationProfile From(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var signals = new SortedSet<InnovationSignal>();
        var hasAnswers = false;

        void AddAnswers(InnovationAnswers? answers)
        {
            if (answers is null || answers.IsEmpty)
            {
                return;
            }

            hasAnswers = true;
            if (answers.Source == HilmaStatisticsSource.LegacyNotice)
            {
                if (answers.InnovationConsidered == true)
                {
                    signals.Add(InnovationSignal.LegacyInnovationConsidered);
                }

                return;
            }

            if (answers.SolutionNewToMarketOrIndustry == true)
            {
                signals.Add(InnovationSignal.HilmaNewToMarket);
            }

            if (answers.SolutionNewToBuyer == true)
            {
                signals.Add(InnovationSignal.HilmaNewToBuyer);
            }

            if (answers.InnovationConsidered == true)
            {
                signals.Add(InnovationSignal.HilmaInnovationConsidered);
            }
        }

        AddAnswers(notice.HilmaNoticeAnswers);
        foreach (var lot in notice.Lots)
        {
            AddAnswers(lot.HilmaAnswers);
            if (lot.StrategicProcurement.Contains(EFormsInnovationCodes.InnovativePurchase, StringComparer.OrdinalIgnoreCase))
            {
                signals.Add(InnovationSignal.EFormsInnovativePurchase);
            }

            foreach (var code in lot.InnovativeAcquisition)
            {
                signals.Add(code.ToLowerInvariant() switch
                {
                    EFormsInnovationCodes.MarketNovelty => InnovationSignal.EFormsMarketNovelty,
                    EFormsInnovationCodes.OrganisationNovelty => InnovationSignal.EFormsOrganisationNovelty,
                    _ => InnovationSignal.EFormsOtherInnovativeAcquisition,
                });
            }
        }

        var newToMarket = signals.Contains(InnovationSignal.HilmaNewToMarket) || signals.Contains(InnovationSignal.EFormsMarketNovelty);
        var newToBuyer = signals.Contains(InnovationSignal.HilmaNewToBuyer) || signals.Contains(InnovationSignal.EFormsOrganisationNovelty);
        var considered = signals.Contains(InnovationSignal.HilmaInnovationConsidered) || signals.Contains(InnovationSignal.LegacyInnovationConsidered);
        return new InnovationProfile(newToMarket, newToBuyer, considered, signals.Count > 0, [.. signals], hasAnswers);
    }

    /// <summary>The eForms codes behind <see cref="HasEFormsSignal"/>, in lot order without repeats.</summary>
    public static IReadOnlyList<string> EFormsCodes(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var codes = new List<string>();
        foreach (var lot in notice.Lots)
        {
            foreach (var code in lot.StrategicProcurement.Where(c => c.Equals(EFormsInnovationCodes.InnovativePurchase, StringComparison.OrdinalIgnoreCase)).Concat(lot.InnovativeAcquisition))
            {
                if (!codes.Contains(code, StringComparer.OrdinalIgnoreCase))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }
}
