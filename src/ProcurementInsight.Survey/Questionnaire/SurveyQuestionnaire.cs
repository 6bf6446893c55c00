using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey.Questionnaire;

/// <summary>
/// One version of the KEINO follow-up questionnaire, read from <c>Questionnaire/questionnaire-VERSION.json</c>
/// in this project. Changing the questions means adding a file with a new version; answers keep the
/// version they were given in.
/// </summary>
public sealed class SurveyQuestionnaire
{
    /// <summary>The question id of the respondent's own judgement (yes/no).</summary>
    public const string JudgementId = "judgement";

    /// <summary>The question id of novelty to the buyer.</summary>
    public const string NewToBuyerId = "new-to-buyer";

    /// <summary>The question id of novelty to the market or industry.</summary>
    public const string NewToMarketId = "new-to-market";

    /// <summary>The question id of novelty of the procedure.</summary>
    public const string NewProcedureId = "new-procedure";

    /// <summary>The longest free text kept, in characters.</summary>
    public const int MaxTextLength = 4_000;

    private SurveyQuestionnaire(string version, IReadOnlyDictionary<string, string> title, IReadOnlyList<Question> questions, string contentHash)
    {
        Version = version;
        Title = title;
        Questions = questions;
        ContentHash = contentHash;
    }

    /// <summary>The version, e.g. <c>2026-1</c>.</summary>
    public string Version { get; }

    /// <summary>The questionnaire's title by language.</summary>
    public IReadOnlyDictionary<string, string> Title { get; }

    /// <summary>The questions in order.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>SHA-256 (hex) of the definition file, so a changed file under an old version is caught by a test.</summary>
    public string ContentHash { get; }

    /// <summary>Reads a definition.</summary>
    public static SurveyQuestionnaire Parse(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var sets = new Dictionary<string, IReadOnlyList<QuestionOption>>(StringComparer.Ordinal);
        if (root.TryGetProperty("optionSets", out var optionSets))
        {
            foreach (var set in optionSets.EnumerateObject())
            {
                sets[set.Name] = Options(set.Value);
            }
        }

        var questions = new List<Question>();
        foreach (var q in root.GetProperty("questions").EnumerateArray())
        {
            var type = q.GetProperty("type").GetString() switch
            {
                "single" => QuestionType.OneOf,
                "multiple" => QuestionType.AnyOf,
                "percent" => QuestionType.Percent,
                "text" => QuestionType.Text,
                var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Unknown question type '{other}'.")),
            };
            IReadOnlyList<QuestionOption> options = !q.TryGetProperty("options", out var o) ? []
                : o.ValueKind == JsonValueKind.String ? sets[o.GetString()!]
                : Options(o);
            questions.Add(new Question(
                q.GetProperty("id").GetString()!,
                type,
                q.TryGetProperty("required", out var r) && r.GetBoolean(),
                Texts(q.GetProperty("text")),
                q.TryGetProperty("help", out var h) ? Texts(h) : null,
                options));
        }

        return new SurveyQuestionnaire(root.GetProperty("version").GetString()!, Texts(root.GetProperty("title")), questions, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    /// <summary>
    /// Checks submitted form values against the questions: required answered, options known, the share
    /// a whole number 0–100, texts not too long. Returns the clean answer and an error per question id.
    /// </summary>
    public (Dictionary<string, IReadOnlyList<string>> Values, Dictionary<string, string> Errors) Validate(
        IReadOnlyDictionary<string, IReadOnlyList<string>> form, string language)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in Questions)
        {
            var submitted = (form.GetValueOrDefault(question.Id) ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (submitted.Count == 0)
            {
                if (question.Required)
                {
                    errors[question.Id] = SurveyTexts.Get(language, "error-required");
                }

                continue;
            }

            switch (question.Type)
            {
                case QuestionType.OneOf:
                    if (submitted.Count != 1 || !question.Options.Any(o => o.Value == submitted[0]))
                    {
                        errors[question.Id] = SurveyTexts.Get(language, "error-option");
                        continue;
                    }

                    values[question.Id] = [submitted[0]];
                    break;
                case QuestionType.AnyOf:
                    if (submitted.Any(v => !question.Options.Any(o => o.Value == v)))
                    {
                        errors[question.Id] = SurveyTexts.Get(language, "error-option");
                        continue;
                    }

                    values[question.Id] = [.. question.Options.Select(o => o.Value).Where(submitted.Contains)];
                    break;
                case QuestionType.Percent:
                    if (submitted.Count != 1 || !int.TryParse(submitted[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent > 100)
                    {
                        errors[question.Id] = SurveyTexts.Get(language, "error-percent");
                        continue;
                    }

                    values[question.Id] = [percent.ToString(CultureInfo.InvariantCulture)];
                    break;
                default:
                    var text = string.Join("\n", submitted).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
                    if (text.Length > MaxTextLength)
                    {
                        errors[question.Id] = string.Format(CultureInfo.InvariantCulture, SurveyTexts.Get(language, "error-text-length"), MaxTextLength);
                        continue;
                    }

                    values[question.Id] = [text];
                    break;
            }
        }

        return (values, errors);
    }

    /// <summary>The label the share estimate learns from, from a validated answer of this version.</summary>
    public SurveyLabel LabelOf(IReadOnlyDictionary<string, IReadOnlyList<string>> values, DateTimeOffset answeredAt)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new SurveyLabel(
            values.GetValueOrDefault(JudgementId) is [var judged] && judged == "yes",
            Novelty(values, NewToBuyerId),
            Novelty(values, NewToMarketId),
            Novelty(values, NewProcedureId),
            Version,
            answeredAt);
    }

    private static NoveltyLevel Novelty(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string id) =>
        values.GetValueOrDefault(id) is [var value] ? value switch
        {
            "completely-new" => NoveltyLevel.CompletelyNew,
            "significantly-improved" => NoveltyLevel.SignificantlyImproved,
            _ => NoveltyLevel.NotNew,
        } : NoveltyLevel.NotNew;

    private static List<QuestionOption> Options(JsonElement array) =>
        [.. array.EnumerateArray().Select(o => new QuestionOption(o.GetProperty("value").GetString()!, Texts(o.GetProperty("text"))))];

    private static Dictionary<string, string> Texts(JsonElement texts) =>
        texts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
}
