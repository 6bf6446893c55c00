namespace ProcurementInsight.Core.Survey;

/// <summary>
/// The queue message that asks the survey to consider a stored notice: sent by the harvester for every
/// new or updated notice of a surveyed form type or with an innovation signal, and by <c>survey scan</c> for notices stored before.
/// </summary>
/// <param name="NoticeKey">The stored notice's key (<see cref="Notices.Notice.Key"/>).</param>
public sealed record SurveyTrigger(string NoticeKey)
{
    /// <summary>The notice's facts as harvested; when absent, the survey reads the stored notice.</summary>
    public SurveyNoticeFacts? Facts { get; init; }

    /// <summary>The trigger of a notice, with its facts.</summary>
    public static SurveyTrigger For(Notices.Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new SurveyTrigger(notice.Key) { Facts = SurveyNoticeFacts.From(notice) };
    }
}
