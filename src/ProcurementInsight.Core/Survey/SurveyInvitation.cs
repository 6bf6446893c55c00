using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Survey;

/// <summary>
/// One follow-up survey of one procedure and buyer, created when the first triggering notice of the
/// procedure is harvested, with its delivery state.
/// </summary>
/// <param name="Id">32 hex digits derived from the procedure and the buyer, so a re-harvest finds the same invitation.</param>
/// <param name="NoticeKey">The key of the notice that created the invitation.</param>
/// <param name="ProcedureId">The procedure (BT-04), or the notice key when the notice names none.</param>
/// <param name="Title">The procedure title in the invitation's language, or any.</param>
/// <param name="BuyerName">The buyer's official name (BT-500).</param>
/// <param name="BuyerIdentifier">The buyer's registration number (BT-501), when published.</param>
/// <param name="Sector">The buyer's sector.</param>
/// <param name="CpvDivision">The main CPV code's division (two digits), when known.</param>
/// <param name="PublicationDate">When the triggering notice was published.</param>
/// <param name="Language">The invitation's language: <c>fi</c>, <c>sv</c> or <c>en</c>.</param>
/// <param name="Email">The contact e-mail (BT-506); null for <see cref="InvitationStatus.NoContact"/>. Personal data.</param>
/// <param name="QuestionnaireVersion">The questionnaire version current when invited.</param>
/// <param name="Status">Where the invitation stands.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ExpiresAt">When its link stops working and the survey closes.</param>
public sealed record SurveyInvitation(
    string Id,
    string NoticeKey,
    string ProcedureId,
    string Title,
    string BuyerName,
    string? BuyerIdentifier,
    Sector Sector,
    string? CpvDivision,
    DateTimeOffset? PublicationDate,
    string Language,
    string? Email,
    string QuestionnaireVersion,
    InvitationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// Why the invitation was made (flagged or control), its stratum and its inclusion probability, recorded
    /// when the draw was made. Null only for invitations stored before the survey had a design, which were
    /// flagged procedures surveyed with certainty.
    /// </summary>
    public SurveyDesignPoint? Design { get; init; }

    /// <summary>How many e-mails were sent: 0 none, 1 the invitation, 2 and up the reminders.</summary>
    public int StepsSent { get; init; }

    /// <summary>When the invitation e-mail was sent.</summary>
    public DateTimeOffset? FirstSentAt { get; init; }

    /// <summary>When the last e-mail (invitation or reminder) was sent.</summary>
    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>The step a sender has claimed and is sending now, so no other sender sends it too.</summary>
    public int? ClaimedStep { get; init; }

    /// <summary>Until when the claim holds; a sender that died releases it by letting it lapse.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>Failed delivery attempts of the current step.</summary>
    public int DeliveryAttempts { get; init; }

    /// <summary>When a failed step may be tried again.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The last delivery error, in the mail server's words.</summary>
    public string? LastError { get; init; }

    /// <summary>When the form was first opened.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>When an answer was first saved.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>When the recipient opted out.</summary>
    public DateTimeOffset? OptedOutAt { get; init; }

    /// <summary>When delivery failed for good.</summary>
    public DateTimeOffset? BouncedAt { get; init; }

    /// <summary>The store's concurrency token (an ETag); null for an invitation not read from the store.</summary>
    public string? ConcurrencyToken { get; init; }
}
