using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Configuration;

namespace ProcurementInsight.Survey;

/// <summary>
/// Survey mail needs SMTP credentials that resolved: a user name that is a Key Vault reference the platform
/// could not resolve, or a user name without a usable password, switches mail off alone. No user name at
/// all is a server without authentication (the local mail sink), which is fine.
/// </summary>
public sealed class SurveyMailCheck(IOptions<SmtpOptions> options) : IFeatureCheck
{
    /// <inheritdoc />
    public FeatureState Check()
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.UserName))
        {
            return new FeatureState(Features.SurveyMail, null);
        }

        var problem = SecretValue.Problem("Smtp:UserName", settings.UserName) ?? SecretValue.Problem("Smtp:Password", settings.Password);
        return new FeatureState(Features.SurveyMail, problem is null ? null : problem + " Survey e-mail waits until it is fixed; invitations are kept.");
    }
}
