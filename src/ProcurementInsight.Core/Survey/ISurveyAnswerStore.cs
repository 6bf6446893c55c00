namespace ProcurementInsight.Core.Survey;

/// <summary>The survey answers, one per invitation.</summary>
public interface ISurveyAnswerStore
{
    /// <summary>
    /// Saves the answer of an invitation, replacing the one saved before. The store counts the saves: the
    /// answer's <see cref="SurveyAnswer.Revision"/> and <see cref="SurveyAnswer.FirstSavedAt"/> are ignored and
    /// the stored ones kept (1 and this answer's save time for the first save), so concurrent saves are each
    /// counted once.
    /// </summary>
    /// <returns>The answer as stored, with its revision.</returns>
    Task<SurveyAnswer> SaveAsync(SurveyAnswer answer, CancellationToken cancellationToken);

    /// <summary>The answer saved for the invitation, or null.</summary>
    Task<SurveyAnswer?> GetAsync(string invitationId, CancellationToken cancellationToken);

    /// <summary>Every answer, in no particular order.</summary>
    IAsyncEnumerable<SurveyAnswer> ListAsync(CancellationToken cancellationToken);
}
