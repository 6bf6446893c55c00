using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ProcurementInsight.Storage.Tests;

/// <summary>Fails the n-th table transaction (1-based) as if the service were unavailable, before it is sent.</summary>
internal sealed class FailingBatchPolicy(int failingTransaction) : HttpPipelinePolicy
{
    private int _seen;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfDue(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfDue(message);
        await ProcessNextAsync(message, pipeline);
    }

    private void FailIfDue(HttpMessage message)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && Interlocked.Increment(ref _seen) == failingTransaction)
        {
            throw new RequestFailedException(503, "Injected failure of a table transaction.");
        }
    }
}
