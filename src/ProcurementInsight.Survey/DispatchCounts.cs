namespace ProcurementInsight.Survey;

/// <summary>What a dispatch (a trigger, or a run over everything due) did.</summary>
/// <param name="Created">Invitations created with a contact e-mail.</param>
/// <param name="NoContact">Invitations created without a usable contact e-mail, recorded as "no contact".</param>
/// <param name="AlreadyInvited">Triggers for a procedure and buyer already invited.</param>
/// <param name="Invited">Invitation e-mails sent.</param>
/// <param name="Reminded">Reminder e-mails sent.</param>
/// <param name="Failed">Sends that failed for now and will be retried.</param>
/// <param name="Bounced">Invitations given up as undeliverable.</param>
/// <param name="OptedOut">Invitations not sent because the address opted out.</param>
public sealed record DispatchCounts(int Created, int NoContact, int AlreadyInvited, int Invited, int Reminded, int Failed, int Bounced, int OptedOut)
{
    /// <summary>Nothing done.</summary>
    public static DispatchCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public DispatchCounts Add(DispatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Created + other.Created, NoContact + other.NoContact, AlreadyInvited + other.AlreadyInvited, Invited + other.Invited,
            Reminded + other.Reminded, Failed + other.Failed, Bounced + other.Bounced, OptedOut + other.OptedOut);
    }
}
