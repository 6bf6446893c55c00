using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class GetNoticeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(azurite.NewStorageSettings()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProcurementInsight(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task RunAsync_StoredNotice_ReturnsItWithoutEmails()
    {
        var stored = NoticeBuilder.Rich("EF-48640").BuildStored("<xml/>", new DateTimeOffset(2026, 5, 8, 14, 51, 10, TimeSpan.Zero));
        await _services.GetRequiredService<INoticeStore>().SaveAsync(stored, CancellationToken.None);
        var function = ActivatorUtilities.CreateInstance<GetNotice>(_services);

        var result = await function.RunAsync(new DefaultHttpContext().Request, "48640", CancellationToken.None);

        var ok = Assert.IsType<OkObjectResult>(result);
        var document = Assert.IsType<StoredNoticeDocument>(ok.Value);
        Assert.Equal("EF-48640", document.Notice.HilmaId);
        Assert.Equal(stored.Notice.NoticeId, document.Notice.NoticeId);
        Assert.Equal(stored.Revision.RawLocation, document.Revision.RawLocation);
        Assert.NotEmpty(document.Notice.Buyers);
        Assert.All(document.Notice.Buyers, b => Assert.Null(b.Email));
    }

    [Fact]
    public async Task RunAsync_UnknownNotice_Returns404Problem()
    {
        var function = ActivatorUtilities.CreateInstance<GetNotice>(_services);

        var result = await function.RunAsync(new DefaultHttpContext().Request, "EF-999999", CancellationToken.None);

        var problem = Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(result).Value);
        Assert.Equal(404, problem.Status);
        Assert.Contains("EF-999999", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EF-12a")]
    [InlineData("'; DROP TABLE")]
    [InlineData("PartitionKey eq 'x'")]
    public async Task RunAsync_NotAnId_Returns400Problem(string id)
    {
        var function = ActivatorUtilities.CreateInstance<GetNotice>(_services);

        var result = await function.RunAsync(new DefaultHttpContext().Request, id, CancellationToken.None);

        var objectResult = Assert.IsType<ObjectResult>(result);
        Assert.Equal(400, objectResult.StatusCode);
        Assert.Equal(400, Assert.IsType<ProblemDetails>(objectResult.Value).Status);
    }
}
