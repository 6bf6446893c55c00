using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Survey;

/// <summary>Every log message of the survey capability. No message carries an e-mail address or a token.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Survey invitation {InvitationId} created for notice {NoticeKey} ({Status})")]
    public static partial void InvitationCreated(ILogger logger, string invitationId, string noticeKey, Core.Survey.InvitationStatus status);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Survey e-mail step {Step} of invitation {InvitationId} sent")]
    public static partial void MailSent(ILogger logger, string invitationId, int step);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Survey e-mail step {Step} of invitation {InvitationId} failed (attempt {Attempt}, {Outcome}): {Error}")]
    public static partial void MailFailed(ILogger logger, string invitationId, int step, int attempt, Core.Survey.MailDeliveryOutcome outcome, string? error);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Survey trigger for notice {NoticeKey} ignored: {Reason}")]
    public static partial void TriggerIgnored(ILogger logger, string noticeKey, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Survey trigger message set aside after {DequeueCount} attempts: {Reason}")]
    public static partial void TriggerPoisoned(ILogger logger, long dequeueCount, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Survey dispatch: {Mails} e-mails carrying {Invited} invitations and {Reminded} reminders, {Failed} failed for now, {Bounced} bounced, {OptedOut} opted out")]
    public static partial void DispatchCompleted(ILogger logger, int mails, int invited, int reminded, int failed, int bounced, int optedOut);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Survey answer saved for invitation {InvitationId} (revision {Revision})")]
    public static partial void AnswerSaved(ILogger logger, string invitationId, int revision);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Survey invitation {InvitationId}: recipient opted out")]
    public static partial void OptedOut(ILogger logger, string invitationId);

    // The survey design's messages start at 20.
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Survey draw of procedure {Procedure}: {Phase} in stratum {Stratum} at rate {Rate}, selected {Selected}")]
    public static partial void ProcedureDrawn(ILogger logger, string procedure, Core.Survey.SurveyPhase phase, string stratum, double rate, bool selected);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Survey draw of procedure {Procedure} upgraded from the control sample to the flagged census")]
    public static partial void ProcedureUpgraded(ILogger logger, string procedure);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Survey invitation {InvitationId} drawn but not invited: its address's quarter had {Rank} procedures (kept with probability {CapRate})")]
    public static partial void CappedOut(ILogger logger, string invitationId, int rank, double capRate);

    [LoggerMessage(EventId = 23, Level = LogLevel.Information, Message = "Survey control allocation for {Year} computed from {ReferenceYear}: {Strata} strata, expected size {ExpectedSize}")]
    public static partial void AllocationComputed(ILogger logger, int year, int referenceYear, int strata, double expectedSize);

    [LoggerMessage(EventId = 90, EventName = "FeatureDisabled", Level = LogLevel.Warning, Message = "Survey e-mail held, invitations and reminders stay due: {Reason}")]
    public static partial void SendingHeld(ILogger logger, string reason);

    [LoggerMessage(EventId = 91, EventName = "SurveyFormOff", Level = LogLevel.Warning, Message = "Survey form answered 503: {Reason}")]
    public static partial void FormOff(ILogger logger, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Survey address opted out; {Closed} open surveys of it closed")]
    public static partial void AddressOptedOut(ILogger logger, int closed);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Survey e-mail {MessageId} sent with {Surveys} surveys")]
    public static partial void DigestSent(ILogger logger, string messageId, int surveys);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Survey opt-out link used for invitation {InvitationId}")]
    public static partial void OptOutLinkUsed(ILogger logger, string invitationId);
}
