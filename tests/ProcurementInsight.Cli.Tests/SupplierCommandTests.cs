using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>supplier-key create</c>, <c>broker opportunities</c> and serve's supplier routes, on storage of their own.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SupplierCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    internal const string Winner = "0112038-9";
    private readonly Dictionary<string, string?> _settings = Settings(azurite);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task BrokerOpportunitiesJson_WinnerWithAnOpenNeed_ListsItWithWhyAndAudits()
    {
        await SaveWinAsync();
        Assert.Equal(0, (await CliRun.RunAsync(_settings, "broker", "build-profiles")).ExitCode);
        await _services.GetRequiredService<NeedService>().SubmitAsync("Espoon kaupunki", new NeedRequest("Katujen päällystys", "Tienrakennustyöt ja päällystys keskustassa", "45233140", "FI1B1", null, null), CancellationToken.None);

        var result = await CliRun.RunAsync(_settings, "broker", "opportunities", Winner, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var need = json.RootElement.GetProperty("needs")[0];
        Assert.Equal("Katujen päällystys", need.GetProperty("title").GetString());
        Assert.Contains(need.GetProperty("why").EnumerateArray(), w => w.GetString() == "You have won 1 contracts in CPV 4523314, 1 of them in FI1B1.");
        var audited = new List<SupplierAccessRecord>();
        await foreach (var record in _services.GetRequiredService<ISupplierAccessAudit>().ListAsync(Winner, CancellationToken.None))
        {
            audited.Add(record);
        }

        Assert.Equal("cli", Assert.Single(audited).KeyId);
    }

    [Fact]
    public async Task SupplierKeyCreate_BadBusinessId_IsAUsageError()
    {
        var result = await CliRun.RunAsync(_settings, "supplier-key", "create", "0112038-8");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a Finnish business id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SupplierRoutes_AnswerByTheKeysCompany()
    {
        var created = await CliRun.RunAsync(_settings, "supplier-key", "create", Winner);
        var key = created.Output.Trim();
        var serveSettings = new Dictionary<string, string?>(_settings) { ["Hilma:UseSimulator"] = "false", ["HarvestNoticesSchedule"] = "0 0 0 1 1 *" };
        await using var serve = await LocalServe.StartAsync(LocalServe.NewAddress(), serveSettings);

        var statuses = new List<HttpStatusCode>();
        foreach (var (path, withKey) in new[] { ($"api/suppliers/{Winner}/opportunities", false), ("api/suppliers/0101263-6/opportunities", true), ($"api/suppliers/{Winner}/opportunities?lang=sv", true) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (withKey)
            {
                request.Headers.Add(BuyerKeys.HeaderName, key);
            }

            using var response = await serve.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var page = await serve.Http.GetAsync("api/supplier?lang=en");

        Assert.StartsWith("psk_", key, StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK], statuses);
        Assert.Contains("Procurements that fit your company", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> Settings(AzuriteFixture azurite)
    {
        var settings = azurite.NewStorageSettings();
        settings["Prh:UseSimulator"] = "false";
        settings["Broker:MaxRegisterLookupsPerBuild"] = "0"; // no register in these tests: profiles from notices alone
        return settings;
    }

    private Task SaveWinAsync() => SaveWinAsync(_services);

    /// <summary>Stores one road-building result notice won by <see cref="Winner"/> (Tie Oy) from Espoo, for the broker's profiles.</summary>
    internal static async Task SaveWinAsync(IServiceProvider services)
    {
        var template = NoticeBuilder.Minimal("EF-1").WithTitle("FIN", "Tienrakennustyöt ja päällystys").Build();
        var notice = template with
        {
            FormType = FormType.Result,
            PublicationDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Buyers = [new Buyer("Espoon kaupunki", OrganisationIdentifier.FromPublished("0101263-6"), "la", "FI1B1", null)],
            Lots = [template.Lots[0] with { MainCpv = CpvCode.Parse("45233140"), Title = template.Title }],
            Winners = [new Winner("LOT-0000", "Tie Oy", OrganisationIdentifier.FromPublished(Winner), null, null)],
        };
        await services.GetRequiredService<INoticeStore>().SaveAsync(new StoredNotice(notice, NoticeBuilder.Minimal("EF-1").BuildStored("<xml/>", null).Revision), CancellationToken.None);
    }
}
