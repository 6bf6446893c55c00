using ProcurementInsight.Hilma.Harvesting;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

/// <summary>Reports progress on the caller's thread, so a test can act at an exact point of a run.</summary>
internal sealed class SynchronousProgress(Action<HarvestProgress> report) : IProgress<HarvestProgress>
{
    public void Report(HarvestProgress value) => report(value);
}
