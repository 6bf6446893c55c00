using System.Text.Json.Serialization;

namespace ProcurementInsight.Broker.Register;

/// <summary>
/// <c>CompanyResult</c> of the PRH/YTJ open data API v3 (<c>GET /companies</c>): up to 100 companies per
/// page and the total. Codes are strings except <c>addresses[].type</c> (CONTRACTS.md B.3).
/// </summary>
public sealed record PrhCompanyResult(
    [property: JsonPropertyName("totalResults")] int TotalResults,
    [property: JsonPropertyName("companies")] IReadOnlyList<PrhCompany>? Companies);

/// <summary>A company of the register.</summary>
public sealed record PrhCompany(
    [property: JsonPropertyName("businessId")] PrhBusinessId BusinessId,
    [property: JsonPropertyName("names")] IReadOnlyList<PrhName>? Names,
    [property: JsonPropertyName("mainBusinessLine")] PrhBusinessLine? MainBusinessLine,
    [property: JsonPropertyName("companyForms")] IReadOnlyList<PrhCoded>? CompanyForms,
    [property: JsonPropertyName("addresses")] IReadOnlyList<PrhAddress>? Addresses,
    [property: JsonPropertyName("registrationDate")] string? RegistrationDate,
    [property: JsonPropertyName("endDate")] string? EndDate,
    [property: JsonPropertyName("lastModified")] string? LastModified);

/// <summary>The business id with the date it was granted.</summary>
public sealed record PrhBusinessId(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("registrationDate")] string? RegistrationDate);

/// <summary>A name: type 1 is the company name; an end date makes it historical.</summary>
public sealed record PrhName(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("registrationDate")] string? RegistrationDate,
    [property: JsonPropertyName("endDate")] string? EndDate);

/// <summary>The main line of business (TOL 2008); older snapshots lack <c>type</c>.</summary>
public sealed record PrhBusinessLine(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("descriptions")] IReadOnlyList<PrhDescription>? Descriptions);

/// <summary>A coded value with descriptions (company form: <c>"16"</c>, or <c>"OY"</c> in older snapshots).</summary>
public sealed record PrhCoded(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("descriptions")] IReadOnlyList<PrhDescription>? Descriptions,
    [property: JsonPropertyName("endDate")] string? EndDate);

/// <summary>A description; <c>languageCode</c> 1 = Finnish, 2 = Swedish, 3 = English.</summary>
public sealed record PrhDescription(
    [property: JsonPropertyName("languageCode")] string? LanguageCode,
    [property: JsonPropertyName("description")] string? Description);

/// <summary>An address: type 1 is the visiting address, 2 the postal address.</summary>
public sealed record PrhAddress(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("street")] string? Street,
    [property: JsonPropertyName("buildingNumber")] string? BuildingNumber,
    [property: JsonPropertyName("postCode")] string? PostCode,
    [property: JsonPropertyName("postOffices")] IReadOnlyList<PrhPostOffice>? PostOffices);

/// <summary>A post office of an address, per language.</summary>
public sealed record PrhPostOffice(
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("languageCode")] string? LanguageCode);
