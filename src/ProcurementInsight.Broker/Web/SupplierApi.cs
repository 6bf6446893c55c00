using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The supplier endpoints shared by the function app and <c>serve</c>: <c>GET /api/suppliers/{businessId}/opportunities?lang=</c>
/// (JSON) and the supplier page <c>GET|POST /api/supplier?lang=fi|sv|en</c> (the key is a form field). The key is a
/// supplier key (<see cref="SupplierKeys"/>) in the <see cref="BuyerKeys.HeaderName"/> header: 401 without a valid
/// one, 403 for another company's view, 429 over the rate limits. Every answer shown is audited.
/// </summary>
public sealed class SupplierApi(SupplierKeys keys, SupplierView view)
{
    /// <summary>Route of a company's opportunities.</summary>
    public const string OpportunitiesRoute = "suppliers/{businessId}/opportunities";

    /// <summary>Route of the supplier page.</summary>
    public const string PageRoute = "supplier";

    /// <summary>The opportunities as JSON: 200, or a problem (400 bad business id, 401, 403, 429).</summary>
    /// <param name="apiKey">The <see cref="BuyerKeys.HeaderName"/> header.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="businessId">The company, from the route.</param>
    /// <param name="lang">The language of the reasons: fi (default), sv or en.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> GetOpportunitiesAsync(string? apiKey, string? clientAddress, string businessId, string? lang, CancellationToken cancellationToken)
    {
        var access = await keys.CheckAsync(apiKey, clientAddress, cancellationToken);
        if (BuyerApi.Denied(access) is { } denied)
        {
            return denied;
        }

        if (!BusinessId.TryParse(businessId, out var id))
        {
            return BuyerApi.Problem(400, "Not a business id", $"'{businessId}' is not a Finnish business id: use the form 1234567-8.");
        }

        if (!string.Equals(access.Organisation, id.Value, StringComparison.Ordinal))
        {
            return BuyerApi.Problem(403, "Another company", $"This key is for business id {access.Organisation}; it cannot see {id.Value}'s view.");
        }

        var opportunities = await view.ShowAsync(SupplierKeys.KeyId(apiKey!), id, lang, cancellationToken);
        return new BrokerResponse(200, "application/json", JsonSerializer.Serialize(opportunities, BrokerJsonOutput.Options), new Dictionary<string, string>());
    }

    /// <summary>The supplier page: the form on GET; on POST the form with the company's opportunities (401, 403 or 429 when refused).</summary>
    /// <param name="lang">Page language.</param>
    /// <param name="form">Posted fields (<c>apiKey</c>, <c>businessId</c>), or null for GET.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> PageAsync(string? lang, IReadOnlyDictionary<string, string?>? form, string? clientAddress, CancellationToken cancellationToken)
    {
        var p = PageText.For(lang);
        var t = OpportunityText.For(lang);
        var businessId = form?.GetValueOrDefault("businessId")?.Trim() ?? string.Empty;
        var html = new StringBuilder();
        BrokerPages.Start(html, p, t.PageTitle, PageRoute);
        html.Append("<p>").Append(BrokerPages.E(t.PageIntro)).Append("</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"?lang={p.Lang}\">");
        BrokerPages.Field(html, "apiKey", p.ApiKey, string.Empty, string.Empty, "password", "autocomplete=\"off\" required");
        BrokerPages.Field(html, "businessId", t.BusinessIdLabel, t.BusinessIdHelp, businessId, "text", "required");
        html.Append("<button type=\"submit\">").Append(BrokerPages.E(t.Show)).Append("</button></form>");

        var status = 200;
        var headers = new Dictionary<string, string>();
        if (form is not null)
        {
            var access = await keys.CheckAsync(form.GetValueOrDefault("apiKey"), clientAddress, cancellationToken);
            if (BuyerApi.Denied(access) is { } denied)
            {
                status = denied.Status;
                foreach (var (name, value) in denied.Headers)
                {
                    headers[name] = value;
                }

                Alert(html, access.Status == BuyerAccessStatus.RateLimited ? p.TooMany : p.BadKey);
            }
            else if (!BusinessId.TryParse(businessId, out var id))
            {
                status = 400;
                Alert(html, t.BadBusinessId);
            }
            else if (!string.Equals(access.Organisation, id.Value, StringComparison.Ordinal))
            {
                status = 403;
                Alert(html, t.WrongCompany);
            }
            else
            {
                var opportunities = await view.ShowAsync(SupplierKeys.KeyId(form["apiKey"]!), id, t.Lang, cancellationToken);
                html.Append("<p>").Append(BrokerPages.E(opportunities.Summary)).Append("</p>");
                List(html, t, t.NeedsHeading, opportunities.Needs);
                List(html, t, t.CompetitionsHeading, opportunities.Competitions);
            }
        }

        BrokerPages.End(html, p);
        return new BrokerResponse(status, "text/html; charset=utf-8", html.ToString(), headers);
    }

    private static void Alert(StringBuilder html, string text) =>
        html.Append("<p class=\"error\" role=\"alert\">").Append(BrokerPages.E(text)).Append("</p>");

    private static void List(StringBuilder html, OpportunityText t, string heading, IReadOnlyList<Opportunity> items)
    {
        html.Append("<h2>").Append(BrokerPages.E(heading)).Append("</h2>");
        if (items.Count == 0)
        {
            html.Append("<p>").Append(BrokerPages.E(t.NoneFound)).Append("</p>");
            return;
        }

        html.Append("<ol>");
        foreach (var item in items)
        {
            html.Append("<li class=\"match\"><h3>").Append(BrokerPages.E(item.Title)).Append("</h3><p>").Append(BrokerPages.E(item.Buyer));
            if (item.Cpv is not null)
            {
                html.Append(", CPV ").Append(BrokerPages.E(item.Cpv));
            }

            if (item.Region is not null)
            {
                html.Append(", ").Append(BrokerPages.E(item.Region));
            }

            if (item.Deadline is { } deadline)
            {
                html.Append(". ").Append(BrokerPages.E(t.Deadline)).Append(": ").Append(deadline.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            }

            html.Append("</p><ul>");
            foreach (var reason in item.Why)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(reason)).Append("</li>");
            }

            html.Append("</ul></li>");
        }

        html.Append("</ol>");
    }
}
