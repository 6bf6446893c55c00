using System.Net;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class HilmaSimulatorServerTests
{
    private static readonly SimulatorCorpusOptions AcrossEFormsStart = new()
    {
        Seed = 11,
        From = new DateOnly(2023, 8, 21),
        To = new DateOnly(2023, 9, 10),
    };

    [Fact]
    public async Task Search_CorpusAcrossEFormsStart_MarksOlderNoticesLegacy()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), AcrossEFormsStart);
        await using var _ = server;
        using var __ = client;

        var legacy = await SimulatorHttp.SearchJsonAsync(client, new { filter = "isEForms eq false", top = 1000, count = true, select = "id,isEForms,datePublished" });

        var docs = legacy.GetProperty("value").EnumerateArray().ToArray();
        Assert.Equal(server.Corpus.LegacyCount, legacy.GetProperty("@odata.count").GetInt32());
        Assert.NotEmpty(docs);
        Assert.All(docs, d =>
        {
            Assert.StartsWith("OLD-", d.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.True(d.GetProperty("datePublished").GetDateTimeOffset() < new DateTimeOffset(2023, 9, 1, 0, 0, 0, TimeSpan.FromHours(3)));
        });
    }

    [Fact]
    public async Task ReadLegacy_LegacyNotice_ReturnsFlatStatisticsWithoutNewToAnswers()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), AcrossEFormsStart);
        await using var _ = server;
        using var __ = client;
        var entry = server.Corpus.Entries.First(e => e.IsLegacy && e.Type.Kind == NoticeKind.Contract);

        var body = JsonDocument.Parse(await client.GetStringAsync($"avp-notice/api/avp/notices/{entry.NoticeId}")).RootElement;

        Assert.Equal(entry.NoticeId, body.GetProperty("id").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$", body.GetProperty("datePublished").GetString());
        var statistics = body.GetProperty("hilmaStatistics");
        Assert.Equal(2, statistics.GetProperty("validationState").GetInt32());
        Assert.False(statistics.GetProperty("solutionNewToBuyer").GetBoolean());
        Assert.False(statistics.GetProperty("solutionNewToMarketOrIndustry").GetBoolean());
        Assert.False(statistics.TryGetProperty("endUserInvolved", out var omitted), omitted.ToString());
    }

    [Fact]
    public async Task ReadLegacy_EFormsNoticeNumber_ReturnsAnUnrelatedLegacyNotice()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), AcrossEFormsStart);
        await using var _ = server;
        using var __ = client;
        var eforms = server.Corpus.Entries.First(e => !e.IsLegacy);

        using var response = await client.GetAsync($"avp-notice/api/avp/notices/{eforms.NoticeId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        Assert.True(server.Corpus.TryGetLegacyEntry(id, out var legacy));
        Assert.NotEqual(eforms.NoticeId, legacy.NoticeId);
    }

    [Fact]
    public async Task ReadNotice_LegacyNoticeId_Returns404()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), AcrossEFormsStart);
        await using var _ = server;
        using var __ = client;
        var legacy = server.Corpus.Entries.First(e => e.IsLegacy);

        using var response = await client.GetAsync($"avp-eforms/external-read/v1/notice/{legacy.NoticeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
