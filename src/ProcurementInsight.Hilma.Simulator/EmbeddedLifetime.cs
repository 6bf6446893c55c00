using Microsoft.Extensions.Hosting;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The lifetime of a host started and stopped by the program it runs in: no console or signal handlers, so SIGINT
/// and SIGTERM reach that program (the default console lifetime would keep them and only stop the simulator).
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
