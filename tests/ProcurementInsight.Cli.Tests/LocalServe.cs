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

    private LocalServe(Uri address, IReadOnlyDictionary<string, string?> settings)
    {
        Http = new HttpClient { BaseAddress = address };
        _serve = Task.Run(() => CliApplication.RunAsync(["serve", "--urls", address.ToString().TrimEnd('/')], _output, _error, settings, _stop.Token));
    }

    /// <summary>A client whose base address is where serve listens.</summary>
    public HttpClient Http { get; }

    /// <summary>What serve printed so far.</summary>
    public string Output => _output.ToString();

    /// <summary>A loopback address on a free port, for settings (e.g. link bases) that must name it before start.</summary>
    public static Uri NewAddress() => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/"));

    /// <summary>Starts serve at <paramref name="address"/> with <paramref name="settings"/> and waits until it is healthy.</summary>
    public static async Task<LocalServe> StartAsync(Uri address, IReadOnlyDictionary<string, string?> settings)
    {
        var serve = new LocalServe(address, settings);
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
