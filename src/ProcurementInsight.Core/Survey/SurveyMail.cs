namespace ProcurementInsight.Core.Survey;

/// <summary>One survey e-mail: a digest of one or more surveys sent to one address.</summary>
/// <param name="To">The recipient address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">The HTML body.</param>
/// <param name="MessageId">A Message-ID unique to the address, the dispatch run and the steps the mail carries, so a duplicate would be recognisable.</param>
/// <param name="Language">The language of the texts (<c>fi</c>, <c>sv</c>, <c>en</c>).</param>
/// <param name="OptOutLink">
/// The one-click opt-out address of the recipient, sent as <c>List-Unsubscribe</c> with
/// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 2369, RFC 8058).
/// </param>
public sealed record SurveyMail(string To, string Subject, string TextBody, string HtmlBody, string MessageId, string Language, Uri OptOutLink);
