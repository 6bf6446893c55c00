using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>TrainClassifier, PublishEstimate, GetEstimate and GetEstimatePage over a small simulated 2025 in Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class EstimateFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Harvesting and training take seconds, so the tests of this class share one storage, filled by whichever
    // test starts first; none of them changes what another reads.
    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static Dictionary<string, string?>? _shared;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 10, 5, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await Setup.WaitAsync();
        try
        {
            var fresh = _shared is null;
            _shared ??= azurite.NewStorageSettings();
            _services = Build(_shared);
            if (fresh)
            {
                await FillAsync();
            }
        }
        finally
        {
            Setup.Release();
        }
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProcurementInsight(configuration);
        services.AddSingleton<TimeProvider>(_time);
        return services.BuildServiceProvider();
    }

    private async Task FillAsync()
    {
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var store = _services.GetRequiredService<INoticeStore>();
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 8, NoticesPerYear = 900, CorrectedShare = 0 });
        foreach (var notice in SimulatedNotices.Parse(corpus))
        {
            await store.SaveAsync(new StoredNotice(notice, new NoticeRevision(notice.Key, notice.Key + "/raw.xml", notice.PublicationDate, _time.GetUtcNow())), CancellationToken.None);
        }

        await ActivatorUtilities.CreateInstance<TrainClassifier>(_services).RunAsync(new TimerInfo(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static HttpRequest Request(string? definition)
    {
        var context = new DefaultHttpContext();
        if (definition is not null)
        {
            context.Request.QueryString = new QueryString("?definition=" + definition);
        }

        return context.Request;
    }

    [Fact]
    public async Task GetEstimate_Definition_ReturnsThatEstimateOfTheYear()
    {
        var function = ActivatorUtilities.CreateInstance<GetEstimate>(_services);

        var result = await function.RunAsync(Request("buyer"), "2025", CancellationToken.None);

        var estimate = Assert.IsType<ShareEstimate>(Assert.IsType<OkObjectResult>(result).Value);
        Assert.Equal(2025, estimate.Year);
        Assert.Equal("buyer", estimate.Definition);
        Assert.InRange(estimate.CountShare.Estimate, 0.2, 0.7);
    }

    [Fact]
    public async Task GetEstimate_NoDefinition_ReturnsEveryDefinitionApart()
    {
        var function = ActivatorUtilities.CreateInstance<GetEstimate>(_services);

        var result = await function.RunAsync(Request(null), "2025", CancellationToken.None);

        var estimates = Assert.IsAssignableFrom<IReadOnlyList<ShareEstimate>>(Assert.IsType<OkObjectResult>(result).Value);
        Assert.Equal(["market", "buyer", "any"], estimates.Select(e => e.Definition));
    }

    [Theory]
    [InlineData("25", "market", 400)]
    [InlineData("2025", "novel", 400)]
    [InlineData("2019", "market", 404)]
    public async Task GetEstimate_BadRequest_ReturnsProblem(string year, string definition, int status)
    {
        var function = ActivatorUtilities.CreateInstance<GetEstimate>(_services);

        var result = await function.RunAsync(Request(definition), year, CancellationToken.None);

        Assert.Equal(status, Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(result).Value).Status);
    }

    [Fact]
    public async Task PublishEstimate_InJanuary_StoresTheLastYearsSnapshotOfEveryDefinition()
    {
        var function = ActivatorUtilities.CreateInstance<PublishEstimate>(_services);

        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        var snapshots = _services.GetRequiredService<IEstimateSnapshotStore>();
        foreach (var definition in ShareDefinitions.All)
        {
            var stored = await snapshots.ListAsync(2025, definition, CancellationToken.None);
            Assert.Equal(new DateOnly(2026, 1, 10), Assert.Single(stored).Date);
        }
    }

    [Fact]
    public async Task GetEstimate_PublishedSnapshot_IsServedUntilOlderThanItsMaximumAge()
    {
        await ActivatorUtilities.CreateInstance<PublishEstimate>(_services).RunAsync(new TimerInfo(), CancellationToken.None);
        var published = _time.GetUtcNow();
        var function = ActivatorUtilities.CreateInstance<GetEstimate>(_services);

        _time.Advance(TimeSpan.FromHours(25));
        var served = await function.RunAsync(Request("market"), "2025", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));
        var anew = await function.RunAsync(Request("market"), "2025", CancellationToken.None);

        // The default maximum age is 26 hours: at 25 the snapshot answers, at 27 the estimate is made again.
        Assert.Equal(published, Assert.IsType<ShareEstimate>(Assert.IsType<OkObjectResult>(served).Value).ComputedAt);
        Assert.Equal(published.AddHours(27), Assert.IsType<ShareEstimate>(Assert.IsType<OkObjectResult>(anew).Value).ComputedAt);
    }

    [Fact]
    public async Task GetEstimatePage_Year_RendersThePageWithCharts()
    {
        var function = ActivatorUtilities.CreateInstance<GetEstimatePage>(_services);

        var result = await function.RunAsync(Request("market"), "2025", CancellationToken.None);

        var page = Assert.IsType<ContentResult>(result);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.Contains("Innovative procurement in 2025", page.Content, StringComparison.Ordinal);
        Assert.Contains("<svg", page.Content, StringComparison.Ordinal);
    }
}
