using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Cli.Failures;
using ProcurementInsight.Storage;

namespace ProcurementInsight.Cli;

/// <summary>
/// The command line's first storage call: one small read (the first table name) with a short deadline, so an
/// account that cannot be reached or refuses the credentials is reported at once, naming the setting, instead of
/// after the storage clients' retries.
/// </summary>
internal static class StorageReachability
{
    /// <summary>Deadline with a connection string (Azurite, an account key): generous, as a busy Azurite can take seconds; a refused connection fails sooner, when the client gives up.</summary>
    public static readonly TimeSpan KeyTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Deadline with Microsoft Entra ID, whose first token can take several seconds.</summary>
    public static readonly TimeSpan IdentityTimeout = TimeSpan.FromSeconds(30);

    /// <exception cref="CommandLineException">Storage cannot be reached (exit code 3) or refuses the credentials (2).</exception>
    public static async Task CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var setting = options.UsesIdentity ? "Storage__AccountName" : "Storage__ConnectionString";
        TableServiceClient tables;
        try
        {
            tables = services.GetRequiredService<TableServiceClient>();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new CommandLineException(ExitCodes.BadConfiguration, $"{setting} is not usable: {ex.Message.Split('\n')[0].Trim()} Use an Azure Storage connection string (e.g. the one 'scripts/azurite.sh env' prints).", ex);
        }

        var timeout = options.UsesIdentity ? IdentityTimeout : KeyTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var page in tables.QueryAsync(maxPerPage: 1, cancellationToken: deadline.Token).AsPages().WithCancellation(deadline.Token))
            {
                break;
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(tables.Uri, setting, $"no answer within {timeout.TotalSeconds:0} s", ex);
        }
        catch (RequestFailedException ex) when (ex.Status == 0)
        {
            throw Unreachable(tables.Uri, setting, (ex.InnerException ?? ex).Message, ex);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException { Status: 0 } or HttpRequestException))
        {
            // The client's retries gave up before the deadline: every attempt failed to connect.
            throw Unreachable(tables.Uri, setting, (ex.InnerExceptions[0].InnerException ?? ex.InnerExceptions[0]).Message, ex);
        }
        catch (RequestFailedException ex) when (ex.Status is 401 or 403)
        {
            throw new CommandLineException(
                ExitCodes.BadConfiguration,
                $"Storage at {tables.Uri} refused the credentials ({ex.Status} {ex.ErrorCode}). Check {setting}{(options.UsesIdentity ? " and that the identity has the storage data roles" : string.Empty)}.",
                ex);
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException)
        {
            throw new CommandLineException(
                ExitCodes.BadConfiguration,
                $"No Microsoft Entra credential for storage at {tables.Uri}: {ex.Message.Split('\n')[0].Trim()} Check Storage__Credential (managedidentity, or default after 'az login') and Storage__ClientId.",
                ex);
        }
    }

    private static CommandLineException Unreachable(Uri endpoint, string setting, string reason, Exception inner) => new(
        ExitCodes.Unavailable,
        $"Storage cannot be reached at {endpoint} ({reason.TrimEnd('.')}). Check {setting}; for local runs start Azurite (scripts/azurite.sh start) and use its connection string.",
        inner);
}
