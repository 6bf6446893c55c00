using Microsoft.Extensions.Options;

namespace ProcurementInsight.Hilma.Api;

/// <summary>Adds the <c>Ocp-Apim-Subscription-Key</c> header HILMA's API management gateway requires.</summary>
public sealed class SubscriptionKeyHandler(IOptions<HilmaOptions> options) : DelegatingHandler
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = options.Value.SubscriptionKey;
        if (!string.IsNullOrEmpty(key) && !request.Headers.Contains(HeaderName))
        {
            request.Headers.Add(HeaderName, key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
