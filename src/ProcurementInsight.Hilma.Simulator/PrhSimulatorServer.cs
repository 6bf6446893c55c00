using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// An offline PRH/YTJ open data company API v3 (CONTRACTS.md section B) serving the Finnish suppliers of an
/// <see cref="OrganisationPopulation"/>, the same companies the HILMA simulator's result notices name as
/// winners: <c>GET /opendata-ytj-api/v3/companies?businessId=&amp;name=&amp;page=</c>. As the real API, an
/// unknown business id answers 200 with no companies, results come 100 a page, and a page past the end
/// answers the first page again.
/// </summary>
public sealed class PrhSimulatorServer : IAsyncDisposable
{
    /// <summary>The API's path prefix.</summary>
    public const string BasePath = "/opendata-ytj-api/v3";

    /// <summary>Companies per page.</summary>
    public const int PageSize = 100;

    private static readonly Dictionary<string, (string Code, string Fi, string Sv, string En)> BusinessLines = new(StringComparer.Ordinal)
    {
        ["30"] = ("46510", "Tietokoneiden, niiden oheislaitteiden ja ohjelmistojen tukkukauppa", "Partihandel med datorer, kringutrustning och programvara", "Wholesale of computers, computer peripheral equipment and software"),
        ["33"] = ("46460", "Farmaseuttisten tuotteiden tukkukauppa", "Partihandel med farmaceutiska produkter", "Wholesale of pharmaceutical goods"),
        ["34"] = ("45110", "Henkilöautojen ja kevyiden moottoriajoneuvojen kauppa", "Handel med personbilar och lätta motorfordon", "Sale of cars and light motor vehicles"),
        ["45"] = ("41200", "Asuin- ja muiden rakennusten rakentaminen", "Byggande av bostadshus och andra byggnader", "Construction of residential and non-residential buildings"),
        ["48"] = ("58290", "Muu ohjelmistojen kustantaminen", "Utgivning av annan programvara", "Other software publishing"),
        ["50"] = ("33120", "Koneiden korjaus ja huolto", "Reparation av maskiner", "Repair of machinery"),
        ["71"] = ("71120", "Insinööripalvelut ja niihin liittyvä tekninen konsultointi", "Teknisk konsultverksamhet", "Engineering activities and related technical consultancy"),
        ["72"] = ("62010", "Ohjelmistojen suunnittelu ja valmistus", "Dataprogrammering", "Computer programming activities"),
        ["79"] = ("70220", "Muu liikkeenjohdon konsultointi", "Konsultverksamhet avseende företags organisation", "Business and other management consultancy activities"),
        ["80"] = ("85590", "Muualla luokittelematon koulutus", "Övrig utbildning", "Other education n.e.c."),
        ["85"] = ("86900", "Muut terveydenhuoltopalvelut", "Andra hälso- och sjukvårdstjänster", "Other human health activities"),
        ["90"] = ("81210", "Kiinteistöjen siivous", "Lokalvård", "General cleaning of buildings"),
    };

    private static readonly string[] Streets = ["Teollisuuskatu", "Yrittäjäntie", "Konepajankuja", "Valimotie", "Hermiankatu", "Tekniikantie", "Kauppakatu", "Satamakatu"];

    private readonly LoopbackHost _host;
    private readonly OrganisationPopulation _population;
    private readonly PrhSimulatorOptions _options;
    private readonly Dictionary<string, int> _byId;
    private readonly SimulatedSupplier[] _companies;
    private int _requests;

    private PrhSimulatorServer(OrganisationPopulation population, PrhSimulatorOptions options)
    {
        _population = population;
        _options = options;
        _companies = [.. population.Suppliers.Where(s => s.IsFinnish)];
        _byId = new Dictionary<string, int>(_companies.Length, StringComparer.Ordinal);
        for (var i = 0; i < _companies.Length; i++)
        {
            _byId[_companies[i].CompanyId] = i;
        }

        _host = LoopbackHost.Create(typeof(PrhSimulatorServer), options.Port);
        var app = _host.App;
        app.MapGet("/health", () => Results.Text("Healthy", "text/plain"));
        app.MapGet(BasePath + "/companies", CompaniesAsync);
        app.MapFallback((HttpContext context) => WriteAsync(context, 404, "application/json", "{\"message\":\"Not found\"}"));
    }

    /// <summary>The API's base address including <see cref="BasePath"/>, ending in <c>/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Requests served, faults included.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>The population served.</summary>
    public OrganisationPopulation Population => _population;

    /// <summary>Starts Kestrel on 127.0.0.1 at <see cref="PrhSimulatorOptions.Port"/> (0 = ephemeral).</summary>
    public static async Task<PrhSimulatorServer> StartAsync(OrganisationPopulation population, PrhSimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(options);
        var server = new PrhSimulatorServer(population, options);
        server.BaseAddress = new Uri(await server._host.StartAsync(cancellationToken), BasePath.TrimStart('/') + "/");
        return server;
    }

    /// <summary>The register record of a supplier as the API's JSON (one <c>Company</c> object).</summary>
    public string CompanyJson(SimulatedSupplier supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCompany(writer, supplier);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Stops the server; idempotent.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _host.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task CompaniesAsync(HttpContext context)
    {
        var count = Interlocked.Increment(ref _requests);
        if (_options.TooManyRequestsEvery is { } every && every > 0 && count % every == 0)
        {
            context.Response.Headers.RetryAfter = "1";
            await WriteAsync(context, 429, "text/plain", "Too many requests");
            return;
        }

        var query = context.Request.Query;
        IEnumerable<SimulatedSupplier> matches = _companies;
        if (query["businessId"].ToString() is { Length: > 0 } businessId)
        {
            matches = _byId.TryGetValue(businessId.Trim(), out var i) ? [_companies[i]] : [];
        }

        if (query["name"].ToString() is { Length: > 0 } name)
        {
            matches = matches.Where(s => s.Name.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        var all = matches.ToList();
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;

        // A page past the end answers the first page (CONTRACTS.md B.2).
        if ((long)(page - 1) * PageSize >= all.Count)
        {
            page = 1;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalResults", all.Count);
            writer.WriteStartArray("companies");
            foreach (var supplier in all.Skip((page - 1) * PageSize).Take(PageSize))
            {
                WriteCompany(writer, supplier);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    private void WriteCompany(Utf8JsonWriter writer, SimulatedSupplier supplier)
    {
        var random = new Random(SimulatedCorpus.Mix(_options.Seed ^ 0x50A4, _byId.GetValueOrDefault(supplier.CompanyId)));
        var granted = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 48 * 365));
        var renamed = random.NextDouble() < 0.2 ? granted.AddDays(random.Next(200, 3000)) : (DateOnly?)null;
        var modified = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(0, 500_000));
        var (formCode, formFi, formSv, formEn) = supplier.Name.EndsWith(" Oyj", StringComparison.Ordinal) ? ("17", "Julkinen osakeyhtiö", "Publikt aktiebolag", "Public limited company")
            : supplier.Name.EndsWith(" Ky", StringComparison.Ordinal) ? ("13", "Kommandiittiyhtiö", "Kommanditbolag", "Limited partnership")
            : ("16", "Osakeyhtiö", "Aktiebolag", "Limited company");
        var line = BusinessLines.GetValueOrDefault(supplier.Division, ("82990", "Muu liike-elämää palveleva toiminta", "Övriga företagstjänster", "Other business support service activities"));

        writer.WriteStartObject();
        writer.WriteStartObject("businessId");
        writer.WriteString("value", supplier.CompanyId);
        writer.WriteString("registrationDate", Date(granted));
        writer.WriteString("source", "3");
        writer.WriteEndObject();

        writer.WriteStartArray("names");
        writer.WriteStartObject();
        writer.WriteString("name", supplier.Name);
        writer.WriteString("type", "1");
        writer.WriteString("registrationDate", Date(renamed ?? granted));
        writer.WriteNumber("version", 1);
        writer.WriteString("source", "1");
        writer.WriteEndObject();
        if (renamed is { } date)
        {
            writer.WriteStartObject();
            writer.WriteString("name", supplier.Name.Split(' ')[0] + " " + (formCode == "13" ? "Tmi" : "Ky"));
            writer.WriteString("type", "1");
            writer.WriteString("registrationDate", Date(granted));
            writer.WriteString("endDate", Date(date.AddDays(-1)));
            writer.WriteNumber("version", 2);
            writer.WriteString("source", "1");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("mainBusinessLine");
        writer.WriteString("type", line.Item1);
        Descriptions(writer, line.Item2, line.Item3, line.Item4);
        writer.WriteString("typeCodeSet", "TOIMI4");
        writer.WriteString("registrationDate", Date(granted));
        writer.WriteString("source", "2");
        writer.WriteEndObject();

        writer.WriteStartArray("companyForms");
        writer.WriteStartObject();
        writer.WriteString("type", formCode);
        Descriptions(writer, formFi, formSv, formEn);
        writer.WriteString("registrationDate", Date(granted));
        writer.WriteNumber("version", 1);
        writer.WriteString("source", "1");
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartArray("addresses");
        writer.WriteStartObject();
        writer.WriteNumber("type", 1);
        writer.WriteString("street", Streets[random.Next(Streets.Length)]);
        writer.WriteString("postCode", random.Next(100, 999).ToString("D3", CultureInfo.InvariantCulture) + "10");
        writer.WriteStartArray("postOffices");
        writer.WriteStartObject();
        writer.WriteString("city", supplier.City.ToUpperInvariant());
        writer.WriteString("languageCode", "1");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("buildingNumber", random.Next(1, 80).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("registrationDate", Date(granted));
        writer.WriteString("source", "0");
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteString("tradeRegisterStatus", "1");
        writer.WriteString("registrationDate", Date(granted));
        writer.WriteString("lastModified", modified.ToString(_options.LastModifiedWithT ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void Descriptions(Utf8JsonWriter writer, string fi, string sv, string en)
    {
        writer.WriteStartArray("descriptions");
        foreach (var (code, text) in new[] { ("1", fi), ("2", sv), ("3", en) })
        {
            writer.WriteStartObject();
            writer.WriteString("languageCode", code);
            writer.WriteString("description", text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted).AsTask();
    }
}
