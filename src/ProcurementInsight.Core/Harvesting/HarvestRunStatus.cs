namespace ProcurementInsight.Core.Harvesting;

/// <summary>How a harvest run ended.</summary>
public enum HarvestRunStatus
{
    /// <summary>Still running (or killed before it could record its end).</summary>
    Running = 0,

    /// <summary>Every window was harvested.</summary>
    Completed = 1,

    /// <summary>It stopped on an error; the checkpoint holds what was completed.</summary>
    Failed = 2,

    /// <summary>It was cancelled; the checkpoint holds what was completed.</summary>
    Cancelled = 3,

    /// <summary>
    /// It was still recorded as running when a later run started: killed (or cut off from storage) before
    /// it could record its end. The checkpoint holds what it completed.
    /// </summary>
    Abandoned = 4,
}
