using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The filters of a PRH/YTJ v3 <c>GET /companies</c> request, as the register simulator reads them. Every
/// given filter must hold; <c>mainBusinessLine</c> is a TOL code (its leading digits match every code below
/// it) or words of the line's name; <c>location</c> is the post town, any case; dates are <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed record RegisterQuery(string? BusinessId, string? Name, string? Location, string? CompanyForm, string? MainBusinessLine, DateOnly? RegisteredFrom, DateOnly? RegisteredTo)
{
    /// <summary>Reads the filters; a malformed date is an error the caller answers with 400.</summary>
    public static bool TryRead(IQueryCollection query, out RegisterQuery filter, out string? error)
    {
        filter = new RegisterQuery(Text(query, "businessId"), Text(query, "name"), Text(query, "location"), Text(query, "companyForm"), Text(query, "mainBusinessLine"), null, null);
        error = null;
        foreach (var (key, apply) in new (string, Func<DateOnly, RegisterQuery, RegisterQuery>)[]
                 {
                     ("registrationDateStart", (d, f) => f with { RegisteredFrom = d }),
                     ("registrationDateEnd", (d, f) => f with { RegisteredTo = d }),
                 })
        {
            if (Text(query, key) is not { } text)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = $"{key} must be a date yyyy-MM-dd.";
                return false;
            }

            filter = apply(date, filter);
        }

        return true;
    }

    /// <summary>Indexes of the matching companies, in register order.</summary>
    public IReadOnlyList<int> Apply(RegisterPopulation register)
    {
        ArgumentNullException.ThrowIfNull(register);
        IEnumerable<int> candidates;
        if (BusinessId is not null)
        {
            var index = register.IndexOf(BusinessId);
            candidates = index < 0 ? [] : [index];
        }
        else if (MainBusinessLine is { } line && line.All(char.IsAsciiDigit))
        {
            candidates = BusinessLines.All.Where(l => l.Code.StartsWith(line, StringComparison.Ordinal)).SelectMany(l => register.WithLine(l.Code)).Order();
        }
        else
        {
            candidates = Enumerable.Range(0, register.Count);
        }

        var lineWords = MainBusinessLine is { } words && !words.All(char.IsAsciiDigit) ? words : null;
        return candidates.Where(i =>
        {
            var company = register[i];
            return (Name is null || company.Name.Contains(Name, StringComparison.OrdinalIgnoreCase))
                && (Location is null || string.Equals(company.City, Location, StringComparison.OrdinalIgnoreCase))
                && (CompanyForm is null || string.Equals(company.Form, CompanyForm, StringComparison.Ordinal))
                && (lineWords is null || company.Line.Fi.Contains(lineWords, StringComparison.OrdinalIgnoreCase) || company.Line.En.Contains(lineWords, StringComparison.OrdinalIgnoreCase))
                && (RegisteredFrom is null || company.RegisteredOn >= RegisteredFrom)
                && (RegisteredTo is null || company.RegisteredOn <= RegisteredTo);
        }).ToList();
    }

    private static string? Text(IQueryCollection query, string key) => query[key].ToString() is { Length: > 0 } text ? text.Trim() : null;
}
