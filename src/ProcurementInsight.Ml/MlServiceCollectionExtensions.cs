using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProcurementInsight.Web;

namespace ProcurementInsight.Ml;

/// <summary>Registers the classifier and share estimate capability.</summary>
public static class MlServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MlOptions"/> (section <c>Ml</c>, validated at start), <see cref="ClassifierTraining"/>,
    /// <see cref="ShareEstimateService"/> (a singleton, so the loaded classifier is reused until a newer version appears)
    /// <see cref="EstimatePublisher"/>, <see cref="EstimateQuery"/>, the organisation profiles (<see cref="OrganisationProfiles.OrganisationProfileService"/>, <see cref="OrganisationProfiles.OrganisationQuery"/>) and the page renderer. Needs the Core ports <c>INoticeStore</c>, <c>IModelStore</c> and
    /// <c>IEstimateSnapshotStore</c> from storage; <c>ISurveyOutcomeSource</c> is used when registered.
    /// </summary>
    public static IServiceCollection AddMl(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MlOptions>()
            .Bind(configuration.GetSection(MlOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ShareEstimateService>();
        services.TryAddTransient<ClassifierTraining>();
        services.TryAddTransient<EstimatePublisher>();
        services.TryAddTransient<EstimateQuery>();
        services.TryAddTransient<EstimateReport>();
        services.TryAddSingleton<OrganisationProfiles.OrganisationProfileService>();
        services.TryAddTransient<OrganisationProfiles.OrganisationQuery>();
        services.AddPages();
        return services;
    }
}
