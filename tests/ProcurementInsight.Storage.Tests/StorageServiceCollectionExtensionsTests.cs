using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddStorage_ValidConfiguration_InitializesEveryTableAndContainerTwiceWithoutError()
    {
        var prefix = azurite.NewPrefix();
        using var provider = Provider(new()
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Storage:RawNoticeContainer"] = azurite.NewContainerName(),
        });
        var initializer = provider.GetRequiredService<StorageInitializer>();

        await initializer.InitializeAsync(CancellationToken.None);
        await initializer.InitializeAsync(CancellationToken.None);

        var tables = new List<string>();
        await foreach (var table in provider.GetRequiredService<TableServiceClient>().QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "{") < 0))
        {
            tables.Add(table.Name);
        }

        Assert.Equal(StorageLayout.TableBaseNames.Select(n => prefix + n).Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
        var layout = provider.GetRequiredService<StorageLayout>();
        Assert.True(await provider.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(layout.RawNotices).ExistsAsync());
    }

    [Fact]
    public void AddStorage_ValidConfiguration_ResolvesEveryPortAsSingletons()
    {
        using var provider = Provider(new() { ["Storage:ConnectionString"] = azurite.ConnectionString });

        var ports = new object[]
        {
            provider.GetRequiredService<INoticeStore>(),
            provider.GetRequiredService<IRawNoticeArchive>(),
            provider.GetRequiredService<IQuarantine>(),
            provider.GetRequiredService<IHarvestCheckpointStore>(),
            provider.GetRequiredService<IHarvestRunLog>(),
        };

        Assert.Equal(5, ports.Distinct().Count());
        Assert.Same(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TableServiceClient>());
        Assert.Same(provider.GetRequiredService<INoticeStore>(), ports[0]);
    }

    [Fact]
    public void AddStorage_NoStorageSection_UsesTheOfflineDefaults()
    {
        using var provider = Provider([]);

        var layout = provider.GetRequiredService<StorageLayout>();

        Assert.Equal(["Notices", "HarvestCheckpoints", "HarvestRuns", "QuarantinedNotices", "SurveyInvitations", "SurveyAnswers", "SurveyOptOuts", "EstimateSnapshots", "SupplierProfiles", "CompanyRegisterCache", "BuyerNeeds", "BuyerKeys", "SurveyDraws", "SurveyAddressCaps", "SurveyAllocations", "SupplierKeys", "SupplierAccessAudit"], layout.Tables);
        Assert.Equal(["raw-notices", "models", "broker"], layout.Containers);
        Assert.Equal(["survey-triggers", "survey-triggers-poison"], layout.Queues);
        Assert.Equal("UseDevelopmentStorage=true", provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public void AddStorage_InvalidTablePrefix_FailsValidationNamingTheSetting()
    {
        using var provider = Provider(new() { ["Storage:TablePrefix"] = "1-bad" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:TablePrefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageLayout_WithPrefix_PrefixesTablesAndQueuesButNotContainers()
    {
        var layout = new StorageLayout(new StorageOptions { TablePrefix = "Pi1234" });

        Assert.Equal(["Pi1234Notices", "Pi1234HarvestCheckpoints", "Pi1234HarvestRuns", "Pi1234QuarantinedNotices", "Pi1234SurveyInvitations", "Pi1234SurveyAnswers", "Pi1234SurveyOptOuts", "Pi1234EstimateSnapshots", "Pi1234SupplierProfiles", "Pi1234CompanyRegisterCache", "Pi1234BuyerNeeds", "Pi1234BuyerKeys", "Pi1234SurveyDraws", "Pi1234SurveyAddressCaps", "Pi1234SurveyAllocations", "Pi1234SupplierKeys", "Pi1234SupplierAccessAudit"], layout.Tables);
        Assert.Equal(["raw-notices", "models", "broker"], layout.Containers);
        Assert.Equal(["pi1234survey-triggers", "pi1234survey-triggers-poison"], layout.Queues);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
