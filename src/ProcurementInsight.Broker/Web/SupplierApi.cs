using System.Text.Json;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Web;
using ProcurementInsight.Web.Broker;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The supplier endpoints shared by the function app and <c>serve</c>: <c>GET /api/suppliers/{businessId}/opportunities?lang=</c>
/// (JSON) and the supplier page <c>GET|POST /api/supplier?lang=fi|sv|en</c> (the key is a form field). The key is a
/// supplier key (<see cref="SupplierKeys"/>) in the <see cref="BuyerKeys.HeaderName"/> header: 401 without a valid
/// one, 403 for another company's view, 429 over the rate limits. Every answer shown is audited.
/// </summary>
public sealed class SupplierApi(SupplierKeys keys, SupplierView view, PageRenderer renderer)
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

    /// <summary>The supplier page (<see cref="SupplierPage"/>): the form on GET; on POST the form with the company's opportunities (401, 403 or 429 when refused).</summary>
    /// <param name="lang">Page language.</param>
    /// <param name="form">Posted fields (<c>apiKey</c>, <c>businessId</c>), or null for GET.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> PageAsync(string? lang, IReadOnlyDictionary<string, string?>? form, string? clientAddress, CancellationToken cancellationToken)
    {
        var language = PageTexts.Normalize(lang);
        var businessId = form?.GetValueOrDefault("businessId")?.Trim() ?? string.Empty;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(SupplierPage.Language)] = language,
            [nameof(SupplierPage.BusinessId)] = businessId,
        };

        var status = 200;
        var headers = BrokerPageModels.Headers();
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

                parameters[nameof(SupplierPage.AlertKey)] = access.Status == BuyerAccessStatus.RateLimited ? "too-many" : "bad-key";
            }
            else if (!BusinessId.TryParse(businessId, out var id))
            {
                status = 400;
                parameters[nameof(SupplierPage.AlertKey)] = "bad-business-id";
            }
            else if (!string.Equals(access.Organisation, id.Value, StringComparison.Ordinal))
            {
                status = 403;
                parameters[nameof(SupplierPage.AlertKey)] = "wrong-company";
            }
            else
            {
                var opportunities = await view.ShowAsync(SupplierKeys.KeyId(form["apiKey"]!), id, language, cancellationToken); // Denied is null only for a present, valid key.
                parameters[nameof(SupplierPage.Opportunities)] = BrokerPageModels.Opportunities(opportunities);
            }
        }

        return new BrokerResponse(status, RenderedPage.ContentType, await renderer.RenderAsync<SupplierPage>(parameters), headers);
    }
}
