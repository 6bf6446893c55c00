namespace ProcurementInsight.Core.Survey;

/// <summary>The control sample's allocations, one per year.</summary>
public interface ISurveyAllocationStore
{
    /// <summary>The year's allocation; null when none is stored.</summary>
    Task<ControlAllocation?> GetAsync(int year, CancellationToken cancellationToken);

    /// <summary>Stores the allocation unless the year has one; returns the stored one, so concurrent instances agree.</summary>
    Task<ControlAllocation> TryAddAsync(ControlAllocation allocation, CancellationToken cancellationToken);

    /// <summary>Stores the allocation, replacing the year's earlier one (an analyst's explicit choice).</summary>
    Task SaveAsync(ControlAllocation allocation, CancellationToken cancellationToken);
}
