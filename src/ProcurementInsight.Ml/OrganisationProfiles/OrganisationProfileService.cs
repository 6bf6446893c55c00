using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml.OrganisationProfiles;

/// <summary>
/// Builds every buyer organisation's profile from the stored notices, the survey invitations and answers (when the
/// survey's stores are registered) and the newest classifier's predictions (when one is trained).
/// </summary>
public sealed class OrganisationProfileService(
    INoticeStore notices,
    IModelStore models,
    IOptions<MlOptions> options,
    ISurveyInvitationStore? invitations = null,
    ISurveyAnswerStore? answers = null)
{
    /// <summary>Every organisation's profile, ordered by business id.</summary>
    public async Task<IReadOnlyList<OrganisationProfile>> BuildAsync(CancellationToken cancellationToken)
    {
        var all = new List<Core.Notices.Notice>();
        await foreach (var stored in notices.ListAsync(cancellationToken))
        {
            all.Add(stored.Notice);
        }

        var surveys = await SurveysAsync(cancellationToken);
        var artifact = await models.GetNewestAsync(cancellationToken);
        var classifier = artifact is null ? null : new InnovationClassifier(artifact, options.Value.Seed);
        return Build(all, surveys, classifier, options.Value.Seed);
    }

    /// <summary>The profiles over already loaded notices and survey records (the benchmark calls this directly).</summary>
    internal static IReadOnlyList<OrganisationProfile> Build(IReadOnlyList<Core.Notices.Notice> notices, IReadOnlyList<OrganisationSurveyRecord> surveys, InnovationClassifier? classifier, int seed)
    {
        Dictionary<ShareDefinition, IReadOnlyDictionary<string, double>>? probabilities = null;
        if (classifier is not null)
        {
            var units = ProcurementUnits.From(notices);
            probabilities = [];
            foreach (var definition in ShareDefinitions.All.Where(classifier.Has))
            {
                var scores = classifier.Score(units, definition);
                probabilities[definition] = units.Select((u, i) => (u.Key, scores[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
            }
        }

        return OrganisationProfileBuilder.Build(notices, surveys, probabilities, seed);
    }

    private async Task<List<OrganisationSurveyRecord>> SurveysAsync(CancellationToken cancellationToken)
    {
        var records = new List<OrganisationSurveyRecord>();
        if (invitations is null)
        {
            return records;
        }

        var saved = new Dictionary<string, SurveyAnswer>(StringComparer.Ordinal);
        if (answers is not null)
        {
            await foreach (var answer in answers.ListAsync(cancellationToken))
            {
                saved[answer.InvitationId] = answer;
            }
        }

        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (!BusinessId.TryParse(invitation.BuyerIdentifier, out var id))
            {
                continue;
            }

            var answer = saved.GetValueOrDefault(invitation.Id);
            records.Add(new OrganisationSurveyRecord(
                id.Value,
                invitation.NoticeKey,
                invitation.Design?.Phase ?? SurveyPhase.Flagged,
                invitation.Status == InvitationStatus.NoContact,
                answer?.Label,
                answer?.Values));
        }

        return records;
    }
}
