namespace ProcurementInsight.Core.Survey;

/// <summary>The survey answers, one per invitation.</summary>
public interface ISurveyAnswerStore
{
    /// <summary>Saves the answer of an invitation, replacing the one saved before.</summary>
    Task SaveAsync(SurveyAnswer answer, CancellationToken cancellationToken);

    /// <summary>The answer saved for the invitation, or null.</summary>
    Task<SurveyAnswer?> GetAsync(string invitationId, CancellationToken cancellationToken);

    /// <summary>Every answer, in no particular order.</summary>
    IAsyncEnumerable<SurveyAnswer> ListAsync(CancellationToken cancellationToken);
}
