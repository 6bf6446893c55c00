using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// Applies the <see cref="SurveySampler"/> to a notice against storage: reads the procedure's recorded draw,
/// records a new one with a conditional insert (so a later notice of the procedure never draws again, and of
/// racing instances the first wins), records a control procedure's upgrade to the flagged census, takes each
/// new buyer's rank under the per-address cap, and records each buyer's decision, invited or not.
/// </summary>
public sealed class SurveyDesign(
    SurveySampler sampler,
    InvitationPlanner planner,
    ControlAllocations allocations,
    ISurveyDrawStore draws,
    ISurveyAddressCap cap,
    ILogger<SurveyDesign> logger)
{
    /// <summary>
    /// The design points of the notice's surveyed buyers by invitation id (empty when its procedure was drawn
    /// but not selected); null when the notice is not considered: not a surveyed form type, or unflagged with
    /// the control sample off.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SurveyDesignPoint>?> DecideAsync(string noticeKey, SurveyNoticeFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noticeKey);
        ArgumentNullException.ThrowIfNull(facts);
        if (!planner.IsSurveyedFormType(facts))
        {
            return null;
        }

        var procedure = InvitationPlanner.ProcedureOf(noticeKey, facts);
        var stored = await draws.GetAsync(procedure, cancellationToken);
        var allocation = stored is null && !planner.Triggers(facts)
            ? await allocations.ForYearAsync((facts.PublicationDate ?? now).Year, cancellationToken)
            : null;
        if (stored is null)
        {
            if (sampler.Draw(noticeKey, facts, allocation, null) is not { } fresh)
            {
                return null;
            }

            stored = await draws.TryRecordAsync(fresh, cancellationToken);
            Log.ProcedureDrawn(logger, stored.Procedure, stored.Phase, stored.Stratum, stored.Rate, stored.Selected);
        }

        // Another notice of the procedure may have recorded first: the upgrade rule applies to what is stored.
        if (sampler.Draw(noticeKey, facts, allocation, stored) is { Upgraded: true } upgraded && !stored.Upgraded)
        {
            stored = await draws.RecordUpgradeAsync(upgraded, cancellationToken);
            Log.ProcedureUpgraded(logger, stored.Procedure);
        }

        // Ranks are taken from storage first (asynchronously); the sampler then decides with them.
        var ranks = new Dictionary<SurveyCapSlot, int>();
        foreach (var slot in SurveySampler.SlotsToRank(facts, stored))
        {
            ranks[slot] = await cap.RankAsync(slot, cancellationToken);
        }

        var decision = sampler.Decide(noticeKey, facts, allocation, stored, slot => ranks[slot]);
        var points = new Dictionary<string, SurveyDesignPoint>(StringComparer.Ordinal);
        foreach (var buyer in decision.Buyers)
        {
            if (buyer.Record is not { } record)
            {
                continue;
            }

            if (!stored.Buyers.ContainsKey(buyer.InvitationId))
            {
                record = await draws.TryRecordBuyerAsync(stored.Procedure, record, cancellationToken);
                if (!record.Invited)
                {
                    Log.CappedOut(logger, buyer.InvitationId, record.Rank ?? 0, record.CapRate);
                }
            }

            if (SurveySampler.DesignOf(stored, record) is { } point)
            {
                points[buyer.InvitationId] = point;
            }
        }

        return points;
    }
}
