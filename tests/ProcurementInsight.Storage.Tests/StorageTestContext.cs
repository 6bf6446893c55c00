using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Storage.Blobs;
using ProcurementInsight.Storage.Tables;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

/// <summary>
/// Clients on the shared Azurite with a fresh table prefix and container per test, created through
/// <see cref="StorageInitializer"/>; table traffic passes a <see cref="TransactionRecorder"/>.
/// </summary>
internal sealed class StorageTestContext
{
    private StorageTestContext(AzuriteFixture azurite)
    {
        Options = new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = azurite.NewPrefix(),
            RawNoticeContainer = azurite.NewContainerName(),
            ModelContainer = azurite.NewContainerName(),
        };
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(Recorder, HttpPipelinePosition.PerCall);
        Tables = new TableServiceClient(azurite.ConnectionString, tableOptions);
        Blobs = new BlobServiceClient(azurite.ConnectionString);
        Queues = new QueueServiceClient(azurite.ConnectionString);
        Layout = new StorageLayout(Options);
    }

    public StorageOptions Options { get; }

    public TransactionRecorder Recorder { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero));

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public StorageLayout Layout { get; }

    public TableClient NoticeTable => Tables.GetTableClient(Layout.Notices);

    public static async Task<StorageTestContext> CreateAsync(AzuriteFixture azurite)
    {
        var context = new StorageTestContext(azurite);
        await new StorageInitializer(context.Tables, context.Blobs, context.Queues, context.Layout, NullLogger<StorageInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);
        return context;
    }

    public TableNoticeStore NoticeStore() => new(Tables, Layout, Time, NullLogger<TableNoticeStore>.Instance);

    /// <summary>A notice store whose table traffic also passes <paramref name="policy"/>.</summary>
    public TableNoticeStore NoticeStore(HttpPipelinePolicy policy)
    {
        var options = new TableClientOptions();
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new(new TableServiceClient(Options.ConnectionString, options), Layout, Time, NullLogger<TableNoticeStore>.Instance);
    }

    public BlobRawNoticeArchive Archive() => new(Blobs, Layout, NullLogger<BlobRawNoticeArchive>.Instance);

    public TableQuarantine Quarantine() => new(Tables, Layout, NullLogger<TableQuarantine>.Instance);

    public TableHarvestCheckpointStore Checkpoints() => new(Tables, Layout, NullLogger<TableHarvestCheckpointStore>.Instance);

    public TableHarvestRunLog RunLog() => new(Tables, Layout);

    public BlobModelStore Models() => new(Blobs, Layout);

    public TableEstimateSnapshotStore Snapshots() => new(Tables, Layout);

    /// <summary>Every row of a notice's partition, as stored.</summary>
    public async Task<List<TableEntity>> PartitionRowsAsync(string partitionKey)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in NoticeTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")))
        {
            rows.Add(row);
        }

        return rows;
    }
}
