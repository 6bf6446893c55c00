using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Cli.Respondents;

/// <summary>
/// Answers mailed surveys as the simulator's procurement units would, through the survey form's real HTTP
/// routes and never through storage: opens each link like a browser, reads which notice the form is about,
/// lets <see cref="SimulatedSurvey.Respond"/> decide whether and what the unit answers (the same decision the
/// benchmark uses), and posts the filled form with its anti-forgery token.
/// </summary>
internal sealed partial class SimulatedRespondents(HttpClient http, SimulatedCorpus corpus, SimulatedSurveyOptions options)
{
    private static readonly string[] Goals = ["carbon-neutrality", "digitalisation", "data-use"];

    private static readonly Dictionary<string, string[]> Impacts = new(StringComparer.Ordinal)
    {
        ["fi"] = ["Pienemmät elinkaarikustannukset ja parempi palvelun laatu.", "Energiankulutus ja päästöt vähenevät.", "Henkilöstön työ helpottuu ja asiakkaat saavat palvelun nopeammin."],
        ["sv"] = ["Lägre livscykelkostnader och bättre servicekvalitet.", "Energiförbrukningen och utsläppen minskar.", "Personalens arbete underlättas och kunderna får service snabbare."],
        ["en"] = ["Lower life-cycle costs and better service quality.", "Less energy use and fewer emissions.", "Easier work for staff and faster service for clients."],
    };

    /// <summary>The http client, for reading the links from a mail server.</summary>
    public HttpClient Http => http;

    /// <summary>Answers every link under <paramref name="server"/>, <paramref name="parallelism"/> at a time; links elsewhere are skipped.</summary>
    public async Task<RespondentCounts> AnswerAsync(IReadOnlyList<Uri> links, Uri server, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(server);
        var prefix = server.AbsoluteUri.TrimEnd('/') + "/";
        var mine = links.Where(l => l.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select((l, i) => (Link: l, Number: i + 1)).ToList();
        var results = new ConcurrentBag<LinkResult>();
        await Parallel.ForEachAsync(
            mine,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (item, ct) => results.Add(await AnswerAsync(item.Link, item.Number, ct)));
        var failed = results.Where(r => r.Failure is not null).OrderBy(r => r.Number).ToList();
        return new RespondentCounts(
            links.Count,
            links.Count - mine.Count,
            results.Count(r => r.Opened),
            results.Count(r => r.Answered),
            results.Where(r => r.Declined is not null).GroupBy(r => r.Declined!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), // Filtered to non-null.
            [.. failed.Select(r => r.Failure!)], // Filtered to non-null.
            failed.Count(r => r.PostFailed));
    }

    private async Task<LinkResult> AnswerAsync(Uri link, int number, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"link {number}");
        HtmlDocument page;
        try
        {
            using var response = await http.GetAsync(link, cancellationToken);
            page = await ReadAsync(response, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return LinkResult.Fail(number, $"{name}: the form did not open ({(int)response.StatusCode}: {Heading(page)})");
            }
        }
        catch (HttpRequestException ex)
        {
            return LinkResult.Fail(number, $"{name}: the server did not answer ({ex.Message})");
        }

        var form = page.DocumentNode.SelectSingleNode("//form[@method='post']");
        var about = page.DocumentNode.SelectSingleNode("//section[contains(@class,'notice')]//a");
        if (form is null || about is null || NoticeKeyPattern().Match(HtmlEntity.DeEntitize(about.InnerText)) is not { Success: true } match)
        {
            return LinkResult.Fail(number, $"{name}: the page is not a survey form naming its notice", opened: true);
        }

        var noticeKey = match.Groups[1].Value;
        name += " (" + noticeKey + ")";
        if (!corpus.TryGetEntry(noticeKey, out var entry) || SimulatedSurvey.Respond(corpus, noticeKey, options) is not { } outcome)
        {
            return LinkResult.Fail(number, $"{name}: the notice is not in the simulated corpus; Simulator:* must be the settings the notices were harvested with", opened: true);
        }

        if (outcome.Label is not { } label)
        {
            return new LinkResult(number, true, false, Declined(outcome.Status), null, false);
        }

        var fields = Fields(form);
        if (Fill(fields, label, corpus.Generate(entry), new Random(unchecked((entry.NoticeSeed * 397) ^ options.Seed))) is { } problem)
        {
            return LinkResult.Fail(number, $"{name}: {problem}", opened: true);
        }

        var action = new Uri(link, HtmlEntity.DeEntitize(form.GetAttributeValue("action", string.Empty)));
        try
        {
            using var content = new FormUrlEncodedContent(fields.Values);
            using var posted = await http.PostAsync(action, content, cancellationToken);
            if (posted.StatusCode == HttpStatusCode.OK)
            {
                return new LinkResult(number, true, true, null, null, false);
            }

            var answer = await ReadAsync(posted, cancellationToken);
            var errors = answer.DocumentNode.SelectNodes("//div[contains(@class,'summary')]//li|//div[contains(@class,'summary')]/p")?.Select(n => HtmlEntity.DeEntitize(n.InnerText).Trim()) ?? [Heading(answer)];
            return LinkResult.Fail(number, $"{name}: the answer was not saved ({(int)posted.StatusCode}: {string.Join("; ", errors)})", opened: true, post: true);
        }
        catch (HttpRequestException ex)
        {
            return LinkResult.Fail(number, $"{name}: the answer could not be sent ({ex.Message})", opened: true, post: true);
        }
    }

    /// <summary>Fills the form as the respondent would; a problem when the form lacks what the answer needs.</summary>
    private static string? Fill(FormFields fields, SurveyLabel label, SimulatedNotice notice, Random random)
    {
        var language = fields.Value("_lang") ?? "fi";
        var novel = label.NewToBuyer != NoveltyLevel.NotNew || label.NewToMarket != NoveltyLevel.NotNew || label.NewProcedure != NoveltyLevel.NotNew;
        var problem = fields.Choose(SurveyQuestionnaire.JudgementId, label.JudgedInnovative ? "yes" : "no")
            ?? fields.Choose(SurveyQuestionnaire.NewToBuyerId, Level(label.NewToBuyer))
            ?? fields.Choose(SurveyQuestionnaire.NewToMarketId, Level(label.NewToMarket))
            ?? fields.Choose(SurveyQuestionnaire.NewProcedureId, Level(label.NewProcedure));
        if (problem is not null)
        {
            return problem;
        }

        // The optional questions, plausibly for the procurement: what it bought, how, and to what end.
        fields.Offer("subject", notice.Nature switch { "supplies" => "goods", "works" => "works", _ => "services" });
        if (label.NewProcedure != NoveltyLevel.NotNew)
        {
            fields.Offer("subject", "process");
            fields.Offer("methods", "market-dialogue");
        }

        fields.Offer("methods", notice.ProcedureType switch { "innovation" => "innovation-partnership", "comp-dial" => "competitive-dialogue", _ => string.Empty });
        if (novel && random.NextDouble() < 0.5)
        {
            fields.Offer("methods", "functional-specifications");
        }

        fields.Offer("goals", Goals[random.Next(Goals.Length)]);
        if (novel)
        {
            fields.Offer("innovative-share", (10 * random.Next(1, 9)).ToString(CultureInfo.InvariantCulture));
            var impacts = Impacts.GetValueOrDefault(language) ?? Impacts["fi"];
            fields.Offer("impacts", impacts[random.Next(impacts.Length)]);
        }

        fields.Offer("interview", random.NextDouble() < 0.3 ? "yes" : "no");
        return null;
    }

    private static string Level(NoveltyLevel level) => level switch
    {
        NoveltyLevel.CompletelyNew => "completely-new",
        NoveltyLevel.SignificantlyImproved => "significantly-improved",
        _ => "not-new",
    };

    private static string Declined(SurveyOutcomeStatus status) => status switch
    {
        SurveyOutcomeStatus.OptedOut => "opted out",
        SurveyOutcomeStatus.NoContact => "no contact",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static FormFields Fields(HtmlNode form)
    {
        var fields = new FormFields();
        foreach (var input in form.SelectNodes(".//input|.//textarea") ?? Enumerable.Empty<HtmlNode>())
        {
            var name = HtmlEntity.DeEntitize(input.GetAttributeValue("name", string.Empty));
            var value = HtmlEntity.DeEntitize(input.GetAttributeValue("value", string.Empty));
            switch (input.Name == "textarea" ? "text" : input.GetAttributeValue("type", "text"))
            {
                case "hidden":
                    fields.Values.Add(new(name, value));
                    break;
                case "radio" or "checkbox":
                    fields.AddOption(name, value, single: input.GetAttributeValue("type", string.Empty) == "radio");
                    break;
                default:
                    fields.AddOption(name, null, single: true);
                    break;
            }
        }

        return fields;
    }

    private static async Task<HtmlDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var page = new HtmlDocument();
        page.LoadHtml(await response.Content.ReadAsStringAsync(cancellationToken));
        return page;
    }

    private static string Heading(HtmlDocument page) =>
        page.DocumentNode.SelectSingleNode("//h1") is { } h1 ? HtmlEntity.DeEntitize(h1.InnerText).Trim() : "no page";

    /// <summary>The notice key the form shows in brackets after the link to the notice in HILMA.</summary>
    [GeneratedRegex(@"\(([^()\s]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeKeyPattern();

    private sealed record LinkResult(int Number, bool Opened, bool Answered, string? Declined, string? Failure, bool PostFailed)
    {
        public static LinkResult Fail(int number, string reason, bool opened = false, bool post = false) => new(number, opened, false, null, reason, post);
    }
}
