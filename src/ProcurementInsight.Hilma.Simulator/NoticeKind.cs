namespace ProcurementInsight.Hilma.Simulator;

/// <summary>Broad role of a notice type in a procedure.</summary>
public enum NoticeKind
{
    /// <summary>Prior information or pre-market consultation.</summary>
    Planning,

    /// <summary>Contract notice (call for competition).</summary>
    Contract,

    /// <summary>Contract award notice (result).</summary>
    Award,

    /// <summary>Voluntary ex-ante transparency notice.</summary>
    ExAnte,

    /// <summary>Contract modification.</summary>
    Modification,

    /// <summary>Contract completion.</summary>
    Completion,
}
