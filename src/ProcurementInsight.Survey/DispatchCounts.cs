namespace ProcurementInsight.Survey;

/// <summary>What a dispatch (a trigger, or a run over everything due) did.</summary>
/// <param name="Created">Invitations created with a contact e-mail.</param>
/// <param name="NoContact">Invitations created without a usable contact e-mail, recorded as "no contact".</param>
/// <param name="AlreadyInvited">Triggers for a procedure and buyer already invited.</param>
/// <param name="Invited">Invitations sent (each in its address's e-mail of the run).</param>
/// <param name="Reminded">Reminders sent (each in its address's e-mail of the run).</param>
/// <param name="Failed">Invitations or reminders whose e-mail failed for now and will be retried.</param>
/// <param name="Bounced">Invitations given up as undeliverable.</param>
/// <param name="OptedOut">Invitations not sent, and closed, because the address opted out.</param>
/// <param name="Mails">E-mails delivered: one per address per dispatch run, listing all its due surveys.</param>
public sealed record DispatchCounts(int Created, int NoContact, int AlreadyInvited, int Invited, int Reminded, int Failed, int Bounced, int OptedOut, int Mails = 0)
{
    /// <summary>Nothing done.</summary>
    public static DispatchCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public DispatchCounts Add(DispatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Created + other.Created, NoContact + other.NoContact, AlreadyInvited + other.AlreadyInvited, Invited + other.Invited,
            Reminded + other.Reminded, Failed + other.Failed, Bounced + other.Bounced, OptedOut + other.OptedOut, Mails + other.Mails);
    }
}
