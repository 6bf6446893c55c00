namespace ProcurementInsight.Core.Survey;

/// <summary>Where survey trigger messages that keep failing are kept, visible to operators.</summary>
public interface ISurveyPoisonStore
{
    /// <summary>Sets a message aside with its reason.</summary>
    Task AddAsync(PoisonedSurveyTrigger message, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages set aside, oldest first, without removing them.</summary>
    Task<IReadOnlyList<PoisonedSurveyTrigger>> PeekAsync(int max, CancellationToken cancellationToken);
}
