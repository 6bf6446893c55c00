namespace ProcurementInsight.Core.Survey;

/// <summary>
/// The part of a survey answer the share estimate learns from: the respondent's own judgement and the
/// three novelty items. The full answer (subject, methods, goals, free text) stays with the survey.
/// </summary>
/// <param name="JudgedInnovative">The respondent's own judgement whether the procurement was innovative.</param>
/// <param name="NewToBuyer">Novelty to the buyer organisation.</param>
/// <param name="NewToMarket">Novelty to the market or industry.</param>
/// <param name="NewProcedure">Novelty of the procurement procedure itself.</param>
/// <param name="QuestionnaireVersion">The questionnaire version the answer was given in.</param>
/// <param name="AnsweredAt">When the answer was last saved.</param>
public sealed record SurveyLabel(
    bool JudgedInnovative,
    NoveltyLevel NewToBuyer,
    NoveltyLevel NewToMarket,
    NoveltyLevel NewProcedure,
    string QuestionnaireVersion,
    DateTimeOffset AnsweredAt);
