using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcurementInsight.Infra.Tests;

// Every %Setting% a trigger reads and every connection it uses must be an app setting Bicep deploys;
// otherwise the function fails to index in Azure while every local test passes.
[Collection(SharedPublishedApp.Name)]
public sealed partial class FunctionAppSettingsTests(PublishedFunctionApp app)
{
    /// <summary>HTTP functions that are anonymous at the Functions level, each with the proof it checks itself.</summary>
    private static readonly Dictionary<string, string> AnonymousFunctions = new(StringComparer.Ordinal)
    {
        ["Health"] = "liveness probe; says only healthy or not",
        ["GetSurveyForm"] = "the survey link's signed token is the proof; forged, expired or unknown tokens get one polite page",
        ["PostSurveyForm"] = "the signed survey token plus a signed form token (anti-forgery)",
        ["GetSurveyOptOut"] = "the signed opt-out key from the mail's List-Unsubscribe header; shows a confirmation page only",
        ["PostSurveyOptOut"] = "the signed opt-out key is the proof (RFC 8058 one-click: no form token is possible); it can only stop mail to its own address",
        ["PostNeed"] = "buyer endpoint: the organisation's API key (stored hashed), checked and rate limited by the handler; 401 without",
        ["GetNeedMatches"] = "buyer endpoint: the organisation's API key, as PostNeed",
        ["GetSupplier"] = "buyer endpoint: the organisation's API key, as PostNeed",
        ["GetOrganisationProfile"] = "the signed, expiring profile link from the survey's thank-you page is the proof; forged or expired links get the not-available page",
        ["BuyerPage"] = "the page itself is a form; its POST carries the buyer's API key, checked like the API's",
        ["GetSupplierOpportunities"] = "supplier endpoint: the company's own supplier API key (stored hashed, 403 for another business id), rate limited and audited",
        ["SupplierPage"] = "the page itself is a form; its POST carries the company's supplier API key, checked like the API's",
    };

    /// <summary>App settings that must come from Key Vault, never as plain values.</summary>
    private static readonly string[] SecretSettings = ["Hilma__SubscriptionKey", "Smtp__UserName", "Smtp__Password", "Survey__TokenSigningKey", "Survey__OptOutKey"];

    [Fact]
    public async Task AppSettings_EveryPercentSettingATriggerReads_IsDeployed()
    {
        var settings = await AppSettingsAsync();

        var referenced = app.Functions
            .SelectMany(f => f["bindings"]!.AsArray().OfType<JsonObject>())
            .SelectMany(b => b.Select(p => p.Value).OfType<JsonValue>())
            .Select(v => v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>()
            .SelectMany(s => PercentSetting().Matches(s).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.True(settings.ContainsKey(name), $"Trigger setting %{name}% is not an app setting in functionapp.bicep."));
    }

    [Fact]
    public async Task AppSettings_EveryStorageConnectionATriggerUses_IsIdentityBased()
    {
        var settings = await AppSettingsAsync();

        var connections = app.Functions
            .SelectMany(f => f["bindings"]!.AsArray().OfType<JsonObject>())
            .Where(b => ((string)b["type"]!).StartsWith("queue", StringComparison.Ordinal) || ((string)b["type"]!).StartsWith("blob", StringComparison.Ordinal))
            .Select(b => (string?)b["connection"] is { Length: > 0 } c ? c : "AzureWebJobsStorage")
            .Append("AzureWebJobsStorage")
            .Distinct();

        Assert.All(connections, c =>
        {
            Assert.False(settings.ContainsKey(c), $"{c} is a connection string; shared keys are off, so it must be {c}__accountName.");
            Assert.True(settings.ContainsKey(c + "__accountName") || settings.ContainsKey(c + "__queueServiceUri"), $"{c} has no identity-based setting.");
        });
    }

    [Fact]
    public async Task AppSettings_Secrets_AreKeyVaultReferences()
    {
        var settings = await AppSettingsAsync();

        Assert.All(SecretSettings, name =>
        {
            Assert.True(settings.TryGetValue(name, out var value), $"{name} is not deployed.");
            Assert.Contains("@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AppSettings_NoWorkerRuntimeSetting_BecauseFlexRejectsIt()
    {
        var settings = await AppSettingsAsync();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.Equal("managedidentity", settings["Storage__Credential"]);
    }

    [Fact]
    public void HttpFunctions_AnonymousOnlyWhereTheRequestCarriesItsOwnProof()
    {
        var anonymous = app.Functions
            .Where(f => (string?)PublishedFunctionApp.Trigger(f)["type"] == "httpTrigger")
            .Where(f => !string.Equals((string?)PublishedFunctionApp.Trigger(f)["authLevel"], "Function", StringComparison.OrdinalIgnoreCase)
                && !string.Equals((string?)PublishedFunctionApp.Trigger(f)["authLevel"], "Admin", StringComparison.OrdinalIgnoreCase))
            .Select(f => (string)f["name"]!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(AnonymousFunctions.Keys.Order(StringComparer.Ordinal), anonymous);
    }

    private static async Task<Dictionary<string, string>> AppSettingsAsync()
    {
        var site = Assert.Single(ArmTemplate.AllResources(await BicepCli.MainArmTemplateAsync(), "Microsoft.Web/sites"));
        return site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().OfType<JsonObject>()
            .ToDictionary(s => (string)s["name"]!, s => s["value"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : s["value"]?.ToJsonString() ?? string.Empty, StringComparer.Ordinal);
    }

    [GeneratedRegex("%([A-Za-z0-9_:.]+)%")]
    private static partial Regex PercentSetting();
}
