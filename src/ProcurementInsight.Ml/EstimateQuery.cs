using System.Globalization;
using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>
/// What the HTTP endpoints <c>GET /api/estimates/{year}?definition=</c> (JSON) and
/// <c>GET /api/estimates/{year}/page?definition=</c> (the analyst page) answer, for the function app and its local twin alike.
/// </summary>
public sealed class EstimateQuery(ShareEstimateService estimates, IEstimateSnapshotStore snapshots)
{
    /// <summary>The JSON route below the <c>api</c> prefix.</summary>
    public const string Route = "estimates/{year}";

    /// <summary>The analyst page route below the <c>api</c> prefix.</summary>
    public const string PageRoute = "estimates/{year}/page";

    /// <summary>The estimates of a year: every definition, or the one named.</summary>
    public async Task<EstimateQueryResult> GetAsync(string? year, string? definition, CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
        {
            return EstimateQueryResult.Problem(400, "Not a year", "Use a year such as 2025.");
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
            return EstimateQueryResult.Problem(400, "Unknown definition", "Use definition=market (new to the market), buyer (new to the buyer) or any (any innovation element).");
        }

        var results = await estimates.EstimateAsync(y, definitions, cancellationToken);
        if (results.FirstOrDefault(r => r.Estimate is null) is { Problem: { } problem })
        {
            return EstimateQueryResult.Problem(404, "No estimate", problem);
        }

        return new EstimateQueryResult(200, [.. results.Select(r => r.Estimate!)], definitions.Length == 1, null, null, null); // Every result has an estimate: checked above.
    }

    /// <summary>The analyst page of a year, with the published snapshots as the series over time.</summary>
    public async Task<EstimateQueryResult> GetPageAsync(string? year, string? definition, CancellationToken cancellationToken)
    {
        var result = await GetAsync(year, definition, cancellationToken);
        if (result.Estimates is not { } list)
        {
            return result;
        }

        var series = new Dictionary<string, IReadOnlyList<EstimateSnapshot>>(StringComparer.Ordinal);
        foreach (var estimate in list)
        {
            if (ShareDefinitions.TryParse(estimate.Definition, out var d))
            {
                series[estimate.Definition] = await snapshots.ListAsync(estimate.Year, d, cancellationToken);
            }
        }

        return result with { Html = EstimateReport.RenderInline(list, series) };
    }
}
