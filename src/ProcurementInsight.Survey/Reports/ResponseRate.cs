namespace ProcurementInsight.Survey.Reports;

/// <summary>Response figures of one group of invitations.</summary>
/// <param name="Dimension"><c>month</c> (the notice published), <c>sector</c>, <c>cpv-division</c>, <c>phase</c> (<c>flagged</c> or <c>control</c>) or <c>total</c>.</param>
/// <param name="Group">The group, e.g. <c>2025-03</c>, <c>Municipal</c>, <c>45</c>.</param>
/// <param name="Invited">Invitations with a contact e-mail.</param>
/// <param name="Answered">Of those, answered.</param>
/// <param name="NoContact">Triggering procedures without a usable contact e-mail.</param>
/// <param name="OptedOut">Recipients who opted out.</param>
/// <param name="Bounced">Undeliverable invitations.</param>
public sealed record ResponseRate(string Dimension, string Group, int Invited, int Answered, int NoContact, int OptedOut, int Bounced)
{
    /// <summary>Answered per invited, 0–1; 0 when none was invited.</summary>
    public double Rate => Invited == 0 ? 0 : (double)Answered / Invited;
}
