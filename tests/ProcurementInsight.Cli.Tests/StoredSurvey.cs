using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Cli.Tests;

/// <summary>What the survey stored under a test's settings, read back through the command line's own services.</summary>
internal static class StoredSurvey
{
    /// <summary>Every stored answer.</summary>
    public static async Task<List<SurveyAnswer>> AnswersAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        var answers = new List<SurveyAnswer>();
        await foreach (var answer in services.GetRequiredService<ISurveyAnswerStore>().ListAsync(CancellationToken.None))
        {
            answers.Add(answer);
        }

        return answers;
    }
}
