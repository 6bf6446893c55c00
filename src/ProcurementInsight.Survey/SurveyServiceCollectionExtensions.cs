using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Configuration;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Survey.Reports;
using ProcurementInsight.Web;

namespace ProcurementInsight.Survey;

/// <summary>Registers the survey capability.</summary>
public static class SurveyServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SurveyOptions"/> (section <c>Survey</c>) and <see cref="SmtpOptions"/> (section
    /// <c>Smtp</c>), both validated at start, except their secrets: <see cref="SurveyLinksCheck"/> and <see cref="SurveyMailCheck"/>
    /// (registered as <see cref="IFeatureCheck"/>) switch off only the survey links or mail without them; <see cref="ISurveyMailer"/> over MailKit; and the services
    /// hosts call: <see cref="SurveyTriggerHandler"/>, <see cref="SurveyDispatcher"/>,
    /// <see cref="SurveyFormService"/> and <see cref="SurveyReport"/>. Needs the storage ports (invitations,
    /// answers, opt-outs, poison queue, notices, and the design's draws, address cap and allocations) from the storage capability, and logging from the host.
    /// </summary>
    public static IServiceCollection AddSurvey(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SurveyOptions>()
            .Bind(configuration.GetSection(SurveyOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveyOptions>, SurveyOptionsValidator>();
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISurveyMailer, MailKitSurveyMailer>();
        services.AddSingleton<SurveyLinksCheck>();
        services.AddSingleton<SurveyMailCheck>();
        services.AddSingleton<IFeatureCheck>(p => p.GetRequiredService<SurveyLinksCheck>());
        services.AddSingleton<IFeatureCheck>(p => p.GetRequiredService<SurveyMailCheck>());
        services.AddSingleton<SurveyTokens>();
        services.AddSingleton<OrganisationProfileLinks>();
        services.AddSingleton<Core.Organisations.Profiles.IOrganisationProfileLinks>(p => p.GetRequiredService<OrganisationProfileLinks>());
        services.AddSingleton<SurveyAddresses>();
        services.AddSingleton<SurveyOptOuts>();
        services.AddSingleton<InvitationPlanner>();
        services.AddSingleton<SurveySampler>();
        services.AddSingleton<ControlAllocations>();
        services.AddSingleton<SurveyDesign>();
        services.AddSingleton<SurveyMailComposer>();
        services.AddSingleton<SurveyDispatcher>();
        services.AddSingleton<SurveyTriggerHandler>();
        services.AddPages();
        services.AddSingleton<SurveyFormRenderer>();
        services.AddSingleton<SurveyFormService>();
        services.AddSingleton<SurveyReport>();
        return services;
    }
}
