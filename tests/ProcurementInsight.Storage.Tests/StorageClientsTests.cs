using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ProcurementInsight.Storage.Tests;

// Identity-based clients are what Azure uses (the account has shared keys off); nothing here reaches
// Azure: the tests check which endpoint and credential each client would use.
public sealed class StorageClientsTests
{
    [Fact]
    public void Clients_AccountNameOnly_UseTheAccountsPublicEndpoints()
    {
        var options = new StorageOptions { AccountName = "stpi123", ConnectionString = string.Empty };

        Assert.Equal(new Uri("https://stpi123.table.core.windows.net/"), StorageClients.Tables(options).Uri);
        Assert.Equal(new Uri("https://stpi123.blob.core.windows.net/"), StorageClients.Blobs(options).Uri);
        Assert.Equal(new Uri("https://stpi123.queue.core.windows.net/"), StorageClients.Queues(options).Uri);
        Assert.Equal("stpi123", StorageClients.Blobs(options).AccountName);
    }

    [Fact]
    public void Clients_ServiceUrisGiven_UseThemOverTheDerivedOnes()
    {
        var options = new StorageOptions
        {
            AccountName = "stpi123",
            BlobServiceUri = new Uri("https://blob.example.net/"),
            TableServiceUri = new Uri("https://table.example.net/"),
            QueueServiceUri = new Uri("https://queue.example.net/"),
        };

        Assert.Equal(new Uri("https://table.example.net/"), StorageClients.Tables(options).Uri);
        Assert.Equal(new Uri("https://blob.example.net/"), StorageClients.Blobs(options).Uri);
        Assert.Equal(new Uri("https://queue.example.net/"), StorageClients.Queues(options).Uri);
    }

    [Fact]
    public void Clients_ConnectionStringOnly_UseTheConnectionString()
    {
        var options = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" };

        Assert.False(options.UsesIdentity);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), StorageClients.Tables(options).Uri);
    }

    [Theory]
    [InlineData("managedidentity", typeof(ManagedIdentityCredential))]
    [InlineData("ManagedIdentity", typeof(ManagedIdentityCredential))]
    [InlineData("default", typeof(DefaultAzureCredential))]
    public void Credential_Setting_ChoosesTheCredential(string setting, Type expected)
    {
        var credential = StorageClients.Credential(new StorageOptions { AccountName = "stpi123", Credential = setting });

        Assert.IsType(expected, credential);
    }

    [Theory]
    [InlineData("Storage:AccountName", "Bad_Name", "Storage:AccountName")]
    [InlineData("Storage:Credential", "password", "Storage:Credential")]
    [InlineData("Storage:ConnectionString", "", "Storage:ConnectionString")]
    public void AddStorage_BadIdentitySettings_FailValidationNamingTheSetting(string key, string value, string named)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_PlainHttpServiceUri_IsRefusedBecauseATokenWouldTravelInClear()
    {
        using var provider = Provider(new() { ["Storage:AccountName"] = "stpi123", ["Storage:BlobServiceUri"] = "http://stpi123.blob.core.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:BlobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_AppSettingsAsBicepSetsThem_ResolveIdentityClients()
    {
        using var provider = Provider(new()
        {
            ["Storage:AccountName"] = "stpi123",
            ["Storage:Credential"] = "managedidentity",
            ["Storage:TableServiceUri"] = "https://stpi123.table.core.windows.net/",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("stpi123", provider.GetRequiredService<Azure.Data.Tables.TableServiceClient>().AccountName);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }
}
