using System.Net;
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
            .AddResilienceHandler("hilma", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<HilmaOptions>>().Value;
                pipeline
                    .AddTimeout(TimeSpan.FromTicks(settings.AttemptTimeout.Ticks * (settings.MaxRetries + 2)))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                        ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && IsTransient(args.Outcome)),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryBaseDelay,
                        MaxDelay = TimeSpan.FromMinutes(2),
                        ShouldRetryAfterHeader = true,
                    })
                    .AddTimeout(settings.AttemptTimeout);
            });
        return services;
    }

    /// <summary>429, 408, 5xx, network faults and attempt timeouts are worth retrying; 401/403 never are.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };
}
