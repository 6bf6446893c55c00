namespace ProcurementInsight.Core.Survey;

/// <summary>Sends survey e-mails.</summary>
public interface ISurveyMailer
{
    /// <summary>Sends one e-mail. Delivery failures are returned, not thrown.</summary>
    Task<MailDelivery> SendAsync(SurveyMail mail, CancellationToken cancellationToken);
}
