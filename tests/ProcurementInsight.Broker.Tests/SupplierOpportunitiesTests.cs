using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The supplier's side: open needs and competitions that fit a company, with why; its keys and audit.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SupplierOpportunitiesTests(AzuriteFixture azurite)
{
    internal const string Lighting = "0112038-9";
    private const string Cleaning = "0101263-6";
    private const string Newcomer = "2345678-0";
    private static readonly DateTimeOffset Day = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindAsync_WinnerOfSimilarContracts_ListsTheOpenNeedAndCompetitionWithEvidence()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await StartAsync(clock);

        var result = await services.GetRequiredService<OpportunityFinder>().FindAsync(BusinessId.Parse(Lighting), "en", CancellationToken.None);

        Assert.Equal("contracts", result.Basis);
        var need = Assert.Single(result.Needs);
        Assert.Equal("Katuvalaistuksen kunnossapito", need.Title);
        Assert.Contains("You have won 3 contracts in CPV 502321, 3 of them in FI1B1.", need.Why);
        Assert.Equal(1, need.Rank);
        var competition = Assert.Single(result.Competitions);
        Assert.Equal(("EF-OPEN", Day.AddYears(1)), (competition.Id, competition.Deadline!.Value));
        Assert.Contains(competition.Why, w => w.StartsWith("The broker ranks you 1 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindAsync_CompanyThatNeverWon_FitsByItsLineOfBusinessWithTheWinnersCount()
    {
        await using var services = await StartAsync(BrokerTestHost.Clock());

        var result = await services.GetRequiredService<OpportunityFinder>().FindAsync(BusinessId.Parse(Newcomer), "en", CancellationToken.None);

        Assert.Equal("lineOfBusiness", result.Basis);
        var need = Assert.Single(result.Needs);
        Assert.Equal(["Same line of business (43210 Sähköasennus) as 1 companies that won contracts in CPV division 50."], need.Why);
        Assert.Single(result.Competitions);
    }

    [Fact]
    public async Task GetOpportunitiesAsync_NoKeyOtherCompanysKeyOwnKey_Are401Then403Then200AndOnlyTheLastIsAudited()
    {
        await using var services = await StartAsync(BrokerTestHost.Clock());
        var keys = services.GetRequiredService<SupplierKeys>();
        var own = await keys.CreateAsync(BusinessId.Parse(Lighting), CancellationToken.None);
        var other = await keys.CreateAsync(BusinessId.Parse(Cleaning), CancellationToken.None);
        var api = services.GetRequiredService<SupplierApi>();

        var none = await api.GetOpportunitiesAsync(null, "192.0.2.1", Lighting, "fi", CancellationToken.None);
        var buyerKey = await api.GetOpportunitiesAsync(await services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None), "192.0.2.1", Lighting, "fi", CancellationToken.None);
        var wrong = await api.GetOpportunitiesAsync(other, "192.0.2.1", Lighting, "fi", CancellationToken.None);
        var right = await api.GetOpportunitiesAsync(own, "192.0.2.1", Lighting, "fi", CancellationToken.None);

        Assert.Equal((401, 401, 403, 200), (none.Status, buyerKey.Status, wrong.Status, right.Status));
        using var json = JsonDocument.Parse(right.Body);
        var needId = json.RootElement.GetProperty("needs")[0].GetProperty("id").GetString();
        Assert.StartsWith("Olette voittaneet 3 sopimusta", json.RootElement.GetProperty("needs")[0].GetProperty("why")[0].GetString(), StringComparison.Ordinal);
        var audit = new List<SupplierAccessRecord>();
        await foreach (var record in services.GetRequiredService<ISupplierAccessAudit>().ListAsync(Lighting, CancellationToken.None))
        {
            audit.Add(record);
        }

        var row = Assert.Single(audit);
        Assert.Equal((SupplierKeys.KeyId(own), Lighting, needId, "EF-OPEN"), (row.KeyId, row.BusinessId, string.Join(" ", row.NeedIds), string.Join(" ", row.NoticeKeys)));
    }

    [Fact]
    public async Task PageAsync_PostWithOwnKeyInSwedish_ShowsTheOpportunitiesAndReasonsInSwedish()
    {
        await using var services = await StartAsync(BrokerTestHost.Clock());
        var key = await services.GetRequiredService<SupplierKeys>().CreateAsync(BusinessId.Parse(Lighting), CancellationToken.None);

        var page = await services.GetRequiredService<SupplierApi>().PageAsync("sv", new Dictionary<string, string?> { ["apiKey"] = key, ["businessId"] = Lighting }, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Contains("<html lang=\"sv\">", page.Body, StringComparison.Ordinal);
        Assert.Contains("Ni har vunnit 3 kontrakt inom CPV-koden 502321, varav 3 i region FI1B1.", page.Body, StringComparison.Ordinal);
        Assert.Contains("Katuvalaistuksen kunnossapito", page.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// Three street-lighting maintenance wins (CPV 50232100, FI1B1) for one company, one cleaning win for another
    /// (line of business 43210 both, from the register), an open need and two competitions, one already closed.
    /// </summary>
    private Task<ServiceProvider> StartAsync(FakeTimeProvider clock) => StartAsync(azurite, clock);

    /// <summary>The services over the stored data <see cref="StartAsync(FakeTimeProvider)"/> describes, for other tests of the supplier side.</summary>
    internal static async Task<ServiceProvider> StartAsync(AzuriteFixture azurite, FakeTimeProvider clock)
    {
        var services = await BrokerTestHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["Broker:MaxRegisterLookupsPerBuild"] = "0" });
        var builder = new SupplierProfileBuilder(400, 10_000);
        var built = builder.Build(
            [
                Awards.Result("EF-1", "Valo Oy", Lighting, "50232100", "Katuvalaistuksen kunnossapito", Day),
                Awards.Result("EF-2", "Valo Oy", Lighting, "50232110", "Katuvalojen huolto", Day.AddDays(1)),
                Awards.Result("EF-3", "Valo Oy", Lighting, "50232100", "Valaistuksen kunnossapito", Day.AddDays(2)),
                Awards.Result("EF-4", "Siivous Oy", Cleaning, "90910000", "Toimitilojen siivous", Day.AddDays(3)),
            ],
            new HashSet<string>());
        var register = new CompanyRegisterEntry(Lighting, "Valo Oy", [], "43210", "Sähköasennus", "Osakeyhtiö", null, null, null, "Espoo", true, clock.GetUtcNow());
        await services.GetRequiredService<ISupplierProfileStore>().ReplaceAllAsync(
            [.. built.Select(p => p.BusinessId == Lighting ? p with { Register = register } : p)], CancellationToken.None);
        await services.GetRequiredService<ICompanyRegisterCache>().SaveAsync(register with { BusinessId = Newcomer, Name = "Uusi Valo Oy" }, CancellationToken.None);

        await services.GetRequiredService<NeedService>().SubmitAsync("Espoon kaupunki", new NeedRequest("Katuvalaistuksen kunnossapito", "Katuvalojen huolto ja kunnossapito keskustassa", "50232100", "FI1B1", null, null), CancellationToken.None);
        var store = services.GetRequiredService<INoticeStore>();
        foreach (var (key, deadline) in new[] { ("EF-OPEN", Day.AddYears(1)), ("EF-CLOSED", Day) })
        {
            var notice = Awards.Result(key, "-", null, "50232100", "Valaistuksen kunnossapito", Day) with { FormType = FormType.Competition, Winners = [], TenderDeadline = deadline };
            await store.SaveAsync(new StoredNotice(notice, NoticeBuilder.Minimal(key).BuildStored("<xml/>", null).Revision), CancellationToken.None);
        }

        return services;
    }
}
