namespace ProcurementInsight.Core.Harvesting;

/// <summary>What saving a notice did.</summary>
public enum NoticeWriteOutcome
{
    /// <summary>The notice was new.</summary>
    Created = 1,

    /// <summary>A newer version replaced the stored one.</summary>
    Updated = 2,

    /// <summary>The same version was already stored; nothing changed.</summary>
    Unchanged = 3,

    /// <summary>A newer version was already stored; the incoming older one was not applied.</summary>
    Stale = 4,
}
