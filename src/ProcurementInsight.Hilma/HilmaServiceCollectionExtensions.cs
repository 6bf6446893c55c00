using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ProcurementInsight.Core.Configuration;
using ProcurementInsight.Hilma.Api;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Parsing;
using Refit;

namespace ProcurementInsight.Hilma;

/// <summary>Registers the HILMA client, parser and harvester.</summary>
public static class HilmaServiceCollectionExtensions
{
    /// <summary>The JSON settings of HILMA's API: camelCase, case-insensitive reading.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <see cref="IHilmaApi"/> (Refit, with the subscription key and a resilience pipeline that
    /// retries 429, 5xx and timeouts with exponential backoff and jitter, honouring Retry-After),
    /// <see cref="EFormsNoticeParser"/>, <see cref="HilmaNoticeFeed"/> and <see cref="NoticeHarvester"/>.
    /// The harvester needs the storage ports registered by the storage capability.
    /// </summary>
    public static IServiceCollection AddHilma(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HilmaOptions>()
            .Bind(configuration.GetSection(HilmaOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.BaseAddress is { IsAbsoluteUri: true, Scheme: "http" or "https" },
                "Setting Hilma__BaseAddress (Hilma:BaseAddress) must be an absolute http or https address, e.g. https://api.hankintailmoitukset.fi/ or the simulator's http://127.0.0.1:7480/.")
            .ValidateOnStart();
        services.AddTransient<SubscriptionKeyHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EFormsNoticeParser>();
        services.AddTransient<HilmaNoticeFeed>();
        services.AddTransient<NoticeHarvester>();
        services.AddSingleton<HilmaKeyCheck>();
        services.AddSingleton<IFeatureCheck>(p => p.GetRequiredService<HilmaKeyCheck>());
        services.AddTransient<ScheduledHarvest>();

        services
            .AddRefitGeneratedClient<IHilmaApi>(new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(JsonOptions) })
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<HilmaOptions>>().Value.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .AddHttpMessageHandler<SubscriptionKeyHandler>()
            // The library's standard pipeline (total timeout, retry, circuit breaker, attempt timeout) with
            // its own transient predicates: 408, 429, 5xx, network faults and attempt timeouts are retried
            // with exponential backoff and jitter, Retry-After honoured; 401/403/404 never are.
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<HilmaOptions>>().Value;
                resilience.Retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetries);
                if (settings.MaxRetries == 0)
                {
                    resilience.Retry.ShouldHandle = _ => PredicateResult.False();
                }

                resilience.Retry.Delay = settings.RetryBaseDelay;
                resilience.Retry.MaxDelay = TimeSpan.FromMinutes(2);
                resilience.AttemptTimeout.Timeout = settings.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = settings.CallBudget;
                // The breaker must sample at least two attempt timeouts (the library validates it).
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.CircuitBreaker.SamplingDuration.Ticks, settings.AttemptTimeout.Ticks * 2));
            });
        return services;
    }
}
