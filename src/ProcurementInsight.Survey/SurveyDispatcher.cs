using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Survey;

/// <summary>
/// Creates invitations for triggering notices and sends what is due: the invitation e-mail, then
/// reminders to non-responders, retrying failed deliveries with backoff. Every change to an invitation
/// is a conditional write on its ETag, and a step is claimed before it is sent, so concurrent
/// dispatchers never send the same step twice.
/// </summary>
public sealed class SurveyDispatcher(
    INoticeStore notices,
    ISurveyInvitationStore invitations,
    ISurveyOptOutStore optOuts,
    ISurveyMailer mailer,
    SurveyMailComposer composer,
    InvitationPlanner planner,
    SurveyDesign design,
    TimeProvider time,
    IOptions<SurveyOptions> options,
    SurveyLinksCheck links,
    SurveyMailCheck mail,
    ILogger<SurveyDispatcher> logger)
{
    /// <summary>How long a claimed step is reserved for the sender that claimed it.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>Handles a trigger without facts: reads the stored notice.</summary>
    public Task<TriggerResult> HandleTriggerAsync(string noticeKey, CancellationToken cancellationToken) =>
        HandleTriggerAsync(new SurveyTrigger(noticeKey), cancellationToken);

    /// <summary>
    /// Handles one trigger: draws the procedure in the survey design (<see cref="SurveyDesign"/>), creates the
    /// invitations of the buyers it surveys (once per procedure and buyer, each with its design point) and sends
    /// what is due. Uses the facts the trigger carries, else reads the stored notice.
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

            // Created with the invitation step already claimed: whoever creates it sends it, and a
            // dispatch run racing it sees the claim and leaves it alone.
            var invitation = planned.Email is null ? planned with { Design = point } : planned with { Design = point, ClaimedStep = 0, ClaimedUntil = now + ClaimLease };
            var created = await invitations.TryCreateAsync(invitation, cancellationToken);
            if (created is not null)
            {
                Log.InvitationCreated(logger, created.Id, created.NoticeKey, created.Status);
                counts = counts.Add(created.Status == InvitationStatus.NoContact ? DispatchCounts.Zero with { NoContact = 1 } : DispatchCounts.Zero with { Created = 1 });
                if (created.Email is not null)
                {
                    counts = counts.Add(await SendClaimedAsync(created, 0, cancellationToken));
                }

                continue;
            }

            counts = counts.Add(DispatchCounts.Zero with { AlreadyInvited = 1 });

            // An earlier attempt may have stopped before sending: send what is due, if anything.
            if (await invitations.GetAsync(invitation.Id, cancellationToken) is { } existing)
            {
                counts = counts.Add(await SendDueAsync(existing, cancellationToken));
            }
        }

        return new TriggerResult(counts, null);
    }

    /// <summary>Sends every invitation and reminder that is due; the survey dispatch job.</summary>
    public async Task<DispatchCounts> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (SendingHeldBecause() is { } held)
        {
            // A missing secret holds the mail, not the app: everything due stays due until it is fixed.
            Log.SendingHeld(logger, held);
            return DispatchCounts.Zero;
        }

        using var activity = SurveyTelemetry.ActivitySource.StartActivity("survey.dispatch");
        using var measurement = RunMetrics.Start(RunMetrics.SurveyDispatchJob, time);
        var due = new List<SurveyInvitation>();
        var now = time.GetUtcNow();
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (NextStep(invitation, now) is not null)
            {
                due.Add(invitation);
            }
        }

        var results = new ConcurrentBag<DispatchCounts>();
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.DispatchParallelism, CancellationToken = cancellationToken },
            async (invitation, ct) => results.Add(await SendDueAsync(invitation, ct)));
        var counts = results.Aggregate(DispatchCounts.Zero, (a, b) => a.Add(b));
        Record(measurement, counts);
        measurement.Succeed();
        Log.DispatchCompleted(logger, counts.Invited, counts.Reminded, counts.Failed, counts.Bounced, counts.OptedOut);
        return counts;
    }

    /// <summary>Records trigger counts in the run metrics of the dispatch job.</summary>
    public static void Record(RunMeasurement measurement, DispatchCounts counts)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(counts);
        measurement.Count("invitation.created", counts.Created);
        measurement.Count("invitation.no-contact", counts.NoContact);
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

    /// <summary>Sends the invitation's due step, if any, once.</summary>
    public async Task<DispatchCounts> SendDueAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var now = time.GetUtcNow();
        if (NextStep(invitation, now) is not { } step)
        {
            return DispatchCounts.Zero;
        }

        // Claim the step: of racing senders, only the one whose conditional write lands sends it.
        var claimed = await MutateAsync(invitation, i => NextStep(i, now) == step ? i with { ClaimedStep = step, ClaimedUntil = now + ClaimLease } : null, cancellationToken);
        return claimed is null ? DispatchCounts.Zero : await SendClaimedAsync(claimed, step, cancellationToken);
    }

    /// <summary>Sends a step this caller has claimed, and records the outcome (releasing the claim).</summary>
    private async Task<DispatchCounts> SendClaimedAsync(SurveyInvitation claimed, int step, CancellationToken cancellationToken)
    {
        if (SendingHeldBecause() is { } held)
        {
            // Release the claim and keep the step due: the dispatch job sends it once the secret is there.
            Log.SendingHeld(logger, held);
            await MutateAsync(claimed, i => i with { ClaimedStep = null, ClaimedUntil = null }, cancellationToken);
            return DispatchCounts.Zero;
        }

        if (await optOuts.ContainsAsync(claimed.Email!, cancellationToken))
        {
            var at = time.GetUtcNow();
            await MutateAsync(claimed, i => i with { Status = i.Status == InvitationStatus.Answered ? i.Status : InvitationStatus.OptedOut, OptedOutAt = i.OptedOutAt ?? at, ClaimedStep = null, ClaimedUntil = null }, cancellationToken);
            return DispatchCounts.Zero with { OptedOut = 1 };
        }

        var delivery = await mailer.SendAsync(composer.Compose(claimed, step), cancellationToken);
        var after = time.GetUtcNow();
        if (delivery.Outcome == MailDeliveryOutcome.Sent)
        {
            Log.MailSent(logger, claimed.Id, step);
            await MutateAsync(claimed, i => i with
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
        await MutateAsync(claimed, i => i with
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

    /// <summary>Why survey e-mail cannot go out now (a link cannot be signed, or the SMTP credentials did not resolve); null when it can.</summary>
    private string? SendingHeldBecause() => links.Check().DisabledBecause ?? mail.Check().DisabledBecause;

    /// <summary>
    /// Applies a change to the stored invitation, reading it again and re-deciding after a conflicting
    /// write. The change returns null to leave the invitation as it is. Returns the stored result, or null.
    /// </summary>
    public async Task<SurveyInvitation?> MutateAsync(SurveyInvitation invitation, Func<SurveyInvitation, SurveyInvitation?> change, CancellationToken cancellationToken)
    {
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
