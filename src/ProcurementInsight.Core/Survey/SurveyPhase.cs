namespace ProcurementInsight.Core.Survey;

/// <summary>Why a procedure and buyer were sent the follow-up survey: the two phases of the survey design.</summary>
public enum SurveyPhase
{
    /// <summary>The buyer flagged innovation (a configured HILMA answer or eForms code): every such procedure is surveyed, subsampled only above the per-address cap.</summary>
    Flagged = 0,

    /// <summary>The procedure carried no innovation flag and was drawn into the stratified probability control sample.</summary>
    Control = 1,
}
