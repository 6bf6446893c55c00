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
using ProcurementInsight.Web;
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
    /// ports (<c>INoticeStore</c>, <c>ISupplierProfileStore</c>, <c>ICompanyRegisterCache</c>, <c>IRegisterFieldStore</c>, <c>INeedStore</c>,
    /// <c>IBuyerKeyStore</c>, <c>ISupplierKeyStore</c>, <c>ISupplierAccessAudit</c>) from the storage capability; survey outcomes are used when a source is registered.
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
        services.AddSingleton<SupplierField.PotentialSupplierProvider>();
        services.AddTransient<SupplierField.RegisterFieldBuilder>();
        services.AddSingleton<Access.ApiRateLimits>();
        services.AddSingleton<BuyerKeys>();
        services.AddTransient<SupplierProfileJob>();
        services.AddTransient<NeedService>();
        services.AddTransient<SupplierLookup>();
        services.AddTransient<Web.BuyerApi>();
        services.AddPages();
        services.AddTransient<Web.BrokerPages>();
        services.AddSingleton<Suppliers.SupplierKeys>();
        services.TryAddTransient<Suppliers.ISupplierFieldOfWork, Suppliers.WinnersFieldOfWork>();
        services.AddTransient<Suppliers.OpportunityFinder>();
        services.AddTransient<Suppliers.SupplierView>();
        services.AddTransient<Web.SupplierApi>();

        services
            .AddRefitGeneratedClient<IPrhApi>(new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(JsonOptions) })
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<PrhOptions>>().Value.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            // The library's standard pipeline (total timeout, retry, circuit breaker, attempt timeout) with
            // its own transient predicates: 408, 429, 5xx, network faults and attempt timeouts are retried
            // with exponential backoff and jitter, Retry-After honoured; 401/403/404 never are.
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<PrhOptions>>().Value;
                resilience.Retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetries);
                if (settings.MaxRetries == 0)
                {
                    resilience.Retry.ShouldHandle = _ => PredicateResult.False();
                }

                resilience.Retry.Delay = settings.RetryBaseDelay;
                resilience.Retry.MaxDelay = TimeSpan.FromMinutes(1);
                resilience.AttemptTimeout.Timeout = settings.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromTicks(settings.AttemptTimeout.Ticks * (settings.MaxRetries + 2));
                // The breaker must sample at least two attempt timeouts (the library validates it).
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.CircuitBreaker.SamplingDuration.Ticks, settings.AttemptTimeout.Ticks * 2));
            });
        return services;
    }
}
