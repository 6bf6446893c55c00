using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// Who asked for no more surveys. Opting out records the address's keyed hash and closes at once every
/// open survey of the address (marked opted out, each with an ETag-checked write; answered ones stay answered).
/// </summary>
/// <remarks>
/// The address's invitations are found by scanning the invitation table rather than through an index
/// keyed by address: the table holds one row per procedure and buyer surveyed (a few thousand a year),
/// the dispatch job already reads all of it every 15 minutes, and an opt-out is a rare human action. So
/// a scan costs less than one dispatch run, needs no second table kept in step with every write, and also
/// finds invitations made before this code existed.
/// </remarks>
public sealed class SurveyOptOuts(
    ISurveyInvitationStore invitations,
    ISurveyOptOutStore store,
    SurveyAddresses addresses,
    TimeProvider time,
    ILogger<SurveyOptOuts> logger)
{
    /// <summary>True when the address opted out (under its keyed or, for old records, its bare hash).</summary>
    public Task<bool> ContainsAsync(string email, CancellationToken cancellationToken) =>
        store.ContainsAsync(addresses.KeyOf(email), cancellationToken);

    /// <summary>Records that the address opted out and closes its open surveys; returns how many were closed.</summary>
    public async Task<int> OptOutAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var now = time.GetUtcNow();
        await store.AddAsync(addresses.KeyOf(email), now, cancellationToken);
        var address = SurveyAddresses.Normalize(email);
        var closed = 0;
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (IsOpen(invitation) && invitation.Email is { } other && SurveyAddresses.Normalize(other) == address
                && await invitations.MutateAsync(invitation, i => IsOpen(i) ? Closed(i, now) : null, cancellationToken) is not null)
            {
                closed++;
            }
        }

        Log.AddressOptedOut(logger, closed);
        return closed;
    }

    /// <summary>The invitation marked opted out, with any claim on it released.</summary>
    public static SurveyInvitation Closed(SurveyInvitation invitation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return invitation with { Status = InvitationStatus.OptedOut, OptedOutAt = invitation.OptedOutAt ?? at, ClaimedStep = null, ClaimedUntil = null };
    }

    private static bool IsOpen(SurveyInvitation invitation) =>
        invitation.Status is InvitationStatus.Pending or InvitationStatus.Sent or InvitationStatus.Reminded;
}
