namespace ProcurementInsight.Survey.Questionnaire;

/// <summary>How a question is answered.</summary>
public enum QuestionType
{
    /// <summary>One option (radio buttons).</summary>
    OneOf,

    /// <summary>Any number of options (check boxes).</summary>
    AnyOf,

    /// <summary>A whole number from 0 to 100.</summary>
    Percent,

    /// <summary>Free text.</summary>
    Text,
}
