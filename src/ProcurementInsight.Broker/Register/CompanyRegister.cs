using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Register;

/// <summary>
/// Company register look-ups through <see cref="IPrhApi"/>: answers are cached (<see cref="ICompanyRegisterCache"/>)
/// and refreshed after <see cref="PrhOptions.RefreshAge"/>; calls are spaced by <see cref="PrhOptions.MinInterval"/>.
/// Retries of faults are the HTTP client's resilience pipeline's.
/// </summary>
public sealed class CompanyRegister(IPrhApi api, ICompanyRegisterCache cache, IOptions<PrhOptions> options, TimeProvider time, ILogger<CompanyRegister> logger) : IDisposable
{
    /// <summary>Companies per page of a name search (CONTRACTS.md B.2).</summary>
    public const int PageSize = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _lastCallTicks = long.MinValue;

    /// <summary>The register's entry for a business id: from the cache when fresh, else asked (and cached).</summary>
    /// <returns>The entry and whether the register was asked.</returns>
    public async Task<(CompanyRegisterEntry Entry, bool Asked)> GetAsync(BusinessId businessId, CancellationToken cancellationToken)
    {
        var cached = await cache.GetAsync(businessId.Value, cancellationToken);
        if (cached is not null && time.GetUtcNow() - cached.RetrievedAt < options.Value.RefreshAge)
        {
            return (cached, false);
        }

        var response = await CallAsync(() => api.GetCompaniesAsync(businessId.Value, null, null, cancellationToken), cancellationToken);
        var company = response.Companies?.FirstOrDefault(c => string.Equals(c.BusinessId.Value, businessId.Value, StringComparison.Ordinal));
        var entry = company is null
            ? new CompanyRegisterEntry(businessId.Value, null, [], null, null, null, null, null, null, null, false, time.GetUtcNow())
            : ToEntry(company, time.GetUtcNow());
        await cache.SaveAsync(entry, cancellationToken);
        Log.RegisterAsked(logger, businessId.Value, entry.Found);
        return (entry, true);
    }

    /// <summary>
    /// Every company whose name matches, across pages. The register answers a page past the end with the
    /// first page again, so paging stops at <c>page × 100 ≥ totalResults</c> and on a repeated page.
    /// </summary>
    public async Task<IReadOnlyList<CompanyRegisterEntry>> SearchByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var (found, _) = await PagesAsync(page => api.GetCompaniesAsync(null, name, page, cancellationToken), int.MaxValue, cancellationToken);
        return found;
    }

    /// <summary>
    /// Every company of a main line of business (TOL 2008 code), optionally in one post town and registered in a
    /// date range, across pages as <see cref="SearchByNameAsync"/>, asking at most <paramref name="maxCalls"/> pages.
    /// </summary>
    /// <returns>The companies and the register calls made; fewer companies than the register holds when the cap stopped the paging.</returns>
    public async Task<(IReadOnlyList<CompanyRegisterEntry> Companies, int Calls, bool Complete)> SearchByLineAsync(
        string mainBusinessLine, string? location, DateOnly? registeredFrom, DateOnly? registeredTo, int maxCalls, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mainBusinessLine);
        var from = registeredFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = registeredTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (found, calls) = await PagesAsync(page => api.SearchCompaniesAsync(mainBusinessLine, location, from, to, page, cancellationToken), maxCalls, cancellationToken);
        return (found, calls.Calls, calls.Complete);
    }

    private async Task<(List<CompanyRegisterEntry> Found, (int Calls, bool Complete) Calls)> PagesAsync(
        Func<int, Task<Refit.IApiResponse<PrhCompanyResult>>> call, int maxCalls, CancellationToken cancellationToken)
    {
        var found = new List<CompanyRegisterEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            if (page > maxCalls)
            {
                return (found, (page - 1, false));
            }

            var current = page;
            var result = await CallAsync(() => call(current), cancellationToken);
            var companies = result.Companies ?? [];
            var added = 0;
            foreach (var company in companies)
            {
                if (seen.Add(company.BusinessId.Value))
                {
                    found.Add(ToEntry(company, time.GetUtcNow()));
                    added++;
                }
            }

            if (companies.Count == 0 || added == 0 || (long)page * PageSize >= result.TotalResults)
            {
                return (found, (page, true));
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Maps a register company; tolerant of older snapshots (string form codes, no business line code).</summary>
    public static CompanyRegisterEntry ToEntry(PrhCompany company, DateTimeOffset retrievedAt)
    {
        ArgumentNullException.ThrowIfNull(company);
        var names = company.Names ?? [];
        var current = names.FirstOrDefault(n => n.Type == "1" && string.IsNullOrEmpty(n.EndDate)) ?? names.FirstOrDefault(n => string.IsNullOrEmpty(n.EndDate)) ?? (names.Count > 0 ? names[0] : null);
        var address = company.Addresses?.OrderBy(a => a.Type == 1 ? 0 : 1).FirstOrDefault();
        var form = company.CompanyForms?.FirstOrDefault(f => string.IsNullOrEmpty(f.EndDate)) ?? (company.CompanyForms is { Count: > 0 } forms ? forms[0] : null);
        return new CompanyRegisterEntry(
            company.BusinessId.Value,
            current?.Name,
            [.. names.Where(n => !ReferenceEquals(n, current)).Select(n => n.Name)],
            company.MainBusinessLine?.Type,
            Finnish(company.MainBusinessLine?.Descriptions),
            Finnish(form?.Descriptions) ?? form?.Type,
            ParseDate(company.BusinessId.RegistrationDate) ?? ParseDate(company.RegistrationDate),
            address is null ? null : string.Join(' ', new[] { address.Street, address.BuildingNumber }.Where(s => !string.IsNullOrWhiteSpace(s))),
            address?.PostCode,
            address?.PostOffices?.OrderBy(p => p.LanguageCode == "1" ? 0 : 1).FirstOrDefault()?.City,
            true,
            retrievedAt);
    }

    private static string? Finnish(IReadOnlyList<PrhDescription>? descriptions) =>
        descriptions?.OrderBy(d => d.LanguageCode switch { "1" => 0, "3" => 1, _ => 2 }).FirstOrDefault()?.Description;

    private static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private async Task<PrhCompanyResult> CallAsync(Func<Task<Refit.IApiResponse<PrhCompanyResult>>> call, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var interval = options.Value.MinInterval;
            if (_lastCallTicks != long.MinValue)
            {
                var wait = interval - time.GetElapsedTime(_lastCallTicks);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            _lastCallTicks = time.GetTimestamp();
            using var response = await call();
            if (!response.IsSuccessStatusCode || response.Content is null)
            {
                throw (Exception?)response.Error ?? new HttpRequestException($"The company register answered {(int?)response.StatusCode} without a body.");
            }

            return response.Content;
        }
        finally
        {
            _gate.Release();
        }
    }
}
