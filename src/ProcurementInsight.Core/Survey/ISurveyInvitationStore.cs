namespace ProcurementInsight.Core.Survey;

/// <summary>The survey invitations.</summary>
public interface ISurveyInvitationStore
{
    /// <summary>
    /// Creates the invitation unless one with its id exists; returns it as stored (with its concurrency
    /// token) when this call created it, else null. A conditional insert, so of two racing callers exactly one creates.
    /// </summary>
    Task<SurveyInvitation?> TryCreateAsync(SurveyInvitation invitation, CancellationToken cancellationToken);

    /// <summary>The invitation with this id, with its concurrency token; null when there is none.</summary>
    Task<SurveyInvitation?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the invitation if it is unchanged since read (its <see cref="SurveyInvitation.ConcurrencyToken"/>);
    /// returns it as stored, with its new concurrency token, or null when someone else changed it first.
    /// </summary>
    Task<SurveyInvitation?> TryUpdateAsync(SurveyInvitation invitation, CancellationToken cancellationToken);

    /// <summary>Every invitation, in no particular order.</summary>
    IAsyncEnumerable<SurveyInvitation> ListAsync(CancellationToken cancellationToken);
}
