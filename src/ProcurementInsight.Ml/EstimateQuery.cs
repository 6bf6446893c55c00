using System.Globalization;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>
/// What the HTTP endpoints <c>GET /api/estimates/{year}?definition=</c> (JSON) and
/// <c>GET /api/estimates/{year}/page?definition=</c> (the analyst page) answer, for the function app and its local twin alike.
/// Each definition's newest published snapshot is served while it is younger than <see cref="MlOptions.SnapshotMaxAge"/>;
/// otherwise the estimate is made anew (its <c>computedAt</c> tells which).
/// </summary>
public sealed class EstimateQuery(ShareEstimateService estimates, IEstimateSnapshotStore snapshots, IOptions<MlOptions> options, TimeProvider time, EstimateReport report)
{
    /// <summary>The JSON route below the <c>api</c> prefix.</summary>
    public const string Route = "estimates/{year}";

    /// <summary>The analyst page route below the <c>api</c> prefix.</summary>
    public const string PageRoute = "estimates/{year}/page";

    /// <summary>The estimates of a year: every definition, or the one named.</summary>
    public async Task<EstimateQueryResult> GetAsync(string? year, string? definition, CancellationToken cancellationToken) =>
        (await LookUpAsync(year, definition, cancellationToken)).Result;

    /// <summary>The analyst page of a year, with the published snapshots as the series over time.</summary>
    public async Task<EstimateQueryResult> GetPageAsync(string? year, string? definition, CancellationToken cancellationToken)
    {
        var (result, published) = await LookUpAsync(year, definition, cancellationToken);
        if (result.Estimates is not { } list)
        {
            return result;
        }

        var series = new Dictionary<string, IReadOnlyList<EstimateSnapshot>>(StringComparer.Ordinal);
        foreach (var estimate in list)
        {
            if (ShareDefinitions.TryParse(estimate.Definition, out var d))
            {
                series[estimate.Definition] = published.TryGetValue(d, out var read) ? read : await snapshots.ListAsync(estimate.Year, d, cancellationToken);
            }
        }

        return result with { Html = await report.RenderInlineAsync(list, series) };
    }

    /// <summary>The estimates, and the snapshots read on the way (none when <see cref="MlOptions.SnapshotMaxAge"/> is zero).</summary>
    private async Task<(EstimateQueryResult Result, Dictionary<ShareDefinition, IReadOnlyList<EstimateSnapshot>> Published)> LookUpAsync(string? year, string? definition, CancellationToken cancellationToken)
    {
        var published = new Dictionary<ShareDefinition, IReadOnlyList<EstimateSnapshot>>();
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
        {
            return (EstimateQueryResult.Problem(400, "Not a year", "Use a year such as 2025."), published);
        }

        ShareDefinition[] definitions;
        if (string.IsNullOrWhiteSpace(definition))
        {
            definitions = [.. ShareDefinitions.All];
        }
        else if (ShareDefinitions.TryParse(definition, out var d))
        {
            definitions = [d];
        }
        else
        {
            return (EstimateQueryResult.Problem(400, "Unknown definition", "Use definition=market (new to the market), buyer (new to the buyer) or any (any innovation element)."), published);
        }

        var found = new Dictionary<ShareDefinition, ShareEstimate>();
        var oldest = time.GetUtcNow() - options.Value.SnapshotMaxAge;
        foreach (var d in options.Value.SnapshotMaxAge > TimeSpan.Zero ? definitions : [])
        {
            var list = await snapshots.ListAsync(y, d, cancellationToken);
            published[d] = list;
            if (list.Count > 0 && list[^1].Estimate.ComputedAt >= oldest)
            {
                found[d] = list[^1].Estimate;
            }
        }

        var missing = definitions.Where(d => !found.ContainsKey(d)).ToArray();
        if (missing.Length > 0)
        {
            var results = await estimates.EstimateAsync(y, missing, cancellationToken);
            if (results.FirstOrDefault(r => r.Estimate is null) is { Problem: { } problem })
            {
                return (EstimateQueryResult.Problem(404, "No estimate", problem), published);
            }

            for (var i = 0; i < missing.Length; i++)
            {
                found[missing[i]] = results[i].Estimate!; // Every result has an estimate: checked above.
            }
        }

        return (new EstimateQueryResult(200, [.. definitions.Select(d => found[d])], definitions.Length == 1, null, null, null), published);
    }
}
