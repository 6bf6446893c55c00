using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>serve</c>: the function app's local twin (same handlers, routes, schedules).</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen.",
            DefaultValueFactory = _ => "http://127.0.0.1:7071",
        };
        var command = new Command("serve", "Run the function app's local twin: its HTTP routes under /api, its timer jobs on their schedules and its queue handlers.")
        {
            urls,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(urls)!, output, settings, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string urls, TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(CliHost.BuildConfiguration(settings));
        builder.WebHost.UseUrls(urls);
        CliHost.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddHostedService<LocalScheduler>();
        builder.Services.AddHostedService<LocalQueuePoller>();
        await using var app = builder.Build();
        CliHost.ValidateSettings(app.Services);
        await using var simulator = await CliHost.StartSimulatorIfConfiguredAsync(app.Services, cancellationToken);
        await using var register = await CliHost.StartRegisterSimulatorIfConfiguredAsync(app.Services, cancellationToken);
        await CliHost.InitializeStorageAsync(app.Services, cancellationToken);
        app.UseExceptionHandler();
        LocalTwin.MapRoutes(app);
        await app.StartAsync(cancellationToken);

        // The bound addresses, not the requested ones: port 0 asks for any free port.
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [urls];
        await output.WriteLineAsync($"ProcurementInsight local twin listening on {string.Join(", ", bound)} (routes under /{LocalTwin.RoutePrefix}); Ctrl+C stops it.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
