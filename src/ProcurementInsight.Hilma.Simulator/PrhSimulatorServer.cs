using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// An offline PRH/YTJ open data company API v3 (CONTRACTS.md section B) serving the simulated company register
/// (<see cref="RegisterPopulation"/>): the Finnish suppliers the HILMA simulator's result notices name as winners
/// and every other enterprise. <c>GET /opendata-ytj-api/v3/companies</c> with the v3 filters <c>businessId</c>,
/// <c>name</c>, <c>location</c> (post town), <c>companyForm</c>, <c>mainBusinessLine</c> (a TOL code or its
/// leading digits, or words of its name), <c>registrationDateStart</c>, <c>registrationDateEnd</c> and
/// <c>page</c>. As the real API, an unknown business id answers 200 with no companies, results come 100 a
/// page, and a page past the end answers the first page again.
/// </summary>
public sealed class PrhSimulatorServer : IAsyncDisposable
{
    /// <summary>The API's path prefix.</summary>
    public const string BasePath = "/opendata-ytj-api/v3";

    /// <summary>Companies per page.</summary>
    public const int PageSize = 100;

    private static readonly string[] Streets = ["Teollisuuskatu", "Yrittäjäntie", "Konepajankuja", "Valimotie", "Hermiankatu", "Tekniikantie", "Kauppakatu", "Satamakatu"];

    private readonly LoopbackHost _host;
    private readonly OrganisationPopulation _population;
    private readonly PrhSimulatorOptions _options;
    private readonly RegisterPopulation _register;
    private int _requests;

    private PrhSimulatorServer(OrganisationPopulation population, PrhSimulatorOptions options)
    {
        _population = population;
        _options = options;
        _register = population.Register;
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
            WriteCompany(writer, _register[_register.IndexOf(supplier.CompanyId)]);
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
        if (!RegisterQuery.TryRead(query, out var filter, out var error))
        {
            await WriteAsync(context, 400, "application/json", JsonSerializer.Serialize(new { message = error }));
            return;
        }

        var all = filter.Apply(_register);
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
            foreach (var index in all.Skip((page - 1) * PageSize).Take(PageSize))
            {
                WriteCompany(writer, _register[index]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    private void WriteCompany(Utf8JsonWriter writer, RegisterCompany supplier)
    {
        var random = new Random(SimulatedCorpus.Mix(_options.Seed ^ 0x50A4, supplier.Index));
        var granted = supplier.RegisteredOn;
        var renamed = random.NextDouble() < 0.2 && granted.AddDays(3000) < new DateOnly(2026, 1, 1) ? granted.AddDays(random.Next(200, 3000)) : (DateOnly?)null;
        var modified = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(0, 500_000));
        var formCode = supplier.Form;
        var (formFi, formSv, formEn) = formCode switch
        {
            RegisterPopulation.PublicLimitedCompany => ("Julkinen osakeyhtiö", "Publikt aktiebolag", "Public limited company"),
            RegisterPopulation.LimitedPartnership => ("Kommandiittiyhtiö", "Kommanditbolag", "Limited partnership"),
            RegisterPopulation.SoleTrader => ("Yksityinen elinkeinonharjoittaja", "Enskild näringsidkare", "Sole trader"),
            _ => ("Osakeyhtiö", "Aktiebolag", "Limited company"),
        };
        var line = supplier.Line;

        writer.WriteStartObject();
        writer.WriteStartObject("businessId");
        writer.WriteString("value", supplier.BusinessId);
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
        writer.WriteString("type", line.Code);
        Descriptions(writer, line.Fi, line.Sv, line.En);
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
