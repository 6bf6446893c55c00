using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ProcurementInsight.Web;

/// <summary>Registers the page renderer.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PageRenderer"/>.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton<PageRenderer>();
        return services;
    }
}
