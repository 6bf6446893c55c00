namespace ProcurementInsight.Core.Configuration;

/// <summary>The names of the features that depend on a secret and can be switched off alone.</summary>
public static class Features
{
    /// <summary>Harvesting the real HILMA API: needs <c>Hilma:SubscriptionKey</c>.</summary>
    public const string Harvest = "harvest";

    /// <summary>Survey links and the survey form: need <c>Survey:TokenSigningKey</c>.</summary>
    public const string SurveyLinks = "survey-links";

    /// <summary>Sending survey e-mail: needs the SMTP credentials when a user name is set.</summary>
    public const string SurveyMail = "survey-mail";
}
