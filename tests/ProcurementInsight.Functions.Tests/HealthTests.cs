using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_StorageAnswers_Returns200Healthy()
    {
        await using var services = Services(azurite.NewStorageSettings());
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var function = ActivatorUtilities.CreateInstance<Health>(services);

        var result = Assert.IsType<ObjectResult>(await function.RunAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal(200, result.StatusCode);
        Assert.Contains("healthy", System.Text.Json.JsonSerializer.Serialize(result.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StorageUnreachable_Returns503WithoutTheReason()
    {
        // A loopback port nothing listens on: the probe fails fast with a connection error.
        var settings = azurite.NewStorageSettings();
        settings["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(1, 1, 1);
        await using var services = Services(settings);
        var function = ActivatorUtilities.CreateInstance<Health>(services);

        var result = Assert.IsType<ObjectResult>(await function.RunAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal(503, result.StatusCode);
        Assert.Equal("{\"status\":\"unhealthy\"}", System.Text.Json.JsonSerializer.Serialize(result.Value));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProcurementInsight(configuration);
        return services.BuildServiceProvider();
    }
}
