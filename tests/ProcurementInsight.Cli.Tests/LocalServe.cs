using System.Globalization;
using System.Net;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// <c>procurement-insight serve</c> run in-process on a free loopback port, started and waited for until
/// <c>/api/health</c> answers 200, with its output kept for failure messages.
/// </summary>
internal sealed class LocalServe : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Task<int> _serve;

    private LocalServe(Uri address, IReadOnlyDictionary<string, string?> settings, string urls, IReadOnlyList<string> arguments)
    {
        // The function app keeps some routes behind a function key, and so does serve: unless the test sets the
        // keys itself, serve gets this one and the client sends it, as a caller holding the app's key would.
        var withKey = new Dictionary<string, string?>(settings);
        if (!settings.Keys.Any(k => k.StartsWith(ServeOptions.SectionName + ":", StringComparison.Ordinal)))
        {
            withKey[$"{ServeOptions.SectionName}:FunctionKeys:default"] = FunctionKey;
        }

        Http = new HttpClient { BaseAddress = address };
        if (withKey.ContainsValue(FunctionKey))
        {
            Http.DefaultRequestHeaders.Add(FunctionKeys.HeaderName, FunctionKey);
        }

        _serve = Task.Run(() => CliApplication.RunAsync(["serve", "--urls", urls, .. arguments], _output, _error, withKey, _stop.Token));
    }

    /// <summary>The function key serve is given unless a test sets <c>Serve:*</c> itself.</summary>
    public const string FunctionKey = "local-serve-test-function-key";

    /// <summary>A client whose base address is where serve listens (with <see cref="FunctionKey"/> when serve has it).</summary>
    public HttpClient Http { get; }

    /// <summary>What serve printed so far.</summary>
    public string Output => _output.ToString();

    /// <summary>What serve wrote to its error stream so far.</summary>
    public string Error => _error.ToString();

    /// <summary>A loopback address on a free port, for settings (e.g. link bases) that must name it before start.</summary>
    public static Uri NewAddress() => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/"));

    /// <summary>Starts serve at <paramref name="address"/> with <paramref name="settings"/> and waits until it is healthy.</summary>
    public static Task<LocalServe> StartAsync(Uri address, IReadOnlyDictionary<string, string?> settings) =>
        StartAsync(address, settings, address.ToString().TrimEnd('/'), []);

    /// <summary>
    /// Starts serve with <c>--urls <paramref name="urls"/></c> and more <paramref name="arguments"/>, and waits until it
    /// is healthy at <paramref name="address"/>.
    /// </summary>
    public static async Task<LocalServe> StartAsync(Uri address, IReadOnlyDictionary<string, string?> settings, string urls, IReadOnlyList<string> arguments)
    {
        var serve = new LocalServe(address, settings, urls, arguments);
        try
        {
            await serve.WaitUntilHealthyAsync();
            return serve;
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
    }

    /// <summary>Cancels serve and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _serve.WaitAsync(StopDeadline);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Http.Dispose();
            _stop.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var deadline = new CancellationTokenSource(StartDeadline);
        while (true)
        {
            if (_serve.IsCompleted)
            {
                throw new InvalidOperationException($"serve ended ({_serve.Status}) before it was healthy: {_serve.Exception?.GetBaseException().Message}\nOutput:\n{_output}\nError:\n{_error}");
            }

            try
            {
                using var response = await Http.GetAsync("api/health", deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"serve was not healthy within {StartDeadline.TotalSeconds:0} s. Output:\n{_output}\nError:\n{_error}");
            }

            // Poll again shortly, until the deadline.
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"serve was not healthy within {StartDeadline.TotalSeconds:0} s. Output:\n{_output}\nError:\n{_error}");
            }
        }
    }
}
