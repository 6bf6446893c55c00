using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>Conditional changes to stored invitations.</summary>
public static class InvitationStoreExtensions
{
    /// <summary>
    /// Applies a change to the stored invitation, reading it again and re-deciding after a conflicting
    /// write. The change returns null to leave the invitation as it is. Returns the stored result, or null.
    /// </summary>
    public static async Task<SurveyInvitation?> MutateAsync(this ISurveyInvitationStore invitations, SurveyInvitation invitation, Func<SurveyInvitation, SurveyInvitation?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(change);
        var current = invitation.ConcurrencyToken is null ? await invitations.GetAsync(invitation.Id, cancellationToken) : invitation;
        for (var attempt = 0; current is not null && attempt < 20; attempt++)
        {
            var changed = change(current);
            if (changed is null)
            {
                return null;
            }

            if (await invitations.TryUpdateAsync(changed, cancellationToken) is { } stored)
            {
                return stored;
            }

            current = await invitations.GetAsync(invitation.Id, cancellationToken);
        }

        return null;
    }
}
