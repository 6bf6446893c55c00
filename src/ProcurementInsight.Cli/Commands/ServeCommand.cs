using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>serve</c>: the function app's local twin (same handlers, routes, schedules and keys).</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (loopback only unless --allow-remote).",
            DefaultValueFactory = _ => "http://127.0.0.1:7071",
        };
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "Allow --urls to listen on addresses other machines can reach.",
        };
        var command = new Command("serve", "Run the function app's local twin: its HTTP routes under /api (with the app's function keys), its timer jobs on their schedules and its queue handlers.")
        {
            urls,
            allowRemote,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(urls)!, result.GetValue(allowRemote), output, error, settings, cancellationToken));
        return command;
    }

    /// <summary>The addresses of <paramref name="urls"/> (separated by <c>;</c>) that are not loopback: any host but localhost and loopback IPs.</summary>
    public static IReadOnlyList<string> RemoteAddresses(string urls) =>
        [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(url => !IsLoopback(url))];

    private static bool IsLoopback(string url)
    {
        // Kestrel also takes "*" and "+" for every address, which Uri does not parse as a host.
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static async Task<int> RunAsync(string urls, bool allowRemote, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var remote = RemoteAddresses(urls);
        if (remote.Count > 0 && !allowRemote)
        {
            await error.WriteLineAsync($"serve listens on loopback only, but --urls asks for {string.Join(", ", remote)}, which other machines can reach. Use a loopback address (http://127.0.0.1:7071), or add --allow-remote if you mean it.");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(CliHost.BuildConfiguration(settings));
        builder.WebHost.UseUrls(urls);
        CliHost.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddOptions<ServeOptions>().Bind(builder.Configuration.GetSection(ServeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FunctionKeys>();
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
        if (remote.Count > 0)
        {
            await error.WriteLineAsync($"Warning: serve listens on {string.Join(", ", remote)} (--allow-remote): other machines can reach it. Its anonymous routes are open to them; keep the function keys secret.");
        }

        var keyed = LocalTwin.Routes.Where(r => r.Level != AccessLevel.Anonymous).Select(r => "/" + LocalTwin.RoutePrefix + "/" + r.Route).Distinct(StringComparer.Ordinal);
        await output.WriteLineAsync(app.Services.GetRequiredService<FunctionKeys>().Any
            ? $"Routes that need a function key, as in the function app: {string.Join(", ", keyed)}."
            : $"No function key is set, so these routes answer 401: {string.Join(", ", keyed)}. To open them, {FunctionKeys.HowToSet}.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
