using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// Where the control sample's allocation of a year comes from: the stored one, else computed once from the
/// stored notices (the year before as reference when stored, else the year so far) and stored with a
/// conditional insert, so concurrent instances draw with the same rates.
/// </summary>
public sealed class ControlAllocations(ISurveyAllocationStore store, INoticeStore notices, InvitationPlanner planner, IOptions<SurveyOptions> options, ILogger<ControlAllocations> logger)
{
    private readonly ConcurrentDictionary<int, Task<ControlAllocation>> _years = new();

    /// <summary>The year's allocation, stored or computed and stored; null when the control sample is off (<see cref="ControlSampleOptions.AnnualSize"/> 0).</summary>
    public async Task<ControlAllocation?> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        if (options.Value.ControlSample.AnnualSize == 0)
        {
            return null;
        }

        var task = _years.GetOrAdd(year, y => LoadOrCreateAsync(y, cancellationToken));
        try
        {
            return await task;
        }
        catch (Exception) when (!task.IsCompletedSuccessfully)
        {
            // A failed load is not remembered: the next trigger tries again.
            _years.TryRemove(new KeyValuePair<int, Task<ControlAllocation>>(year, task));
            throw;
        }
    }

    /// <summary>Computes the year's allocation from the stored notices, of <paramref name="size"/> procedures or the configured annual size; does not store it.</summary>
    public async Task<ControlAllocation> ComputeAsync(int year, int? size, CancellationToken cancellationToken)
    {
        var read = new List<Notice>();
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var stored in notices.ListAsync(cancellationToken))
        {
            var notice = stored.Notice;
            if ((notice.PublicationDate ?? notice.IssueDate)?.Year is { } published && (published == year || published == year - 1))
            {
                read.Add(notice);
                if (planner.Triggers(notice))
                {
                    flagged.Add(notice.Key);
                }
            }
        }

        var units = ProcurementUnits.From(read);
        var control = options.Value.ControlSample;
        var allocation = ControlAllocator.Allocate(
            year,
            ControlAllocator.ReferenceYear(year, units),
            units,
            u => u.NoticeKeys.Any(flagged.Contains),
            size ?? control.AnnualSize,
            control.PriorShare,
            control.MinimumRate);
        Log.AllocationComputed(logger, allocation.Year, allocation.ReferenceYear, allocation.Rates.Count, allocation.ExpectedSize);
        return allocation;
    }

    /// <summary>Computes and stores the year's allocation, replacing a stored one (the <c>survey allocate</c> command).</summary>
    public async Task<ControlAllocation> ReplaceAsync(int year, int? size, CancellationToken cancellationToken)
    {
        var allocation = await ComputeAsync(year, size, cancellationToken);
        await store.SaveAsync(allocation, cancellationToken);
        _years[year] = Task.FromResult(allocation);
        return allocation;
    }

    private async Task<ControlAllocation> LoadOrCreateAsync(int year, CancellationToken cancellationToken) =>
        await store.GetAsync(year, cancellationToken)
        ?? await store.TryAddAsync(await ComputeAsync(year, null, cancellationToken), cancellationToken);
}
