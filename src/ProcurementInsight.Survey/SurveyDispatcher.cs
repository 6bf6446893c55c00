using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Survey;

/// <summary>
/// Creates invitations for triggering notices, and sends what is due in dispatch runs: one e-mail per
/// address per run listing every survey of the address whose invitation or reminder is due, retrying
/// failed deliveries with backoff. Every change to an invitation is a conditional write on its ETag, and
/// each step is claimed before the mail carrying it is sent, so concurrent dispatchers never send the
/// same step twice.
/// </summary>
public sealed class SurveyDispatcher(
    INoticeStore notices,
    SurveyDesign design,
    ISurveyInvitationStore invitations,
    SurveyOptOuts optOuts,
    ISurveyMailer mailer,
    SurveyMailComposer composer,
    InvitationPlanner planner,
    SurveyLinksCheck links,
    SurveyMailCheck mail,
    TimeProvider time,
    IOptions<SurveyOptions> options,
    ILogger<SurveyDispatcher> logger)
{
    /// <summary>How long a claimed step is reserved for the sender that claimed it.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>Handles a trigger without facts: reads the stored notice.</summary>
    public Task<TriggerResult> HandleTriggerAsync(string noticeKey, CancellationToken cancellationToken) =>
        HandleTriggerAsync(new SurveyTrigger(noticeKey), cancellationToken);

    /// <summary>
    /// Handles one trigger: draws the procedure in the survey design (<see cref="SurveyDesign"/>) and creates the
    /// invitations of the buyers it surveys (once per procedure and buyer, each with its design point). Sends nothing:
    /// the next dispatch run (<see cref="DispatchDueAsync"/>) mails each address once with all its due surveys.
    /// Uses the facts the trigger carries, else reads the stored notice.
    /// </summary>
    public async Task<TriggerResult> HandleTriggerAsync(SurveyTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var noticeKey = trigger.NoticeKey;
        ArgumentException.ThrowIfNullOrWhiteSpace(noticeKey);
        using var activity = SurveyTelemetry.ActivitySource.StartActivity("survey.trigger");
        activity?.SetTag("notice.key", noticeKey);
        var facts = trigger.Facts;
        if (facts is null)
        {
            var stored = await notices.GetAsync(noticeKey, cancellationToken);
            if (stored is null)
            {
                return new TriggerResult(DispatchCounts.Zero, $"Notice {noticeKey} is not stored.");
            }

            facts = SurveyNoticeFacts.From(stored.Notice);
        }

        var now = time.GetUtcNow();
        var designs = await design.DecideAsync(noticeKey, facts, now, cancellationToken);
        if (designs is null)
        {
            Log.TriggerIgnored(logger, noticeKey, "not a surveyed form type, or unflagged and not drawn into the control sample");
            return new TriggerResult(DispatchCounts.Zero, null);
        }

        var counts = DispatchCounts.Zero;
        foreach (var planned in planner.Plan(noticeKey, facts, now))
        {
            if (designs.GetValueOrDefault(planned.Id) is not { } point)
            {
                continue;
            }

            var invitation = planned with { Design = point };
            var created = await invitations.TryCreateAsync(invitation, cancellationToken);
            if (created is not null)
            {
                Log.InvitationCreated(logger, created.Id, created.NoticeKey, created.Status);
                counts = counts.Add(created.Status == InvitationStatus.NoContact ? DispatchCounts.Zero with { NoContact = 1 } : DispatchCounts.Zero with { Created = 1 });
                continue;
            }

            counts = counts.Add(DispatchCounts.Zero with { AlreadyInvited = 1 });
        }

        return new TriggerResult(counts, null);
    }

    /// <summary>
    /// Sends every invitation and reminder that is due, one e-mail per address (compared trimmed and
    /// case-insensitively) listing all of them; up to <see cref="SurveyOptions.DispatchParallelism"/>
    /// addresses at once. The survey dispatch job.
    /// </summary>
    public async Task<DispatchCounts> DispatchDueAsync(CancellationToken cancellationToken)
    {
        using var activity = SurveyTelemetry.ActivitySource.StartActivity("survey.dispatch");
        using var measurement = RunMetrics.Start(RunMetrics.SurveyDispatchJob, time);
        if (SendingHeldBecause() is { } held)
        {
            // A missing secret holds the mail, not the app: everything due stays due until it is fixed.
            Log.SendingHeld(logger, held);
            measurement.Succeed();
            return DispatchCounts.Zero;
        }

        var due = new List<SurveyInvitation>();
        var now = time.GetUtcNow();
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (NextStep(invitation, now) is not null)
            {
                due.Add(invitation);
            }
        }

        // NextStep is null without an e-mail, so every due invitation has one.
        var byAddress = due.GroupBy(i => SurveyAddresses.Normalize(i.Email!), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var run = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var results = new ConcurrentBag<DispatchCounts>();
        await Parallel.ForEachAsync(
            byAddress,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.DispatchParallelism, CancellationToken = cancellationToken },
            async (group, ct) => results.Add(await SendToAddressAsync(group, run, ct)));
        var counts = results.Aggregate(DispatchCounts.Zero, (a, b) => a.Add(b));
        Record(measurement, counts);
        measurement.Succeed();
        Log.DispatchCompleted(logger, counts.Mails, counts.Invited, counts.Reminded, counts.Failed, counts.Bounced, counts.OptedOut);
        return counts;
    }

    /// <summary>Records trigger counts in the run metrics of the dispatch job.</summary>
    public static void Record(RunMeasurement measurement, DispatchCounts counts)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(counts);
        measurement.Count("invitation.created", counts.Created);
        measurement.Count("invitation.no-contact", counts.NoContact);
        measurement.Count("mail.sent", counts.Mails);
        measurement.Count("invitation.sent", counts.Invited);
        measurement.Count("reminder.sent", counts.Reminded);
        measurement.Count("mail.failed", counts.Failed);
        measurement.Count("invitation.bounced", counts.Bounced);
        measurement.Count("invitation.opted-out", counts.OptedOut);
    }

    /// <summary>
    /// The step due now (0 the invitation, 1… the reminders), or null when nothing is due: answered,
    /// opted out, bounced, without contact, closed, waiting for a retry, or claimed by another sender.
    /// </summary>
    public int? NextStep(SurveyInvitation invitation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (invitation.Status is not (InvitationStatus.Pending or InvitationStatus.Sent or InvitationStatus.Reminded)
            || invitation.Email is null || invitation.ExpiresAt <= now)
        {
            return null;
        }

        var reminders = options.Value.ReminderDelays;
        var step = invitation.StepsSent;
        if (step > reminders.Count || (invitation.NextAttemptAt is { } retry && retry > now)
            || (invitation.ClaimedStep == step && invitation.ClaimedUntil is { } lease && lease > now))
        {
            return null;
        }

        var dueAt = step == 0 ? invitation.CreatedAt : (invitation.FirstSentAt ?? invitation.CreatedAt) + reminders[step - 1];
        return dueAt <= now ? step : null;
    }

    /// <summary>
    /// Sends one address's due steps in one e-mail: closes them all when the address opted out; else claims
    /// each step (of racing senders, only the one whose conditional write lands gets it), sends one mail with
    /// the steps it got, and records the delivery on each of them.
    /// </summary>
    private async Task<DispatchCounts> SendToAddressAsync(List<SurveyInvitation> group, string run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // Only due invitations are grouped, and an invitation without an e-mail is never due.
        if (await optOuts.ContainsAsync(group[0].Email!, cancellationToken))
        {
            var closed = 0;
            foreach (var invitation in group)
            {
                if (await invitations.MutateAsync(invitation, i => i.Status is InvitationStatus.Pending or InvitationStatus.Sent or InvitationStatus.Reminded ? SurveyOptOuts.Closed(i, now) : null, cancellationToken) is not null)
                {
                    closed++;
                }
            }

            return DispatchCounts.Zero with { OptedOut = closed };
        }

        var claimed = new List<SurveyMailItem>(group.Count);
        foreach (var invitation in group)
        {
            if (NextStep(invitation, now) is { } step
                && await invitations.MutateAsync(invitation, i => NextStep(i, now) == step ? i with { ClaimedStep = step, ClaimedUntil = now + ClaimLease } : null, cancellationToken) is { } mine)
            {
                claimed.Add(new SurveyMailItem(mine, step));
            }
        }

        if (claimed.Count == 0)
        {
            return DispatchCounts.Zero;
        }

        var mail = composer.Compose(claimed, run);
        var delivery = await mailer.SendAsync(mail, cancellationToken);
        var after = time.GetUtcNow();
        var counts = DispatchCounts.Zero;
        if (delivery.Outcome == MailDeliveryOutcome.Sent)
        {
            Log.DigestSent(logger, mail.MessageId, claimed.Count);
            counts = counts with { Mails = 1 };
        }

        foreach (var item in claimed)
        {
            counts = counts.Add(await RecordAsync(item, delivery, after, cancellationToken));
        }

        return counts;
    }

    /// <summary>Records the delivery of a claimed step (releasing the claim), as for a mail of its own.</summary>
    private async Task<DispatchCounts> RecordAsync(SurveyMailItem item, MailDelivery delivery, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var (claimed, step) = (item.Invitation, item.Step);
        if (delivery.Outcome == MailDeliveryOutcome.Sent)
        {
            Log.MailSent(logger, claimed.Id, step);
            await invitations.MutateAsync(claimed, i => i with
            {
                StepsSent = Math.Max(i.StepsSent, step + 1),
                FirstSentAt = i.FirstSentAt ?? after,
                LastSentAt = after,
                Status = i.Status is InvitationStatus.Pending or InvitationStatus.Sent ? (step == 0 ? InvitationStatus.Sent : InvitationStatus.Reminded) : i.Status,
                ClaimedStep = null,
                ClaimedUntil = null,
                DeliveryAttempts = 0,
                NextAttemptAt = null,
                LastError = null,
            }, cancellationToken);
            return step == 0 ? DispatchCounts.Zero with { Invited = 1 } : DispatchCounts.Zero with { Reminded = 1 };
        }

        var attempts = claimed.DeliveryAttempts + 1;
        var bounced = delivery.Outcome == MailDeliveryOutcome.PermanentFailure || attempts >= options.Value.MaxDeliveryAttempts;
        Log.MailFailed(logger, claimed.Id, step, attempts, delivery.Outcome, delivery.Error);
        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, attempts - 1);
        await invitations.MutateAsync(claimed, i => i with
        {
            DeliveryAttempts = attempts,
            LastError = delivery.Error,
            NextAttemptAt = bounced ? null : after + backoff,
            Status = bounced && i.Status != InvitationStatus.Answered ? InvitationStatus.Bounced : i.Status,
            BouncedAt = bounced ? after : i.BouncedAt,
            ClaimedStep = null,
            ClaimedUntil = null,
        }, cancellationToken);
        return bounced ? DispatchCounts.Zero with { Bounced = 1 } : DispatchCounts.Zero with { Failed = 1 };
    }

    /// <summary>
    /// Applies a change to the stored invitation, reading it again and re-deciding after a conflicting
    /// write. The change returns null to leave the invitation as it is. Returns the stored result, or null.
    /// </summary>
    public Task<SurveyInvitation?> MutateAsync(SurveyInvitation invitation, Func<SurveyInvitation, SurveyInvitation?> change, CancellationToken cancellationToken) =>
        invitations.MutateAsync(invitation, change, cancellationToken);

    /// <summary>Why survey e-mail cannot go out now (a link cannot be signed, or the SMTP credentials did not resolve); null when it can.</summary>
    private string? SendingHeldBecause() => links.Check().DisabledBecause ?? mail.Check().DisabledBecause;
}
