using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProcurementInsight.Core.Configuration;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

// A Key Vault reference that does not resolve reaches the app as its literal text. Before, options
// validation at start then stopped the worker and all functions with it; now only the feature that needs
// the secret is off, and GET /api/health says which and why (naming the setting, never the value).
[Collection(AzuriteFixture.CollectionName)]
public sealed class FeatureDegradationTests(AzuriteFixture azurite)
{
    private const string Vault = "https://kv-test.vault.azure.net/secrets/";

    [Fact]
    public async Task Start_EverySecretAnUnresolvedKeyVaultReference_WorkerStartsAndHealthListsWhatIsOff()
    {
        using var host = Host(AzureLikeSettings());
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        await host.StartAsync(CancellationToken.None);
        var result = Assert.IsType<ObjectResult>(await ActivatorUtilities.CreateInstance<Health>(host.Services).RunAsync(new DefaultHttpContext().Request, CancellationToken.None));
        await host.StopAsync(CancellationToken.None);

        var body = JsonSerializer.Serialize(result.Value);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(
            [Features.Harvest, Features.SurveyLinks, Features.SurveyMail],
            json.RootElement.GetProperty("disabled").EnumerateArray().Select(f => f.GetProperty("feature").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("Survey:TokenSigningKey", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Vault, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HarvestNotices_HilmaKeyUnresolved_SkipsTheRunWithoutCallingHilma()
    {
        using var host = Host(AzureLikeSettings());
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        await ActivatorUtilities.CreateInstance<HarvestNotices>(host.Services).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await host.Services.GetRequiredService<IHarvestRunLog>().RecentAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task Health_AllSecretsResolvedOrOffline_IsHealthyWithoutAList()
    {
        using var host = Host(azurite.NewStorageSettings());
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        var result = Assert.IsType<ObjectResult>(await ActivatorUtilities.CreateInstance<Health>(host.Services).RunAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal("{\"status\":\"healthy\"}", JsonSerializer.Serialize(result.Value));
    }

    private Dictionary<string, string?> AzureLikeSettings()
    {
        var settings = azurite.NewStorageSettings();
        settings["Hilma:UseSimulator"] = "false";
        // Nothing listens here: a harvest that ran anyway would fail, not skip.
        settings["Hilma:BaseAddress"] = "http://127.0.0.1:1/";
        settings["Hilma:SubscriptionKey"] = $"@Microsoft.KeyVault(SecretUri={Vault}hilma-subscription-key)";
        settings["Survey:LinkBaseUrl"] = "https://func-test.azurewebsites.net/api/";
        settings["Survey:TokenSigningKey"] = $"@Microsoft.KeyVault(SecretUri={Vault}survey-token-signing-key)";
        settings["Smtp:UserName"] = $"@Microsoft.KeyVault(SecretUri={Vault}smtp-user-name)";
        settings["Smtp:Password"] = $"@Microsoft.KeyVault(SecretUri={Vault}smtp-password)";
        return settings;
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddProcurementInsight(builder.Configuration);
        return builder.Build();
    }
}
