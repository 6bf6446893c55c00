using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// The survey's probability design for one notice, as pure code (the dispatcher records what it decides; a
/// benchmark can call it without storage). Flagged procedures (<see cref="InvitationPlanner.Triggers(SurveyNoticeFacts)"/>)
/// are a census; an unflagged procedure of a surveyed form type is drawn into the control sample with its
/// stratum's rate, by a uniform number hashed from the year and procedure, so the draw reproduces in any
/// instance and order. A procedure is drawn once: a recorded draw is kept, except that a control procedure
/// later flagged joins the flagged census. Each selected buyer is then subject to the per-address cap: the k-th
/// procedure an address receives in a quarter is kept with probability 1 up to C and (C/k)² above, by a second,
/// independent hash. The inclusion probability is the stratum's rate times the cap's.
/// </summary>
public sealed class SurveySampler
{
    private readonly InvitationPlanner _planner;
    private readonly IOptions<SurveyOptions> _options;

    /// <summary>Creates the sampler under the survey settings (signals, form types, cap).</summary>
    public SurveySampler(IOptions<SurveyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _planner = new InvitationPlanner(options);
    }

    /// <summary>The design stratum of a notice: its first buyer's sector × its main CPV division × the value band of its euros.</summary>
    public static string StratumOf(SurveyNoticeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sector = facts.Buyers.Count > 0 ? facts.Buyers[0].Sector : Core.Organisations.Sector.Unknown;
        return SurveyStrata.Of(sector, facts.MainCpvDivision, SurveyStrata.ValueBand(facts.Euros));
    }

    /// <summary>The control draw's uniform number in [0, 1): the first 8 bytes of SHA-256(<c>control-sample\n{year}\n{procedure}</c>) over 2^64.</summary>
    public static double ControlNumber(int year, string procedure) =>
        Uniform(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"control-sample\n{year}\n{procedure}"));

    /// <summary>The cap's uniform number in [0, 1), independent of the control draw: from SHA-256(<c>address-cap\n{procedure}\n{buyer}</c>).</summary>
    public static double CapNumber(string procedure, string buyerIdentity) => Uniform($"address-cap\n{procedure}\n{buyerIdentity}");

    /// <summary>The probability that the cap keeps the <paramref name="rank"/>-th procedure of an address in a quarter: 1 up to <paramref name="cap"/>, (C/k)² above.</summary>
    public static double CapRate(int rank, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        return rank <= cap ? 1 : Math.Pow((double)cap / rank, 2);
    }

    /// <summary>The design point of a buyer's recorded decision; null when the buyer is not surveyed.</summary>
    public static SurveyDesignPoint? DesignOf(SurveyDraw draw, SurveyBuyerDraw buyer)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(buyer);
        return draw.Selected && buyer.Invited ? new SurveyDesignPoint(draw.Phase, draw.Stratum, draw.Rate * buyer.CapRate) : null;
    }

    /// <summary>
    /// The procedure's draw: <paramref name="existingDraw"/> when there is one (upgraded to the flagged census when it
    /// was a control draw and this notice is flagged); else a new draw, flagged with rate 1, or control with the
    /// stratum's rate in <paramref name="allocation"/>. Null when the notice is not of a surveyed form type, or is
    /// unflagged and there is no control sample (<paramref name="allocation"/> null or of target 0).
    /// </summary>
    public SurveyDraw? Draw(string noticeKey, SurveyNoticeFacts facts, ControlAllocation? allocation, SurveyDraw? existingDraw)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noticeKey);
        ArgumentNullException.ThrowIfNull(facts);
        var flagged = _planner.Triggers(facts);
        if (existingDraw is not null)
        {
            return existingDraw.Phase == SurveyPhase.Control && flagged
                ? existingDraw with { Phase = SurveyPhase.Flagged, Rate = 1, Selected = true, Upgraded = true }
                : existingDraw;
        }

        if (!_planner.IsSurveyedFormType(facts))
        {
            return null;
        }

        var procedure = InvitationPlanner.ProcedureOf(noticeKey, facts);
        var stratum = StratumOf(facts);
        if (flagged)
        {
            return new SurveyDraw(procedure, facts.PublicationDate?.Year ?? allocation?.Year ?? 0, SurveyPhase.Flagged, stratum, 1, true);
        }

        if (allocation is not { TargetSize: > 0 })
        {
            return null;
        }

        var rate = allocation.RateOf(stratum);
        return new SurveyDraw(procedure, allocation.Year, SurveyPhase.Control, stratum, rate, ControlNumber(allocation.Year, procedure) < rate);
    }

    /// <summary>
    /// Decides the notice: the procedure's draw (<see cref="Draw"/>) and, for each distinct buyer, whether it is
    /// surveyed and with which design point. A buyer with a recorded decision in the draw keeps it; otherwise a
    /// buyer with a usable address of a selected procedure asks <paramref name="rankOf"/> for the procedure's rank
    /// k among those arriving for the address in the quarter of publication, and is kept with probability c(k).
    /// <paramref name="rankOf"/> is called only for selected procedures, once per new buyer with an address.
    /// </summary>
    /// <param name="noticeKey">The notice's key (the procedure when it names none).</param>
    /// <param name="facts">The notice's facts.</param>
    /// <param name="allocation">The control allocation of the notice's year; null for no control sample.</param>
    /// <param name="existingDraw">The procedure's recorded draw, with its buyers' decisions; null when never drawn.</param>
    /// <param name="rankOf">The rank of a procedure among those arriving for an address in a quarter (1, 2, …).</param>
    public SurveyDecision Decide(string noticeKey, SurveyNoticeFacts facts, ControlAllocation? allocation, SurveyDraw? existingDraw, Func<SurveyCapSlot, int> rankOf)
    {
        ArgumentNullException.ThrowIfNull(rankOf);
        var draw = Draw(noticeKey, facts, allocation, existingDraw);
        if (draw is null)
        {
            return new SurveyDecision(null, []);
        }

        var cap = _options.Value.Cap.PerAddressPerQuarter;
        var decisions = new List<SurveyBuyerDecision>();
        foreach (var (buyer, id) in DistinctBuyers(facts, draw.Procedure))
        {
            if (!draw.Selected)
            {
                decisions.Add(new SurveyBuyerDecision(buyer, id, null, null));
                continue;
            }

            if (!draw.Buyers.TryGetValue(id, out var record))
            {
                var rank = SlotOf(facts, draw, buyer) is { } slot ? rankOf(slot) : (int?)null;
                var capRate = rank is { } k ? CapRate(k, cap) : 1;
                record = new SurveyBuyerDraw(id, rank, capRate, CapNumber(draw.Procedure, InvitationPlanner.BuyerIdentity(buyer.Identifier, buyer.Name)) < capRate);
            }

            decisions.Add(new SurveyBuyerDecision(buyer, id, record, DesignOf(draw, record)));
        }

        return new SurveyDecision(draw, decisions);
    }

    /// <summary>
    /// The first 8 bytes of the text's SHA-256 (big-endian) over 2^64, truncated to a double's 53 bits so it
    /// stays below 1 (a rate of 1 always selects).
    /// </summary>
    /// <summary>The cap slots a decision of the drawn procedure will ask ranks for: one per new buyer with a usable address, none when the procedure is not selected.</summary>
    public static IReadOnlyList<SurveyCapSlot> SlotsToRank(SurveyNoticeFacts facts, SurveyDraw draw)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(draw);
        return draw.Selected
            ? [.. DistinctBuyers(facts, draw.Procedure).Where(b => !draw.Buyers.ContainsKey(b.Id)).Select(b => SlotOf(facts, draw, b.Buyer)).OfType<SurveyCapSlot>().Distinct()]
            : [];
    }

    /// <summary>The buyers with their invitation ids, the first of each id (as <see cref="InvitationPlanner.Plan(string, SurveyNoticeFacts, DateTimeOffset)"/> makes them).</summary>
    private static IEnumerable<(SurveyBuyer Buyer, string Id)> DistinctBuyers(SurveyNoticeFacts facts, string procedure)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var buyer in facts.Buyers)
        {
            var id = InvitationPlanner.InvitationId(procedure, buyer.Identifier, buyer.Name);
            if (seen.Add(id))
            {
                yield return (buyer, id);
            }
        }
    }

    /// <summary>The buyer's address (in lower case, as one mailbox) and the quarter of publication (of the draw's year when the notice has no date); null without a usable address.</summary>
    private static SurveyCapSlot? SlotOf(SurveyNoticeFacts facts, SurveyDraw draw, SurveyBuyer buyer)
    {
        if (InvitationPlanner.UsableEmail(buyer.Email) is not { } email)
        {
            return null;
        }

        var published = facts.PublicationDate ?? new DateTimeOffset(Math.Max(draw.Year, 1), 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new SurveyCapSlot(email.ToLowerInvariant(), published.Year, ((published.Month - 1) / 3) + 1, draw.Procedure);
    }

    private static double Uniform(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }
}
