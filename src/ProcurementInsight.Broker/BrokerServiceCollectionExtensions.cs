using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Register;
using Refit;

namespace ProcurementInsight.Broker;

/// <summary>Registers the broker capability.</summary>
public static class BrokerServiceCollectionExtensions
{
    /// <summary>The PRH API's JSON: camelCase, case-insensitive reading.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <see cref="BrokerOptions"/> and <see cref="PrhOptions"/> (validated at start), the PRH/YTJ Refit
    /// client with a resilience pipeline (429, 5xx, timeouts retried with jitter, Retry-After honoured),
    /// <see cref="CompanyRegister"/>, <see cref="SupplierProfileJob"/>, <see cref="SupplierIndexProvider"/>,
    /// <see cref="NeedService"/>, <see cref="BuyerKeys"/> and <see cref="SupplierLookup"/>. Needs the storage
    /// ports (<c>INoticeStore</c>, <c>ISupplierProfileStore</c>, <c>ICompanyRegisterCache</c>, <c>INeedStore</c>,
    /// <c>IBuyerKeyStore</c>) from the storage capability; survey outcomes are used when a source is registered.
    /// </summary>
    public static IServiceCollection AddBroker(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BrokerOptions>()
            .Bind(configuration.GetSection(BrokerOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Match.Text + o.Match.Cpv + o.Match.Region + o.Match.Innovation + o.Match.TrackRecord > 0, "Broker:Match weights must not all be zero.")
            .Validate(o => o.InnovationPotential.InnovativeContracts + o.InnovationPotential.NewToMarketShare + o.InnovationPotential.SurveyConfirmed + o.InnovationPotential.BuyerBreadth + o.InnovationPotential.Recency + o.InnovationPotential.Growth > 0, "Broker:InnovationPotential weights must not all be zero.")
            .ValidateOnStart();
        services.AddOptions<PrhOptions>()
            .Bind(configuration.GetSection(PrhOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CompanyRegister>();
        services.AddSingleton<SupplierIndexProvider>();
        services.AddSingleton<BuyerKeys>();
        services.AddTransient<SupplierProfileJob>();
        services.AddTransient<NeedService>();
        services.AddTransient<SupplierLookup>();
        services.AddTransient<Web.BuyerApi>();
        services.AddTransient<Web.BrokerPages>();

        services
            .AddRefitGeneratedClient<IPrhApi>(new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(JsonOptions) })
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<PrhOptions>>().Value.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .AddResilienceHandler("prh", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<PrhOptions>>().Value;
                pipeline
                    .AddTimeout(TimeSpan.FromTicks(settings.AttemptTimeout.Ticks * (settings.MaxRetries + 2)))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                        ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && IsTransient(args.Outcome)),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryBaseDelay,
                        MaxDelay = TimeSpan.FromMinutes(1),
                        ShouldRetryAfterHeader = true,
                    })
                    .AddTimeout(settings.AttemptTimeout);
            });
        return services;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };
}
