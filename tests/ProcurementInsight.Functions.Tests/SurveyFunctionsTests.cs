using System.Text;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>The survey functions themselves, on the function app's registrations.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task GetSurveyForm_ForgedToken_IsThePolite404WithSafeHeaders()
    {
        var function = ActivatorUtilities.CreateInstance<GetSurveyForm>(_services);
        var context = new DefaultHttpContext();

        var result = await function.RunAsync(context.Request, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(404, content.StatusCode);
        Assert.Equal("text/html; charset=utf-8", content.ContentType);
        Assert.Contains("Kysely ei ole käytettävissä", content.Content, StringComparison.Ordinal);
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
        Assert.Equal("no-referrer", context.Response.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task PostSurveyForm_OversizedBody_Is413()
    {
        var function = ActivatorUtilities.CreateInstance<PostSurveyForm>(_services);
        var context = new DefaultHttpContext();
        var token = _services.GetRequiredService<SurveyTokens>().LinkToken(new string('b', 32));
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.ASCII.GetBytes("impacts=" + new string('x', 100_000)));

        var result = await function.RunAsync(context.Request, token, CancellationToken.None);

        Assert.Equal(413, Assert.IsType<ContentResult>(result).StatusCode);
    }

    [Fact]
    public async Task DispatchSurveys_MessageForUnknownNotice_IsSetAsideWithReason()
    {
        var function = ActivatorUtilities.CreateInstance<DispatchSurveys>(_services);
        var message = QueuesModelFactory.QueueMessage("id-1", "receipt", "{\"NoticeKey\":\"EF-777\"}", dequeueCount: 1);

        await function.RunAsync(message, CancellationToken.None);

        var poisoned = Assert.Single(await _services.GetRequiredService<ISurveyPoisonStore>().PeekAsync(10, CancellationToken.None));
        Assert.Equal("Notice EF-777 is not stored.", poisoned.Reason);
    }

    [Fact]
    public async Task ExportSurveyAnswers_NoAnswers_ReturnsHeaderOnlyCsv()
    {
        var function = ActivatorUtilities.CreateInstance<ExportSurveyAnswers>(_services);
        var context = new DefaultHttpContext();

        var result = await function.RunAsync(context.Request, CancellationToken.None);

        var file = Assert.IsType<FileContentResult>(result);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        var lines = Encoding.UTF8.GetString(file.FileContents).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("notice_key,procedure_id,title,", Assert.Single(lines), StringComparison.Ordinal);
    }
}
