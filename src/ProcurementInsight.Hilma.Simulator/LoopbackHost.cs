using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// A simulator's Kestrel host on 127.0.0.1: one way to build it, start it (releasing it on failure) and learn the
/// bound address, and to stop it once however often it is asked.
/// </summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    private int _stopped;

    private LoopbackHost(WebApplication app) => App = app;

    /// <summary>The application, for the simulator to map its routes on before <see cref="StartAsync"/>.</summary>
    public WebApplication App { get; }

    /// <summary>A slim host without log providers listening on 127.0.0.1 at <paramref name="port"/> (0 = ephemeral).</summary>
    public static LoopbackHost Create(Type simulator, int port)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = simulator.Assembly.GetName().Name,
            Args = [],
        });
        builder.Logging.ClearProviders();

        // Not the console lifetime: a simulator runs inside another program (the command line, a test host), whose
        // SIGINT and SIGTERM it must not take for itself.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return new LoopbackHost(builder.Build());
    }

    /// <summary>Starts the host and returns the address Kestrel bound, ending in <c>/</c>.</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await App.StartAsync(cancellationToken);
        }
        catch
        {
            // The port may be taken or start cancelled: release the host before the failure propagates.
            await App.DisposeAsync();
            throw;
        }

        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Stops the host; idempotent.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await App.StopAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
