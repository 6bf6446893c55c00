using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Broker.Needs;

/// <summary>Buyer needs: submit, read, match against the supplier index.</summary>
public sealed partial class NeedService(INeedStore needs, SupplierIndexProvider indexes, SupplierField.PotentialSupplierProvider field, IOptions<BrokerOptions> options, TimeProvider time, ILogger<NeedService> logger)
{
    /// <summary>The most matches one request may ask for.</summary>
    public const int MaxTop = 100;

    /// <summary>Validates and saves a need for an organisation.</summary>
    public async Task<NeedSubmission> SubmitAsync(string organisation, NeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            errors["title"] = ["A title of 1–200 characters is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > 5000)
        {
            errors["description"] = ["A description of 1–5000 characters is required."];
        }

        string? cpv = null;
        if (!string.IsNullOrWhiteSpace(request.Cpv))
        {
            if (CpvCode.TryParse(request.Cpv, out var code))
            {
                cpv = code.Value;
            }
            else
            {
                errors["cpv"] = ["A CPV code is eight digits, optionally with a check digit: 72000000-5."];
            }
        }

        var region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim().ToUpperInvariant();
        if (region is not null && !NutsPattern().IsMatch(region))
        {
            errors["region"] = ["A NUTS code is two letters and up to three more letters or digits: FI1B1."];
        }

        if (request.Timeframe?.Length > 100 || request.BudgetBand?.Length > 100)
        {
            errors["timeframe"] = ["Timeframe and budget band are at most 100 characters each."];
        }

        if (errors.Count > 0)
        {
            return new NeedSubmission(null, errors);
        }

        var need = new Need(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            organisation,
            request.Title!.Trim(),
            request.Description!.Trim(),
            cpv,
            region,
            Blank(request.Timeframe),
            Blank(request.BudgetBand),
            time.GetUtcNow());
        await needs.SaveAsync(need, cancellationToken);
        Log.NeedSubmitted(logger, need.Id, organisation);
        return new NeedSubmission(need, errors);
    }

    /// <summary>The matches of a stored need, or null when there is no such need.</summary>
    public async Task<NeedMatches?> MatchesAsync(string needId, int? top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needId);
        var need = await needs.GetAsync(needId, cancellationToken);
        if (need is null)
        {
            return null;
        }

        var result = await MatchAsync(need.Title + ". " + need.Description, need.Cpv, need.Region, top, cancellationToken, need.Title);
        return new NeedMatches(need, result.Matches, result.SmallOrFirstTimeShare, result.SuppliersSearched)
        {
            PotentialSuppliers = result.PotentialSuppliers,
            Interpretation = result.Interpretation,
            Advice = result.Advice,
        };
    }

    /// <summary>Matches free text (with optional CPV, region and language: fi, sv, en) against the supplier index.</summary>
    public async Task<MatchResult> MatchAsync(string text, string? cpv, string? region, int? top, CancellationToken cancellationToken, string? title = null, string? language = null)
    {
        var index = await indexes.GetAsync(cancellationToken);
        var settings = options.Value;
        var result = index.Match(new MatchQuery(text, cpv, region, Math.Clamp(top ?? settings.DefaultTop, 1, MaxTop)) { Title = title, Language = language }, settings.Match);

        // The field goes by the buyer's CPV; without one, by the code the need's text was read as (the code the
        // matcher used); without that, by the codes of the contracts the established suppliers won most like the need.
        var codes = cpv is not null
            ? [cpv]
            : result.Interpretation?.CpvUsed is { } read
            ? [read]
            : result.Matches.SelectMany(m => m.Evidence.Contracts).Select(c => c.Cpv).OfType<string>().GroupBy(c => c[..Math.Min(3, c.Length)], StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(1).Select(g => g.First()).ToList();
        var potential = await PotentialAsync(codes, region, result.Matches.Count, cancellationToken);

        // A company already among the established suppliers is not shown again as a newcomer.
        var shown = result.Matches.Select(m => m.BusinessId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var apart = potential.Suppliers.Where(s => !shown.Contains(s.BusinessId)).Take(settings.PotentialTop).Select((s, i) => s with { Rank = i + 1 }).ToList();
        return result with { PotentialSuppliers = potential with { Suppliers = apart } };
    }

    /// <summary>
    /// The potential supplier field for CPV codes and a region, without text: the entry point for any reading of a
    /// need into CPV codes. Empty with a note in plain words when there is no field or nothing fits.
    /// </summary>
    /// <param name="cpvCodes">The need's CPV codes.</param>
    /// <param name="region">The need's NUTS region, or null.</param>
    /// <param name="extra">Suppliers to rank beyond <see cref="BrokerOptions.PotentialTop"/> (room for those the caller drops).</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<SupplierField.PotentialSuppliers> PotentialAsync(IReadOnlyList<string> cpvCodes, string? region, int extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cpvCodes);
        var ranker = await field.GetAsync(cancellationToken);
        var settings = options.Value;
        return ranker is null
            ? SupplierField.PotentialSuppliers.None(cpvCodes, SupplierField.FieldText.All.ToDictionary(t => t.Lang, t => t.NoField, StringComparer.Ordinal))
            : ranker.Rank(cpvCodes, region, settings.PotentialTop + extra, settings.NewcomerMaxContracts);
    }

    /// <summary>Every stored need.</summary>
    public IAsyncEnumerable<Need> ListAsync(CancellationToken cancellationToken) => needs.ListAsync(cancellationToken);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z]{2}[0-9A-Z]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NutsPattern();
}
