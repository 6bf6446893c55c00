using System.Runtime.CompilerServices;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The survey outcomes the share estimate reads, from the invitation and answer tables: one outcome per
/// invitation (a notice with two buyers has two), answered ones with their label, each with the invitation's
/// design point (null for invitations made before the survey had a design).
/// </summary>
public sealed class TableSurveyOutcomeSource(ISurveyInvitationStore invitations, ISurveyAnswerStore answers, TimeProvider time) : ISurveyOutcomeSource
{
    /// <inheritdoc />
    public async IAsyncEnumerable<SurveyOutcome> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, SurveyLabel>(StringComparer.Ordinal);
        await foreach (var answer in answers.ListAsync(cancellationToken))
        {
            labels[answer.InvitationId] = answer.Label;
        }

        var now = time.GetUtcNow();
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (labels.TryGetValue(invitation.Id, out var label))
            {
                yield return new SurveyOutcome(invitation.NoticeKey, SurveyOutcomeStatus.Answered, label, invitation.Design);
                continue;
            }

            var status = invitation.Status switch
            {
                InvitationStatus.NoContact => SurveyOutcomeStatus.NoContact,
                InvitationStatus.OptedOut => SurveyOutcomeStatus.OptedOut,
                InvitationStatus.Bounced => SurveyOutcomeStatus.Bounced,
                _ when invitation.ExpiresAt <= now => SurveyOutcomeStatus.Expired,
                _ => SurveyOutcomeStatus.Pending,
            };
            yield return new SurveyOutcome(invitation.NoticeKey, status, null, invitation.Design);
        }
    }
}
