namespace ProcurementInsight.Core.Survey;

/// <summary>How new something was, as the KEINO questionnaire asks it.</summary>
public enum NoveltyLevel
{
    /// <summary>Not new.</summary>
    NotNew = 0,

    /// <summary>Significantly improved.</summary>
    SignificantlyImproved = 1,

    /// <summary>Completely new.</summary>
    CompletelyNew = 2,
}
