using System.Globalization;
using System.Text;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Survey.Forms;

/// <summary>
/// Server-rendered survey pages: plain HTML with labels, fieldsets and an error summary, usable by
/// keyboard and screen reader, without scripts. Everything that came from outside (notice texts,
/// answers) is HTML-encoded on the way out.
/// </summary>
internal static class SurveyFormRenderer
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1a1a1a; background: #f4f5f7; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
        h1 { font-size: 1.6rem; margin-top: 0; }
        nav ul { list-style: none; padding: 0; display: flex; gap: 1rem; margin: 0 0 1rem; }
        .notice { border-left: 4px solid #0b5394; background: #eef3f9; padding: 0.75rem 1rem; margin-bottom: 1rem; }
        .notice p { margin: 0.25rem 0; }
        fieldset { border: 1px solid #c8ccd2; border-radius: 4px; margin: 0 0 1.25rem; padding: 0.75rem 1rem 1rem; }
        legend, .label { font-weight: 600; padding: 0 0.25rem; }
        .choice { display: block; padding: 0.2rem 0; }
        .choice input { margin-right: 0.5rem; }
        .help { color: #4a4f57; font-size: 0.95rem; margin: 0.25rem 0; }
        .error { color: #b00020; font-weight: 600; margin: 0.25rem 0; }
        .invalid { border-color: #b00020; border-width: 2px; }
        .summary { border: 2px solid #b00020; padding: 0.75rem 1rem; margin-bottom: 1rem; }
        .saved { border: 2px solid #2e7d32; padding: 0.75rem 1rem; margin-bottom: 1rem; }
        textarea, input[type=number] { font: inherit; width: 100%; box-sizing: border-box; padding: 0.4rem; }
        input[type=number] { max-width: 8rem; }
        button { font: inherit; font-weight: 600; padding: 0.6rem 1.4rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        a:focus, button:focus, input:focus, textarea:focus { outline: 3px solid #f9a825; outline-offset: 2px; }
        .quiet { color: #4a4f57; font-size: 0.95rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        """;

    /// <summary>The form, filled with <paramref name="values"/>, with <paramref name="errors"/> by question id and an optional message on top.</summary>
    public static string Form(
        SurveyQuestionnaire questionnaire,
        SurveyInvitation invitation,
        string language,
        string token,
        string formToken,
        Uri hilmaLink,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        IReadOnlyDictionary<string, string> errors,
        string? message,
        DateTimeOffset? savedAt)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        var html = new StringBuilder(16_384);
        Open(html, language, questionnaire.Title.GetValueOrDefault(language) ?? questionnaire.Title["fi"]);
        Languages(html, token, language);
        html.Append("<h1>").Append(E(questionnaire.Title.GetValueOrDefault(language) ?? questionnaire.Title["fi"])).Append("</h1>\n");
        NoticeBox(html, invitation, language, hilmaLink);
        if (message is not null)
        {
            html.Append("<div class=\"summary\" role=\"alert\"><p>").Append(E(message)).Append("</p></div>\n");
        }

        if (errors.Count > 0)
        {
            html.Append("<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><p>").Append(E(T("errors-summary"))).Append("</p><ul>\n");
            foreach (var question in questionnaire.Questions.Where(q => errors.ContainsKey(q.Id)))
            {
                html.Append("<li><a href=\"#").Append(FirstInputId(question)).Append("\">").Append(E(Text(question.Text, language))).Append(": ")
                    .Append(E(errors[question.Id])).Append("</a></li>\n");
            }

            html.Append("</ul></div>\n");
        }
        else if (savedAt is { } saved)
        {
            html.Append("<div class=\"saved\" role=\"status\"><p>")
                .Append(E(string.Format(CultureInfo.InvariantCulture, T("saved-note"), SurveyTexts.FormatDate(language, saved)))).Append("</p></div>\n");
        }

        // A control-sample procedure was drawn at random: its buyer never reported innovation.
        html.Append("<p>").Append(E(T(invitation.Design?.Phase == SurveyPhase.Control ? "intro-control" : "intro"))).Append("</p>\n");
        html.Append("<p class=\"quiet\">").Append(E(string.Format(CultureInfo.InvariantCulture, T("closes"), SurveyTexts.FormatDate(language, invitation.ExpiresAt)))).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(E(token)).Append("\" accept-charset=\"utf-8\" novalidate>\n");
        Hidden(html, "_form", formToken);
        Hidden(html, "_lang", language);
        foreach (var question in questionnaire.Questions)
        {
            Question(html, question, language, values.GetValueOrDefault(question.Id) ?? [], errors.GetValueOrDefault(question.Id));
        }

        html.Append("<button type=\"submit\">").Append(E(T("save"))).Append("</button>\n</form>\n");
        html.Append("<p class=\"quiet\"><a href=\"").Append(E(token)).Append("?action=optout&amp;lang=").Append(language).Append("\">").Append(E(T("optout-link"))).Append("</a></p>\n");
        Close(html);
        return html.ToString();
    }

    /// <summary>The thank-you page after a save, with a link back to change the answers.</summary>
    /// <param name="invitation">The invitation answered.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="token">The survey link token.</param>
    /// <param name="hilmaLink">The notice in HILMA.</param>
    /// <param name="profileToken">The signed link token to the respondent's own organisation profile; null when there is none.</param>
    public static string Thanks(SurveyInvitation invitation, string language, string token, Uri hilmaLink, string? profileToken = null)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        var html = new StringBuilder(4_096);
        Open(html, language, T("thanks-title"));
        html.Append("<h1>").Append(E(T("thanks-title"))).Append("</h1>\n");
        NoticeBox(html, invitation, language, hilmaLink);
        html.Append("<p>").Append(E(T("thanks-body"))).Append("</p>\n");
        html.Append("<p>").Append(E(string.Format(CultureInfo.InvariantCulture, T("closes"), SurveyTexts.FormatDate(language, invitation.ExpiresAt)))).Append("</p>\n");
        html.Append("<p><a href=\"").Append(E(token)).Append("?lang=").Append(language).Append("\">").Append(E(T("edit-link"))).Append("</a></p>\n");
        if (profileToken is not null)
        {
            // The profile route is api/profile/{token}, a sibling of api/survey/{token}.
            html.Append("<p><a href=\"../profile/").Append(E(profileToken)).Append("?lang=").Append(language).Append("\">").Append(E(T("profile-link"))).Append("</a></p>\n");
        }

        Close(html);
        return html.ToString();
    }

    /// <summary>The opt-out confirmation form of the survey form (posted back to the form with its form token).</summary>
    public static string OptOut(string language, string token, string formToken) =>
        OptOutConfirmation(language, token, [("_form", formToken), ("_lang", language), ("_action", "optout")]);

    /// <summary>The opt-out confirmation of the mail's one-click link: the button posts what a mail client would (RFC 8058).</summary>
    public static string OptOutLink(string language, string key) =>
        OptOutConfirmation(language, key, [("List-Unsubscribe", "One-Click")]);

    private static string OptOutConfirmation(string language, string action, IReadOnlyList<(string Name, string Value)> fields)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        var html = new StringBuilder(2_048);
        Open(html, language, T("optout-title"));
        html.Append("<h1>").Append(E(T("optout-title"))).Append("</h1>\n<p>").Append(E(T("optout-body"))).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\">\n");
        foreach (var (name, value) in fields)
        {
            Hidden(html, name, value);
        }

        html.Append("<button type=\"submit\">").Append(E(T("optout-button"))).Append("</button>\n</form>\n");
        Close(html);
        return html.ToString();
    }

    /// <summary>A page with a title and one paragraph: opted out, unavailable, too large.</summary>
    public static string Message(string language, string titleKey, string bodyKey)
    {
        var html = new StringBuilder(1_024);
        Open(html, language, SurveyTexts.Get(language, titleKey));
        html.Append("<h1>").Append(E(SurveyTexts.Get(language, titleKey))).Append("</h1>\n<p>").Append(E(SurveyTexts.Get(language, bodyKey))).Append("</p>\n");
        Close(html);
        return html.ToString();
    }

    private static void Question(StringBuilder html, Question question, string language, IReadOnlyList<string> values, string? error)
    {
        var text = Text(question.Text, language);
        var described = new List<string>();
        var helpId = "h-" + question.Id;
        var errorId = "e-" + question.Id;
        if (question.Help is not null)
        {
            described.Add(helpId);
        }

        if (error is not null)
        {
            described.Add(errorId);
        }

        var describedBy = described.Count > 0 ? $" aria-describedby=\"{string.Join(' ', described)}\"" : string.Empty;
        var invalid = error is not null ? " aria-invalid=\"true\"" : string.Empty;
        var required = question.Required ? $" <span aria-hidden=\"true\">*</span><span class=\"visually-hidden\">({E(SurveyTexts.Get(language, "required"))})</span>" : string.Empty;
        html.Append("<fieldset id=\"q-").Append(question.Id).Append('"').Append(error is not null ? " class=\"invalid\"" : string.Empty).Append(describedBy).Append(">\n");
        if (question.Type is QuestionType.OneOf or QuestionType.AnyOf)
        {
            html.Append("<legend>").Append(E(text)).Append(required).Append("</legend>\n");
            Notes(html, question, language, helpId, errorId, error);
            var kind = question.Type == QuestionType.OneOf ? "radio" : "checkbox";
            for (var i = 0; i < question.Options.Count; i++)
            {
                var option = question.Options[i];
                var id = $"{question.Id}-{i}";
                html.Append("<label class=\"choice\" for=\"").Append(id).Append("\"><input type=\"").Append(kind).Append("\" id=\"").Append(id)
                    .Append("\" name=\"").Append(question.Id).Append("\" value=\"").Append(E(option.Value)).Append('"')
                    .Append(values.Contains(option.Value) ? " checked" : string.Empty).Append(i == 0 ? invalid : string.Empty).Append('>')
                    .Append(E(Text(option.Text, language))).Append("</label>\n");
            }
        }
        else
        {
            var id = question.Id + "-0";
            html.Append("<legend class=\"visually-hidden\">").Append(E(text)).Append("</legend>\n");
            html.Append("<label class=\"label\" for=\"").Append(id).Append("\">").Append(E(text)).Append(required).Append("</label>\n");
            Notes(html, question, language, helpId, errorId, error);
            var value = values.Count > 0 ? values[0] : string.Empty;
            if (question.Type == QuestionType.Percent)
            {
                html.Append("<input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"100\" step=\"1\" id=\"").Append(id).Append("\" name=\"").Append(question.Id)
                    .Append("\" value=\"").Append(E(value)).Append('"').Append(invalid).Append(describedBy).Append(">\n");
            }
            else
            {
                html.Append("<textarea rows=\"4\" maxlength=\"").Append(SurveyQuestionnaire.MaxTextLength.ToString(CultureInfo.InvariantCulture)).Append("\" id=\"").Append(id)
                    .Append("\" name=\"").Append(question.Id).Append('"').Append(invalid).Append(describedBy).Append('>').Append(E(value)).Append("</textarea>\n");
            }
        }

        html.Append("</fieldset>\n");
    }

    private static void Notes(StringBuilder html, Question question, string language, string helpId, string errorId, string? error)
    {
        if (question.Help is not null)
        {
            html.Append("<p class=\"help\" id=\"").Append(helpId).Append("\">").Append(E(Text(question.Help, language))).Append("</p>\n");
        }

        if (error is not null)
        {
            html.Append("<p class=\"error\" id=\"").Append(errorId).Append("\">").Append(E(error)).Append("</p>\n");
        }
    }

    private static void NoticeBox(StringBuilder html, SurveyInvitation invitation, string language, Uri hilmaLink)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        html.Append("<section class=\"notice\" aria-label=\"").Append(E(T("about"))).Append("\">\n");
        html.Append("<p>").Append(E(T("about"))).Append(": <strong>").Append(E(invitation.Title)).Append("</strong></p>\n");
        html.Append("<p>").Append(E(T("buyer"))).Append(": ").Append(E(invitation.BuyerName)).Append("</p>\n");
        html.Append("<p><a href=\"").Append(E(hilmaLink.AbsoluteUri)).Append("\" rel=\"noreferrer noopener\">").Append(E(T("notice-link"))).Append(" (").Append(E(invitation.NoticeKey)).Append(")</a></p>\n");
        html.Append("</section>\n");
    }

    private static void Languages(StringBuilder html, string token, string current)
    {
        html.Append("<nav aria-label=\"Kieli / Språk / Language\"><ul>\n");
        foreach (var language in SurveyTexts.Languages)
        {
            var name = E(SurveyTexts.Get(language, "language-name"));
            html.Append(language == current
                ? $"<li><span lang=\"{language}\" aria-current=\"page\"><strong>{name}</strong></span></li>\n"
                : $"<li><a lang=\"{language}\" hreflang=\"{language}\" href=\"{E(token)}?lang={language}\">{name}</a></li>\n");
        }

        html.Append("</ul></nav>\n");
    }

    private static void Open(StringBuilder html, string language, string title) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");

    private static void Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    private static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(E(value)).Append("\">\n");

    private static string FirstInputId(Question question) => question.Id + "-0";

    private static string Text(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("fi") ?? texts.Values.First();

    private static string E(string text) => Html.Encode(text);
}
