using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Survey;

/// <summary>
/// Decides whether a notice triggers the survey (its form type and innovation signals, as configured)
/// and makes one invitation per procedure and buyer, with an id derived from both so every harvest of
/// the procedure (contract notice, award notice, corrections) lands on the same invitation.
/// </summary>
public sealed class InvitationPlanner(IOptions<SurveyOptions> options)
{
    /// <summary>True when the notice is a surveyed form type with a configured innovation signal.</summary>
    public bool Triggers(Notice notice) => Triggers(SurveyNoticeFacts.From(notice));

    /// <summary>True when the notice's facts show a surveyed form type with a configured innovation signal: a flagged procedure.</summary>
    public bool Triggers(SurveyNoticeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return IsSurveyedFormType(facts) && facts.Signals.Any(options.Value.TriggerSignalSet.Contains);
    }

    /// <summary>True when the notice is of a surveyed form type (<see cref="SurveyOptions.FormTypes"/>), flagged or not.</summary>
    public bool IsSurveyedFormType(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.FormType is { } formType && options.Value.FormTypeSet.Contains(formType);
    }

    /// <summary>True when the notice's facts show a surveyed form type (<see cref="SurveyOptions.FormTypes"/>), flagged or not.</summary>
    public bool IsSurveyedFormType(SurveyNoticeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.FormType is { } formType && options.Value.FormTypeSet.Contains(formType);
    }

    /// <summary>The procedure a notice belongs to: its procedure id (BT-04), else the notice itself.</summary>
    public static string ProcedureOf(string noticeKey, SurveyNoticeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return string.IsNullOrWhiteSpace(facts.ProcedureId) ? noticeKey : facts.ProcedureId.Trim();
    }

    /// <summary>The invitations of a triggering notice: one per distinct buyer, <see cref="InvitationStatus.NoContact"/> without a usable e-mail.</summary>
    public IReadOnlyList<SurveyInvitation> Plan(Notice notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Plan(notice.Key, SurveyNoticeFacts.From(notice), now);
    }

    /// <summary>The invitations of a triggering notice, from its facts.</summary>
    public IReadOnlyList<SurveyInvitation> Plan(string noticeKey, SurveyNoticeFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var procedure = ProcedureOf(noticeKey, facts);
        var language = SurveyTexts.FromNoticeLanguage(facts.Languages.Count > 0 ? facts.Languages[0] : null);
        var title = new LocalizedText(facts.Title).Best(language switch { "sv" => "SWE", "en" => "ENG", _ => "FIN" }, "FIN", "SWE", "ENG") ?? noticeKey;
        var invitations = new List<SurveyInvitation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var buyer in facts.Buyers)
        {
            var id = InvitationId(procedure, buyer.Identifier, buyer.Name);
            if (!seen.Add(id))
            {
                continue;
            }

            var email = UsableEmail(buyer.Email);
            invitations.Add(new SurveyInvitation(
                id,
                noticeKey,
                procedure,
                title,
                buyer.Name,
                buyer.Identifier,
                buyer.Sector,
                facts.MainCpvDivision,
                facts.PublicationDate,
                language,
                email,
                QuestionnaireCatalog.CurrentVersion,
                email is null ? InvitationStatus.NoContact : InvitationStatus.Pending,
                now,
                now + options.Value.ValidFor));
        }

        return invitations;
    }

    /// <summary>32 hex digits from the procedure and the buyer's registration number (or name).</summary>
    public static string InvitationId(string procedure, string? buyerIdentifier, string buyerName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"survey-invitation\n{procedure}\n{BuyerIdentity(buyerIdentifier, buyerName)}")))[..32];

    /// <summary>Who a buyer is for the survey: its registration number, else its name trimmed in upper case.</summary>
    public static string BuyerIdentity(string? buyerIdentifier, string buyerName)
    {
        ArgumentNullException.ThrowIfNull(buyerName);
        return buyerIdentifier ?? buyerName.Trim().ToUpperInvariant();
    }

    /// <summary>The address when it looks deliverable (one @, a dotted domain, no spaces or angle brackets); else null.</summary>
    public static string? UsableEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or ',' or ';' or '"'))
        {
            return null;
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.') ? trimmed : null;
    }
}
