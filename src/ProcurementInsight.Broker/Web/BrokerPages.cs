using System.Globalization;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Web;
using ProcurementInsight.Web.Broker;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The buyer page (<c>/api/buyer</c>: type a need, read ranked suppliers with their evidence) and the broker
/// view (<c>/api/broker</c>: open needs by region and CPV division with suppliers who could answer them).
/// Server-rendered through Razor (<see cref="BuyerPage"/>, <see cref="BrokerViewPage"/>) in Finnish, Swedish or English
/// (<c>?lang=fi|sv|en</c>): labelled fields, no script, usable with the keyboard alone. The buyer page posts its form, so the
/// API key never enters a URL.
/// </summary>
public sealed class BrokerPages(BuyerKeys keys, NeedService needs, PageRenderer renderer)
{
    /// <summary>Route of the buyer page.</summary>
    public const string BuyerRoute = "buyer";

    /// <summary>Route of the broker view.</summary>
    public const string BrokerRoute = "broker";

    /// <summary>The buyer page: the empty form on GET; on POST the form with the ranked suppliers (401 or 429 when the key fails).</summary>
    /// <param name="lang">Page language.</param>
    /// <param name="form">Posted fields (<c>apiKey</c>, <c>need</c>, <c>cpv</c>, <c>region</c>, <c>top</c>), or null for GET.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> BuyerAsync(string? lang, IReadOnlyDictionary<string, string?>? form, string? clientAddress, CancellationToken cancellationToken)
    {
        var language = PageTexts.Normalize(lang);
        var need = form?.GetValueOrDefault("need")?.Trim() ?? string.Empty;
        var cpv = form?.GetValueOrDefault("cpv")?.Trim() ?? string.Empty;
        var region = form?.GetValueOrDefault("region")?.Trim() ?? string.Empty;
        var top = int.TryParse(form?.GetValueOrDefault("top"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 50) : 10;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(BuyerPage.Language)] = language,
            [nameof(BuyerPage.Form)] = new BuyerForm(need, cpv, region, top),
        };

        var status = 200;
        var headers = BrokerPageModels.Headers();
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

                parameters[nameof(BuyerPage.AlertKey)] = access.Status == BuyerAccessStatus.RateLimited ? "too-many" : "bad-key";
            }
            else if (need.Length > 0)
            {
                var result = await needs.MatchAsync(need, cpv.Length == 0 ? null : cpv, region.Length == 0 ? null : region, top, cancellationToken);
                parameters[nameof(BuyerPage.Reading)] = BrokerPageModels.Reading(result, language);
                parameters[nameof(BuyerPage.Suppliers)] = BrokerPageModels.Matches(result, language);
            }
        }

        return new BrokerResponse(status, RenderedPage.ContentType, await renderer.RenderAsync<BuyerPage>(parameters), headers);
    }

    /// <summary>The broker view: open needs grouped by region and CPV division, each group with its top suppliers.</summary>
    public async Task<BrokerResponse> BrokerViewAsync(string? lang, CancellationToken cancellationToken)
    {
        var language = PageTexts.Normalize(lang);
        var all = new List<Need>();
        await foreach (var need in needs.ListAsync(cancellationToken))
        {
            all.Add(need);
        }

        var groups = new List<NeedGroupView>();
        foreach (var group in all.GroupBy(n => (Region: n.Region ?? string.Empty, Division: n.Cpv is { Length: >= 2 } c ? c[..2] : string.Empty))
                     .OrderBy(g => g.Key.Region, StringComparer.Ordinal).ThenBy(g => g.Key.Division, StringComparer.Ordinal))
        {
            var (region, division) = group.Key;
            var text = string.Join(". ", group.Select(n => n.Title + ". " + n.Description));
            var result = await needs.MatchAsync(text, division.Length == 0 ? null : division + "000000", region.Length == 0 ? null : region, 5, cancellationToken);
            groups.Add(new NeedGroupView(
                region,
                division,
                [.. group.OrderBy(n => n.CreatedAt).Select(n => new NeedView(n.Title, n.Organisation, n.CreatedAt))],
                BrokerPageModels.Matches(result, language)));
        }

        var html = await renderer.RenderAsync<BrokerViewPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(BrokerViewPage.Language)] = language,
            [nameof(BrokerViewPage.Groups)] = groups,
        });
        return new BrokerResponse(200, RenderedPage.ContentType, html, BrokerPageModels.Headers());
    }
}
