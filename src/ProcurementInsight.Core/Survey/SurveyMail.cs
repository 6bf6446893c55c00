namespace ProcurementInsight.Core.Survey;

/// <summary>One survey e-mail.</summary>
/// <param name="To">The recipient address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">The HTML body.</param>
/// <param name="MessageId">A Message-ID unique to the invitation and step, so a duplicate would be recognisable.</param>
/// <param name="Language">The language of the texts (<c>fi</c>, <c>sv</c>, <c>en</c>).</param>
public sealed record SurveyMail(string To, string Subject, string TextBody, string HtmlBody, string MessageId, string Language);
