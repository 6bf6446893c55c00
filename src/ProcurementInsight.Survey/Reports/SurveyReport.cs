using System.Globalization;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Survey.Reports;

/// <summary>
/// What analysts read: response rates by month, sector and CPV division, and the answers as CSV joined
/// with their notices' fields. Contact e-mails never appear in either.
/// </summary>
public sealed class SurveyReport(ISurveyInvitationStore invitations, ISurveyAnswerStore answers, INoticeStore notices)
{
    /// <summary>The CSV export's columns.</summary>
    public static readonly IReadOnlyList<string> BaseColumns =
    [
        "notice_key", "procedure_id", "title", "buyer_name", "buyer_id", "sector", "cpv_division", "notice_type", "procedure_type",
        "contract_nature", "estimated_value", "currency", "published", "language", "invited", "status", "answered", "questionnaire_version",
        "judged_innovative", "new_to_buyer", "new_to_market", "new_procedure",
    ];

    /// <summary>Response rates of every invitation, by month published, sector, CPV division and design phase (flagged or control; invitations made before the design count as flagged).</summary>
    public async Task<IReadOnlyList<ResponseRate>> RatesAsync(CancellationToken cancellationToken)
    {
        var answered = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var answer in answers.ListAsync(cancellationToken))
        {
            answered.Add(answer.InvitationId);
        }

        var all = new List<SurveyInvitation>();
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            all.Add(invitation);
        }

        IEnumerable<ResponseRate> By(string dimension, Func<SurveyInvitation, string> key) =>
            all.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ResponseRate(
                dimension,
                g.Key,
                g.Count(i => i.Status != InvitationStatus.NoContact),
                g.Count(i => answered.Contains(i.Id)),
                g.Count(i => i.Status == InvitationStatus.NoContact),
                g.Count(i => i.Status == InvitationStatus.OptedOut),
                g.Count(i => i.Status == InvitationStatus.Bounced)));

        return
        [
            .. By("month", i => (i.PublicationDate ?? i.CreatedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            .. By("sector", i => i.Sector.ToString()),
            .. By("cpv-division", i => i.CpvDivision ?? "unknown"),
            .. By("phase", i => (i.Design?.Phase ?? SurveyPhase.Flagged) == SurveyPhase.Control ? "control" : "flagged"),
            .. By("total", _ => "all"),
        ];
    }

    /// <summary>Writes every answer as one CSV row (RFC 4180, UTF-8), joined with its invitation and notice.</summary>
    public async Task<int> ExportCsvAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var byId = new Dictionary<string, SurveyInvitation>(StringComparer.Ordinal);
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            byId[invitation.Id] = invitation;
        }

        var questions = QuestionnaireCatalog.Current.Questions
            .Select(q => q.Id)
            .Where(id => id is not (SurveyQuestionnaire.JudgementId or SurveyQuestionnaire.NewToBuyerId or SurveyQuestionnaire.NewToMarketId or SurveyQuestionnaire.NewProcedureId))
            .ToList();
        await output.WriteLineAsync(string.Join(',', BaseColumns.Concat(questions.Select(q => q.Replace('-', '_')))));
        var rows = 0;
        await foreach (var answer in answers.ListAsync(cancellationToken))
        {
            byId.TryGetValue(answer.InvitationId, out var invitation);
            var notice = (await notices.GetAsync(answer.NoticeKey, cancellationToken))?.Notice;
            var label = answer.Label;
            var cells = new List<string?>
            {
                answer.NoticeKey, invitation?.ProcedureId ?? notice?.ProcedureId, invitation?.Title ?? notice?.Title.ToString(),
                invitation?.BuyerName, invitation?.BuyerIdentifier, invitation?.Sector.ToString(), invitation?.CpvDivision ?? notice?.MainCpv?.Division,
                notice?.NoticeType, notice?.ProcedureType, notice?.ContractNature,
                notice?.EstimatedValue?.Amount.ToString(CultureInfo.InvariantCulture), notice?.EstimatedValue?.Currency,
                Date(invitation?.PublicationDate ?? notice?.PublicationDate), invitation?.Language, Date(invitation?.CreatedAt),
                invitation?.Status.ToString(), Date(label.AnsweredAt), label.QuestionnaireVersion,
                label.JudgedInnovative ? "yes" : "no", label.NewToBuyer.ToString(), label.NewToMarket.ToString(), label.NewProcedure.ToString(),
            };
            cells.AddRange(questions.Select(q => answer.Values.GetValueOrDefault(q) is { } v ? string.Join(';', v) : null));
            await output.WriteLineAsync(string.Join(',', cells.Select(Cell)));
            rows++;
        }

        return rows;
    }

    private static string? Date(DateTimeOffset? instant) => instant?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// One CSV cell: quoted when needed, and a text starting with <c>= + - @</c>, tab or carriage return
    /// prefixed with an apostrophe, so a spreadsheet shows a respondent's text instead of running it.
    /// </summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
