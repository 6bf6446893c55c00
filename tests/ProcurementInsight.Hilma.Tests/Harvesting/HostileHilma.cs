using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementInsight.Hilma.Simulator;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

/// <summary>
/// A fake HILMA on loopback (WireMock.Net) serving a handful of notices as a hostile or careless
/// publisher could: the eForms XML of real simulated notices, edited. Every search answers every notice;
/// the batch read answers every notice asked for (at priority 100: a test's own mapping at priority 1 wins).
/// </summary>
internal sealed partial class HostileHilma : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly SimulatedCorpus _corpus = new(new SimulatorCorpusOptions { Seed = 3, From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 31), NoticesPerYear = 2000 });
    private readonly List<(string Document, long Id, string Read)> _notices = [];

    public Uri BaseAddress => new(_server.Url! + "/");

    public WireMockServer Server => _server;

    /// <summary>The first clean eForms notices of the simulated corpus, published in March 2025.</summary>
    public IReadOnlyList<NoticeEntry> Entries => [.. _corpus.Entries.Where(e => !e.IsLegacy && !e.IsMalformed).OrderBy(e => e.NoticeId).Take(10)];

    /// <summary>The entry's eForms XML as text.</summary>
    public string Xml(NoticeEntry entry) => Encoding.UTF8.GetString(_corpus.EFormBytes(entry));

    /// <summary>The XML with every party's name (buyers and winners) replaced.</summary>
    public static string WithPartyNames(string xml, string name) =>
        PartyName().Replace(xml, m => m.Groups[1].Value + name + m.Groups[2].Value);

    /// <summary>Adds a notice; <paramref name="documentId"/> overrides its search document key.</summary>
    public void Add(NoticeEntry entry, string xml, string? documentId = null, string? typeJson = null)
    {
        var published = entry.DatePublished.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var document = $$"""{"id":{{JsonSerializer.Serialize(documentId ?? entry.Key)}},"noticeId":{{entry.NoticeId}},"datePublished":"{{published}}","dateModified":"{{published}}","isPlan":false,"isEForms":true,"type":{{typeJson ?? "\"16\""}}}""";
        var read = $$"""{"id":{{entry.NoticeId}},"eForm":"{{Convert.ToBase64String(Encoding.UTF8.GetBytes(xml))}}","dateModified":"{{published}}"}""";
        _notices.Add((document, entry.NoticeId, read));
        Answer();
    }

    public void Dispose() => _server.Dispose();

    private void Answer()
    {
        _server.Reset();
        _server.Given(Request.Create().WithPath("/avp/eformnotices/docs/search").UsingPost()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"@odata.count":{{_notices.Count}},"value":[{{string.Join(',', _notices.Select(n => n.Document))}}]}"""));
        _server.Given(Request.Create().WithPath("/avp-eforms/external-read/v1/notices").UsingGet()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($"[{string.Join(',', _notices.Select(n => n.Read))}]"));
        foreach (var (_, id, read) in _notices)
        {
            _server.Given(Request.Create().WithPath("/avp-eforms/external-read/v1/notice/" + id.ToString(CultureInfo.InvariantCulture)).UsingGet()).AtPriority(100)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(read));
        }
    }

    [GeneratedRegex("(<cac:PartyName>\\s*<cbc:Name[^>]*>)[^<]*(</cbc:Name>)")]
    private static partial Regex PartyName();
}
