using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ProcurementInsight.Storage.Tests;

/// <summary>
/// Records every entity group transaction sent to the Table service: how many operations it holds
/// and which partitions its addressed operations name. Azurite accepts transactions Azure would
/// refuse (over 100 operations), so tests check Azure's rules here.
/// </summary>
internal sealed partial class TransactionRecorder : HttpPipelinePolicy
{
    private readonly List<RecordedTransaction> _transactions = [];

    public IReadOnlyList<RecordedTransaction> Transactions
    {
        get
        {
            lock (_transactions)
            {
                return [.. _transactions];
            }
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        await ProcessNextAsync(message, pipeline);
    }

    [GeneratedRegex(@"^(POST|PUT|PATCH|MERGE|DELETE|GET) https?://\S+ HTTP/1\.1\r?$", RegexOptions.Multiline)]
    private static partial Regex OperationLine();

    [GeneratedRegex(@"PartitionKey='([^']*)'")]
    private static partial Regex PartitionInUrl();

    private void Record(HttpMessage message)
    {
        if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        message.Request.Content.WriteTo(buffer, CancellationToken.None);
        var body = Encoding.UTF8.GetString(buffer.ToArray());
        var operations = OperationLine().Count(body);
        var partitions = PartitionInUrl().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        lock (_transactions)
        {
            _transactions.Add(new RecordedTransaction(operations, partitions));
        }
    }
}
