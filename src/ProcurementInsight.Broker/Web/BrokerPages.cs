using System.Globalization;
using System.Net;
using System.Text;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The buyer page (<c>/api/buyer</c>: type a need, read ranked suppliers with their evidence) and the broker
/// view (<c>/api/broker</c>: open needs by region and CPV division with suppliers who could answer them).
/// Plain server-rendered HTML in Finnish, Swedish or English (<c>?lang=fi|sv|en</c>): labelled fields, no
/// script, usable with the keyboard alone. The buyer page posts its form, so the API key never enters a URL.
/// </summary>
public sealed class BrokerPages(BuyerKeys keys, NeedService needs)
{
    /// <summary>Route of the buyer page.</summary>
    public const string BuyerRoute = "buyer";

    /// <summary>Route of the broker view.</summary>
    public const string BrokerRoute = "broker";

    private const string Style = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#111}"
        + "label{display:block;font-weight:600;margin-top:.8rem}input,textarea,select{font:inherit;width:100%;padding:.4rem;border:1px solid #555;border-radius:3px}"
        + "textarea{min-height:6rem}.hint{color:#444;font-size:.9rem;margin:0}button{font:inherit;margin-top:1rem;padding:.5rem 1.2rem;border:2px solid #124;background:#124;color:#fff;border-radius:3px}"
        + ":focus{outline:3px solid #e80;outline-offset:2px}.match{border-top:1px solid #999;padding:.6rem 0}.error{color:#900;font-weight:600}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dt{font-weight:600}dd{margin:0}nav a{margin-right:1rem}";

    /// <summary>The buyer page: the empty form on GET; on POST the form with the ranked suppliers (401 or 429 when the key fails).</summary>
    /// <param name="lang">Page language.</param>
    /// <param name="form">Posted fields (<c>apiKey</c>, <c>need</c>, <c>cpv</c>, <c>region</c>, <c>top</c>), or null for GET.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> BuyerAsync(string? lang, IReadOnlyDictionary<string, string?>? form, string? clientAddress, CancellationToken cancellationToken)
    {
        var t = PageText.For(lang);
        var need = form?.GetValueOrDefault("need")?.Trim() ?? string.Empty;
        var cpv = form?.GetValueOrDefault("cpv")?.Trim() ?? string.Empty;
        var region = form?.GetValueOrDefault("region")?.Trim() ?? string.Empty;
        var top = int.TryParse(form?.GetValueOrDefault("top"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 50) : 10;
        var html = new StringBuilder();
        Start(html, t, t.BuyerTitle, BuyerRoute);
        html.Append("<p>").Append(E(t.BuyerIntro)).Append("</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"?lang={t.Lang}\">");
        Field(html, "apiKey", t.ApiKey, t.ApiKeyHelp, string.Empty, "password", "autocomplete=\"off\" required");
        html.Append("<label for=\"need\">").Append(E(t.Need)).Append("</label><p class=\"hint\" id=\"need-hint\">").Append(E(t.NeedHelp))
            .Append("</p><textarea id=\"need\" name=\"need\" aria-describedby=\"need-hint\" required>").Append(E(need)).Append("</textarea>");
        Field(html, "cpv", t.Cpv, t.CpvHelp, cpv, "text", "inputmode=\"numeric\"");
        Field(html, "region", t.Region, t.RegionHelp, region, "text", string.Empty);
        Field(html, "top", t.Top, string.Empty, top.ToString(CultureInfo.InvariantCulture), "number", "min=\"1\" max=\"50\"");
        html.Append("<button type=\"submit\">").Append(E(t.Search)).Append("</button></form>");

        var status = 200;
        var headers = new Dictionary<string, string>();
        if (form is not null)
        {
            var access = await keys.CheckAsync(form.GetValueOrDefault("apiKey"), clientAddress, cancellationToken);
            if (access.Status != BuyerAccessStatus.Allowed)
            {
                status = access.HttpStatus;
                if (BuyerApi.Denied(access) is { } denied)
                {
                    foreach (var (name, value) in denied.Headers)
                    {
                        headers[name] = value;
                    }
                }

                html.Append("<p class=\"error\" role=\"alert\">").Append(E(access.Status == BuyerAccessStatus.RateLimited ? t.TooMany : t.BadKey)).Append("</p>");
            }
            else if (need.Length > 0)
            {
                var result = await needs.MatchAsync(need, cpv.Length == 0 ? null : cpv, region.Length == 0 ? null : region, top, cancellationToken);
                html.Append("<h2 id=\"results\">").Append(E(t.Results)).Append("</h2>");
                NeedReadingHtml.Append(html, result, t.Lang);
                html.Append("<h3>").Append(E(FieldText.For(t.Lang).EstablishedHeading)).Append("</h3>");
                Matches(html, t, result.Matches, result.SmallOrFirstTimeShare);
                Potential(html, FieldText.For(t.Lang), result.PotentialSuppliers);
            }
        }

        End(html, t);
        return new BrokerResponse(status, "text/html; charset=utf-8", html.ToString(), headers);
    }

    /// <summary>The broker view: open needs grouped by region and CPV division, each group with its top suppliers.</summary>
    public async Task<BrokerResponse> BrokerViewAsync(string? lang, CancellationToken cancellationToken)
    {
        var t = PageText.For(lang);
        var all = new List<Need>();
        await foreach (var need in needs.ListAsync(cancellationToken))
        {
            all.Add(need);
        }

        var html = new StringBuilder();
        Start(html, t, t.BrokerTitle, BrokerRoute);
        html.Append("<p>").Append(E(t.BrokerIntro)).Append("</p>");
        if (all.Count == 0)
        {
            html.Append("<p>").Append(E(t.NoNeeds)).Append("</p>");
        }

        foreach (var group in all.GroupBy(n => (Region: n.Region ?? string.Empty, Division: n.Cpv is { Length: >= 2 } c ? c[..2] : string.Empty))
                     .OrderBy(g => g.Key.Region, StringComparer.Ordinal).ThenBy(g => g.Key.Division, StringComparer.Ordinal))
        {
            var (region, division) = group.Key;
            html.Append("<section><h2>").Append(E(region.Length == 0 ? t.AnyRegion : region)).Append(" · ").Append(E(t.Division)).Append(' ').Append(E(division.Length == 0 ? "–" : division)).Append("</h2>");
            html.Append("<h3>").Append(E(t.Needs)).Append("</h3><ul>");
            foreach (var need in group.OrderBy(n => n.CreatedAt))
            {
                html.Append("<li><strong>").Append(E(need.Title)).Append("</strong> — ").Append(E(need.Organisation)).Append(", ")
                    .Append(need.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</li>");
            }

            html.Append("</ul><h3>").Append(E(t.Suppliers)).Append("</h3>");
            var text = string.Join(". ", group.Select(n => n.Title + ". " + n.Description));
            var result = await needs.MatchAsync(text, division.Length == 0 ? null : division + "000000", region.Length == 0 ? null : region, 5, cancellationToken);
            Matches(html, t, result.Matches, result.SmallOrFirstTimeShare);
            Potential(html, FieldText.For(t.Lang), result.PotentialSuppliers);
            html.Append("</section>");
        }

        End(html, t);
        return new BrokerResponse(200, "text/html; charset=utf-8", html.ToString(), new Dictionary<string, string>());
    }

    private static void Matches(StringBuilder html, PageText t, IReadOnlyList<SupplierMatch> matches, double smallShare)
    {
        if (matches.Count == 0)
        {
            html.Append("<p>").Append(E(t.NoResults)).Append("</p>");
            return;
        }

        html.Append("<p>").Append(E(t.SmallShare)).Append(": ").Append(smallShare.ToString("P0", CultureInfo.InvariantCulture)).Append("</p><ol>");
        foreach (var match in matches)
        {
            html.Append("<li class=\"match\"><h3>").Append(E(match.Name));
            if (match.BusinessId is { } id)
            {
                html.Append(" <small>(").Append(E(id)).Append(")</small>");
            }

            html.Append("</h3><dl>");
            Term(html, t.Score, match.Score.ToString("0.000", CultureInfo.InvariantCulture));
            Term(html, t.Potential, match.InnovationPotential.ToString("0.0", CultureInfo.InvariantCulture) + " / 100");
            Term(html, t.ContractsWon, match.ContractsWon.ToString(CultureInfo.InvariantCulture) + (match.SmallOrFirstTime ? " (" + t.SmallOrFirst + ")" : string.Empty));
            if (match.Evidence.MatchedTerms.Count > 0)
            {
                Term(html, t.MatchedTerms, string.Join(", ", match.Evidence.MatchedTerms));
            }

            html.Append("</dl>");
            if (match.Evidence.NameMatchedOnly)
            {
                html.Append("<p class=\"hint\">").Append(E(t.NameOnly)).Append("</p>");
            }

            if (match.Evidence.Contracts.Count > 0)
            {
                html.Append("<p><strong>").Append(E(t.MatchedContracts)).Append("</strong></p><ul>");
                foreach (var contract in match.Evidence.Contracts)
                {
                    html.Append("<li>").Append(E(contract.Title)).Append(" — ").Append(E(contract.Buyer)).Append(", ").Append(E(contract.AwardedOn))
                        .Append(contract.Cpv is null ? string.Empty : ", CPV " + E(contract.Cpv)).Append(contract.Region is null ? string.Empty : ", " + E(contract.Region)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("<details><summary>").Append(E(t.Components)).Append("</summary><ul>");
            foreach (var component in match.Evidence.InnovationComponents)
            {
                html.Append("<li>").Append(E(ComponentText.Name(t.Lang, component))).Append(": ").Append(component.Contribution.ToString("0.0", CultureInfo.InvariantCulture)).Append(" — ").Append(E(ComponentText.Explanation(t.Lang, component))).Append("</li>");
            }

            html.Append("</ul></details></li>");
        }

        html.Append("</ol>");
    }

    /// <summary>The potential supplier field as its own block after the established suppliers.</summary>
    private static void Potential(StringBuilder html, FieldText f, PotentialSuppliers? field)
    {
        html.Append("<section class=\"field\"><h3>").Append(E(f.Heading)).Append("</h3><p class=\"hint\">").Append(E(f.Intro)).Append("</p>");
        if (field is null || field.Suppliers.Count == 0)
        {
            html.Append("<p>").Append(E(field?.Note?.GetValueOrDefault(f.Lang) ?? f.NoField)).Append("</p></section>");
            return;
        }

        html.Append("<ol>");
        foreach (var supplier in field.Suppliers)
        {
            html.Append("<li class=\"match\"><strong>").Append(E(supplier.Name)).Append("</strong> <small>(").Append(E(supplier.BusinessId)).Append(")</small><ul>");
            foreach (var sentence in supplier.Evidence.Because.GetValueOrDefault(f.Lang) ?? [])
            {
                html.Append("<li>").Append(E(sentence)).Append("</li>");
            }

            html.Append("</ul></li>");
        }

        html.Append("</ol></section>");
    }

    internal static void Start(StringBuilder html, PageText t, string title, string route)
    {
        html.Append("<!DOCTYPE html><html lang=\"").Append(t.Lang).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(E(title)).Append(" — ProcurementInsight</title><style>").Append(Style).Append("</style></head><body><nav aria-label=\"").Append(E(t.Languages)).Append("\">")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"{route}?lang=fi\" lang=\"fi\">Suomeksi</a><a href=\"{route}?lang=sv\" lang=\"sv\">På svenska</a><a href=\"{route}?lang=en\" lang=\"en\">In English</a>")
            .Append("</nav><main><h1>").Append(E(title)).Append("</h1>");
    }

    internal static void End(StringBuilder html, PageText t) =>
        html.Append("</main><footer><p class=\"hint\">").Append(E(t.Footer)).Append("</p></footer></body></html>");

    internal static void Field(StringBuilder html, string name, string label, string hint, string value, string type, string extra)
    {
        html.Append("<label for=\"").Append(name).Append("\">").Append(E(label)).Append("</label>");
        if (hint.Length > 0)
        {
            html.Append("<p class=\"hint\" id=\"").Append(name).Append("-hint\">").Append(E(hint)).Append("</p>");
        }

        html.Append("<input id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" type=\"").Append(type).Append("\" value=\"").Append(E(value)).Append('"');
        if (hint.Length > 0)
        {
            html.Append(" aria-describedby=\"").Append(name).Append("-hint\"");
        }

        html.Append(' ').Append(extra).Append('>');
    }

    private static void Term(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>");

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
