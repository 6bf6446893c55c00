using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// Sends survey e-mails over SMTP with MailKit, one connection per message, each with its one-click
/// <c>List-Unsubscribe</c> headers. A 5xx refusal of the
/// recipient or message is a permanent failure (bounce); connection trouble and 4xx are transient.
/// </summary>
public sealed class MailKitSurveyMailer(IOptions<SmtpOptions> options) : ISurveyMailer
{
    /// <inheritdoc />
    public async Task<MailDelivery> SendAsync(SurveyMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        try
        {
            message.To.Add(MailboxAddress.Parse(mail.To));
        }
        catch (ParseException ex)
        {
            return new MailDelivery(MailDeliveryOutcome.PermanentFailure, "Invalid recipient address: " + ex.Message);
        }

        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        message.Headers.Add(HeaderId.ContentLanguage, mail.Language);
        message.Headers.Add("Auto-Submitted", "auto-generated");

        // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link, no form.
        message.Headers.Add("List-Unsubscribe", "<" + mail.OptOutLink.AbsoluteUri + ">");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            var security = settings.UseSsl ? SecureSocketOptions.SslOnConnect : settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return MailDelivery.Sent;
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500 && ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            return new MailDelivery(MailDeliveryOutcome.PermanentFailure, $"{(int)ex.StatusCode} {ex.Message}");
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or AuthenticationException or System.Net.Sockets.SocketException or IOException or TimeoutException or SslHandshakeException)
        {
            return new MailDelivery(MailDeliveryOutcome.TransientFailure, ex.Message);
        }
    }
}
