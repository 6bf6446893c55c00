using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProcurementInsight.Cli;
using ProcurementInsight.Core.Telemetry;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

// Operators build dashboards and alerts on metric names; a run in the function app and the same run
// in `serve` must report under the same names and tags, through each host's own OpenTelemetry setup.
[Collection(AzuriteFixture.CollectionName)]
public sealed class TelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HarvestRun_FunctionAppAndLocalTwin_ExportTheSameRunMetrics()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 4, From = new DateOnly(2025, 4, 1), To = new DateOnly(2025, 4, 10), NoticesPerYear = 1500 });
        await using var server = await HilmaSimulatorServer.StartAsync(corpus, new HilmaSimulatorOptions(), CancellationToken.None);

        var app = await RunMeasuredAsync(
            server,
            (services, configuration) => services.AddLogging().AddProcurementInsight(configuration).AddTelemetry(configuration),
            (provider, ct) => ActivatorUtilities.CreateInstance<HarvestNotices>(provider).RunAsync(new TimerInfo(), ct));
        var twin = await RunMeasuredAsync(
            server,
            CliHost.AddServices,
            (provider, ct) => LocalTwin.Jobs.Single(j => j.FunctionName == HarvestNotices.Name).RunAsync(provider, ct));

        Assert.Equal(Points(app), Points(twin));
        Assert.Contains($"{RunMetrics.RunCountInstrument} pi.job=harvest,pi.outcome=succeeded = 1", Points(app));
        Assert.Contains($"{RunMetrics.RunItemsInstrument} pi.item=notice.new,pi.job=harvest = {corpus.Count}", Points(app));
        Assert.Contains(app, m => m.Name == RunMetrics.RunDurationInstrument && m.Unit == "s");
    }

    [Fact]
    public async Task HarvestRun_FunctionApp_TracesHilmaHttpAndStorageSdkCallsWithItsOwnSpans()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 5, From = new DateOnly(2025, 4, 1), To = new DateOnly(2025, 4, 3), NoticesPerYear = 600 });
        await using var server = await HilmaSimulatorServer.StartAsync(corpus, new HilmaSimulatorOptions(), CancellationToken.None);
        var settings = azurite.NewStorageSettings();
        settings["Hilma:BaseAddress"] = server.BaseAddress.ToString();
        settings["Hilma:InitialFrom"] = "2025-03-30T00:00:00Z";
        settings["Hilma:WindowSize"] = "30.00:00:00";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var spans = new List<Activity>();
        var services = new ServiceCollection();
        services.AddLogging().AddProcurementInsight(configuration).AddTelemetry(configuration);
        services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans));
        await using var provider = services.BuildServiceProvider();
        var tracer = provider.GetRequiredService<TracerProvider>();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        await ActivatorUtilities.CreateInstance<HarvestNotices>(provider).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(tracer.ForceFlush(), "The tracer provider did not flush.");
        var hilma = spans.Where(s => s.Source.Name == "System.Net.Http" && s.Kind == ActivityKind.Client && server.BaseAddress.Port == (int?)s.GetTagItem("server.port")).ToList();
        Assert.NotEmpty(hilma);
        Assert.Contains(spans, s => s.Source.Name.StartsWith("Azure.Data.Tables", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Source.Name.StartsWith("ProcurementInsight.", StringComparison.Ordinal));
        Assert.Contains(hilma, s => s.Parent is not null || s.ParentSpanId != default);
    }

    private static List<string> Points(IEnumerable<MetricSnapshot> metrics) =>
        [.. metrics
            .Where(m => m.Name != RunMetrics.RunDurationInstrument)
            .SelectMany(m => m.MetricPoints.Select(p => $"{m.Name} {Tags(p)} = {p.GetSumLong()}"))
            .Order(StringComparer.Ordinal)];

    private static string Tags(MetricPoint point)
    {
        var tags = new List<string>();
        foreach (var tag in point.Tags)
        {
            tags.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(',', tags.Order(StringComparer.Ordinal));
    }

    private async Task<List<MetricSnapshot>> RunMeasuredAsync(
        HilmaSimulatorServer server,
        Action<IServiceCollection, IConfiguration> register,
        Func<IServiceProvider, CancellationToken, Task> run)
    {
        var settings = azurite.NewStorageSettings();
        settings["Hilma:BaseAddress"] = server.BaseAddress.ToString();
        settings["Hilma:InitialFrom"] = "2025-03-25T00:00:00Z";
        settings["Hilma:WindowSize"] = "30.00:00:00";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var exported = new List<MetricSnapshot>();
        var services = new ServiceCollection();
        register(services, configuration);
        services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(exported));
        await using var provider = services.BuildServiceProvider();
        var meters = provider.GetRequiredService<MeterProvider>();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        await run(provider, CancellationToken.None);

        Assert.True(meters.ForceFlush(), "The meter provider did not flush.");
        return exported;
    }
}
