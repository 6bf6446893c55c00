using System.Globalization;

namespace ProcurementInsight.Survey.Questionnaire;

/// <summary>Every questionnaire version in this build; new invitations get <see cref="Current"/>.</summary>
public static class QuestionnaireCatalog
{
    /// <summary>The version new invitations are sent with.</summary>
    public const string CurrentVersion = "2026-1";

    private static readonly Lazy<IReadOnlyDictionary<string, SurveyQuestionnaire>> Versions = new(Load);

    /// <summary>The current questionnaire.</summary>
    public static SurveyQuestionnaire Current => Get(CurrentVersion);

    /// <summary>Every version by version string.</summary>
    public static IReadOnlyDictionary<string, SurveyQuestionnaire> All => Versions.Value;

    /// <summary>The questionnaire of a version.</summary>
    /// <exception cref="KeyNotFoundException">No such version is in this build.</exception>
    public static SurveyQuestionnaire Get(string version) =>
        Versions.Value.TryGetValue(version, out var questionnaire)
            ? questionnaire
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Questionnaire version '{version}' is not in this build."));

    private static Dictionary<string, SurveyQuestionnaire> Load()
    {
        var assembly = typeof(QuestionnaireCatalog).Assembly;
        var versions = new Dictionary<string, SurveyQuestionnaire>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("questionnaire-", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var questionnaire = SurveyQuestionnaire.Parse(buffer.ToArray());
            if (name != $"questionnaire-{questionnaire.Version}.json")
            {
                throw new InvalidOperationException($"{name} declares version {questionnaire.Version}; the file name and the version must agree.");
            }

            versions.Add(questionnaire.Version, questionnaire);
        }

        return versions;
    }
}
