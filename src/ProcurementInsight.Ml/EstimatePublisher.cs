using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>
/// Stores today's estimate of every definition for the current year (and, in January, the previous one, whose
/// late notices still arrive) as dated snapshots, so the share over time is a series.
/// </summary>
public sealed class EstimatePublisher(ShareEstimateService estimates, IEstimateSnapshotStore snapshots, TimeProvider time)
{
    /// <summary>Publishes the snapshots; returns how many were stored.</summary>
    public async Task<int> PublishAsync(CancellationToken cancellationToken)
    {
        var today = time.GetUtcNow();
        var years = today.Month == 1 ? new[] { today.Year - 1, today.Year } : [today.Year];
        var stored = 0;
        foreach (var year in years)
        {
            foreach (var result in await estimates.EstimateAsync(year, ShareDefinitions.All, cancellationToken))
            {
                if (result.Estimate is { } estimate)
                {
                    await snapshots.SaveAsync(new EstimateSnapshot(DateOnly.FromDateTime(today.UtcDateTime), estimate), cancellationToken);
                    stored++;
                }
            }
        }

        return stored;
    }
}
