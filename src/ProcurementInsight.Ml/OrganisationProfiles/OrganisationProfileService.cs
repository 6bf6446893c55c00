using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml.OrganisationProfiles;

/// <summary>
/// Builds every buyer organisation's profile from the stored notices, the survey invitations and answers (when the
/// survey's stores are registered) and the newest classifier's predictions (when one is trained), and keeps the built set
/// for <see cref="MlOptions.OrganisationProfilesMaxAge"/>.
/// </summary>
public sealed class OrganisationProfileService(
    INoticeStore notices,
    IModelStore models,
    IOptions<MlOptions> options,
    TimeProvider time,
    ISurveyInvitationStore? invitations = null,
    ISurveyAnswerStore? answers = null) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    // Replaced whole (one reference write), so a request reading it without the semaphore never sees half of a set.
    private volatile BuiltSet? _built;

    /// <summary>
    /// Every organisation's profile, ordered by business id: the set built at most <see cref="MlOptions.OrganisationProfilesMaxAge"/>
    /// ago, else built now (one build at a time; requests arriving meanwhile get its result).
    /// </summary>
    public async Task<IReadOnlyList<OrganisationProfile>> BuildAsync(CancellationToken cancellationToken)
    {
        var maxAge = options.Value.OrganisationProfilesMaxAge;
        if (maxAge <= TimeSpan.Zero)
        {
            return await BuildNowAsync(cancellationToken);
        }

        if (Fresh(maxAge) is { } fresh)
        {
            return fresh;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(maxAge) is { } built)
            {
                return built;
            }

            // The age counts from the start: whatever was stored after that may be missing from this set.
            var started = time.GetUtcNow();
            var profiles = await BuildNowAsync(cancellationToken);
            _built = new BuiltSet(started, profiles);
            return profiles;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _building.Dispose();

    private IReadOnlyList<OrganisationProfile>? Fresh(TimeSpan maxAge) =>
        _built is { } built && time.GetUtcNow() - built.Started < maxAge ? built.Profiles : null;

    private sealed record BuiltSet(DateTimeOffset Started, IReadOnlyList<OrganisationProfile> Profiles);

    private async Task<IReadOnlyList<OrganisationProfile>> BuildNowAsync(CancellationToken cancellationToken)
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
    internal static IReadOnlyList<OrganisationProfile> Build(IReadOnlyList<Core.Notices.Notice> notices, IReadOnlyList<OrganisationSurveyRecord> surveys, InnovationClassifier? classifier, int seed) =>
        OrganisationProfileBuilder.Build(notices, surveys, Score(notices, classifier), seed);

    /// <summary>The classifier's probability of each procurement (by unit key) under each definition it was trained for; null without a classifier.</summary>
    internal static Dictionary<ShareDefinition, IReadOnlyDictionary<string, double>>? Score(IReadOnlyList<Core.Notices.Notice> notices, InnovationClassifier? classifier)
    {
        if (classifier is null)
        {
            return null;
        }

        var units = ProcurementUnits.From(notices);
        var probabilities = new Dictionary<ShareDefinition, IReadOnlyDictionary<string, double>>();
        foreach (var definition in ShareDefinitions.All.Where(classifier.Has))
        {
            var scores = classifier.Score(units, definition);
            probabilities[definition] = units.Select((u, i) => (u.Key, scores[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
        }

        return probabilities;
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
