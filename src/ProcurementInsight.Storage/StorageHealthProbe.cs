using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Configuration;

namespace ProcurementInsight.Storage;

/// <summary>
/// The health endpoint's check: can the app read its own tables with the credentials it has? Reads at
/// most one row of the harvest run log, which the app's identity may read in Azure (Storage Table Data
/// Contributor) and which exists once storage is initialised or deployed.
/// </summary>
public sealed class StorageHealthProbe(TableServiceClient tables, StorageLayout layout, IEnumerable<IFeatureCheck> features, ILogger<StorageHealthProbe> logger)
{
    /// <summary>How long the probe waits for storage before it calls it unhealthy.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Checks storage and lists the features a missing secret has switched off (each also logged). Why
    /// storage failed goes only to the log.
    /// </summary>
    public async Task<HealthStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var status = await CheckStorageAsync(cancellationToken);
        var disabled = features.Select(f => f.Check()).Where(f => !f.Enabled).ToList();
        foreach (var feature in disabled)
        {
            Log.FeatureDisabled(logger, feature.Feature, feature.DisabledBecause ?? string.Empty);
        }

        return status with { DisabledFeatures = disabled };
    }

    private async Task<HealthStatus> CheckStorageAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();

        // A probe must answer quickly: the storage client's own retries would hold it for tens of seconds.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            var table = tables.GetTableClient(layout.HarvestRuns);
            await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: deadline.Token).AsPages().WithCancellation(deadline.Token))
            {
                break;
            }

            return new HealthStatus(true, watch.Elapsed);
        }
        catch (RequestFailedException ex)
        {
            Log.HealthCheckFailed(logger, ex.Status, ex.ErrorCode ?? string.Empty, ex);
            return new HealthStatus(false, watch.Elapsed);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException))
        {
            // The client's retries gave up; every attempt failed to connect or was refused.
            Log.HealthCheckFailed(logger, 0, "retries exhausted", ex);
            return new HealthStatus(false, watch.Elapsed);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.HealthCheckFailed(logger, 0, "timeout", ex);
            return new HealthStatus(false, watch.Elapsed);
        }
        catch (HttpRequestException ex)
        {
            Log.HealthCheckFailed(logger, 0, "unreachable", ex);
            return new HealthStatus(false, watch.Elapsed);
        }
        catch (Azure.Identity.AuthenticationFailedException ex)
        {
            Log.HealthCheckFailed(logger, 0, "authentication", ex);
            return new HealthStatus(false, watch.Elapsed);
        }
    }
}
