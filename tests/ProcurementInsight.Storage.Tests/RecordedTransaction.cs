namespace ProcurementInsight.Storage.Tests;

/// <summary>One transaction seen by <see cref="TransactionRecorder"/>: its operation count and the partitions named in its request lines.</summary>
internal sealed record RecordedTransaction(int Operations, IReadOnlyList<string> Partitions);
