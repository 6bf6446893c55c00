using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The broker and storage capabilities as a host registers them, on this test's own Azurite tables.</summary>
internal static class BrokerTestHost
{
    public static async Task<ServiceProvider> StartAsync(AzuriteFixture azurite, TimeProvider time, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var values = azurite.NewStorageSettings();
        values["Prh:RetryBaseDelay"] = "00:00:00";
        values["Prh:MinInterval"] = "00:00:00";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddStorage(configuration);
        services.AddBroker(configuration);
        replace?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return provider;
    }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
}
