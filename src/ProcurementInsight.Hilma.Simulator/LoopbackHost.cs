using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>Starting the simulators' Kestrel hosts: one way to start, release on failure and learn the bound address.</summary>
internal static class LoopbackHost
{
    /// <summary>Starts <paramref name="app"/> and returns the address Kestrel bound, ending in <c>/</c>.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // The port may be taken or start cancelled: release the host before the failure propagates.
            await app.DisposeAsync();
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
