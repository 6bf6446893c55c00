namespace ProcurementInsight.Testing;

/// <summary>One message as MailDev received it.</summary>
/// <param name="Subject">The decoded subject.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="MessageId">The Message-ID.</param>
/// <param name="Headers">The headers as JSON, as MailDev parsed them (it leaves out <c>List-*</c> headers; see <see cref="MailDevFixture.SourceAsync"/>).</param>
/// <param name="Id">MailDev's id of the message.</param>
public sealed record ReceivedMail(string Subject, string Text, string Html, string MessageId, string Headers, string Id = "")
{
    /// <summary>The first survey link (<c>…/survey/TOKEN</c>) in the text body.</summary>
    public Uri SurveyLink =>
        new(Text.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains("/survey/", StringComparison.Ordinal)).Trim());
}
