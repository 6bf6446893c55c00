using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Ml.OrganisationProfiles;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>The built set of organisation profiles is kept for <c>Ml:OrganisationProfilesMaxAge</c>, on stored notices in Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OrganisationProfileCacheTests(AzuriteFixture azurite)
{
    // A business id no stored notice names until the test stores one.
    private const string Newcomer = "0112038-9";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task BuildAsync_WithinMaxAge_ServesTheBuiltSetWithoutTheNewNotice()
    {
        var (services, profiles, first) = await BuiltBeforeNewcomerAsync("00:05:00");
        await using var disposing = services;
        _time.Advance(TimeSpan.FromMinutes(4));

        var second = await profiles.BuildAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.DoesNotContain(second, p => p.BusinessId == Newcomer);
    }

    [Fact]
    public async Task BuildAsync_AfterMaxAge_BuildsAnewWithTheNewNotice()
    {
        var (services, profiles, first) = await BuiltBeforeNewcomerAsync("00:05:00");
        await using var disposing = services;
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = await profiles.BuildAsync(CancellationToken.None);

        Assert.Equal(first.Count + 1, second.Count);
        Assert.Contains(second, p => p.BusinessId == Newcomer);
    }

    [Fact]
    public async Task BuildAsync_MaxAgeZero_BuildsForEveryRequest()
    {
        var (services, profiles, _) = await BuiltBeforeNewcomerAsync("00:00:00");
        await using var disposing = services;

        var second = await profiles.BuildAsync(CancellationToken.None);

        Assert.Contains(second, p => p.BusinessId == Newcomer);
    }

    // Stores the organisations, builds their profiles once, then stores a notice of a new organisation.
    private async Task<(ServiceProvider Services, OrganisationProfileService Profiles, IReadOnlyList<OrganisationProfile> First)> BuiltBeforeNewcomerAsync(string maxAge)
    {
        var settings = azurite.NewStorageSettings();
        await StoredOrganisations.StoreAsync(settings);
        settings["Ml:OrganisationProfilesMaxAge"] = maxAge;
        var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings), s => s.AddSingleton<TimeProvider>(_time));
        var profiles = services.GetRequiredService<OrganisationProfileService>();
        var first = await profiles.BuildAsync(CancellationToken.None);
        await StoreNewcomerAsync(services);
        return (services, profiles, first);
    }

    private static async Task StoreNewcomerAsync(IServiceProvider services)
    {
        var notice = NoticeBuilder.Minimal("EF-9000").Build();
        notice = notice with
        {
            ProcedureId = "proc-newcomer",
            FormType = FormType.Result,
            PublicationDate = new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero),
            Buyers = [new Buyer("Uusi kunta", OrganisationIdentifier.FromPublished(Newcomer), "la", "FI1B1", null)],
        };
        await services.GetRequiredService<INoticeStore>().SaveAsync(new StoredNotice(notice, new NoticeRevision("n0", "EF-9000/n0.xml", null, DateTimeOffset.UnixEpoch)), CancellationToken.None);
    }
}
