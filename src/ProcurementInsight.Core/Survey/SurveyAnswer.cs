namespace ProcurementInsight.Core.Survey;

/// <summary>The saved answer of one invitation; saving again replaces it.</summary>
/// <param name="InvitationId">The invitation answered.</param>
/// <param name="NoticeKey">The notice the invitation is about.</param>
/// <param name="Values">Answers by question id; several values for multiple-choice questions. Free text as typed.</param>
/// <param name="Label">The part the share estimate learns from, with the questionnaire version and save time.</param>
/// <param name="FirstSavedAt">When the answer was first saved.</param>
/// <param name="Revision">How many times it was saved.</param>
public sealed record SurveyAnswer(
    string InvitationId,
    string NoticeKey,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    SurveyLabel Label,
    DateTimeOffset FirstSavedAt,
    int Revision);
