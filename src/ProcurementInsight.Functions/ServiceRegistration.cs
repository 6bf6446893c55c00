using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker;
using ProcurementInsight.Hilma;
using ProcurementInsight.Ml;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;

namespace ProcurementInsight.Functions;

/// <summary>The function app's composition root: each capability's one registration call.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers every capability the functions use.</summary>
    public static IServiceCollection AddProcurementInsight(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        services.AddHilma(configuration);
        services.AddSurvey(configuration);
        services.AddMl(configuration);
        services.AddBroker(configuration);
        services.AddTransient<Core.Harvesting.NoticeLookup>();
        return services;
    }
}
