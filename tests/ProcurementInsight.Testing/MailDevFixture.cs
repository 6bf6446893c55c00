using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ProcurementInsight.Testing;

/// <summary>
/// A real SMTP server on loopback for the tests of an assembly: the repository's pinned MailDev
/// (<c>node_modules/.bin/maildev</c>) on free ports, whose REST API (<c>GET /api/email</c>) reads back
/// every message received. Tests tell their messages apart by recipient address, so they share one server.
/// </summary>
public sealed class MailDevFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _counter;

    /// <summary>The SMTP port.</summary>
    public int SmtpPort { get; private set; }

    /// <summary>The REST API's base address.</summary>
    public Uri ApiAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The <c>Smtp:*</c> settings that send to this server.</summary>
    public Dictionary<string, string?> SmtpSettings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A recipient address no other test uses.</summary>
    public string NewAddress(string local = "hankinnat") =>
        string.Create(CultureInfo.InvariantCulture, $"{local}+{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}@kunta.example");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var executable = Path.Combine(FixtureFiles.RepositoryRoot, "node_modules", ".bin", "maildev");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"MailDev is not installed at {executable}: run 'npm ci' in {FixtureFiles.RepositoryRoot}.");
        }

        SmtpPort = LoopbackPort.Free();
        var web = LoopbackPort.Free();
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "--smtp", Invariant(SmtpPort), "--web", Invariant(web), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--max-emails", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ApiAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{web}/api/"));
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            foreach (var port in new[] { SmtpPort, web })
            {
                await LoopbackPort.WaitUntilListeningAsync(port, _process, "MailDev", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            var output = CapturedOutput();
            await DisposeAsync();
            throw new InvalidOperationException($"MailDev did not start within {StartTimeout.TotalSeconds:0} s. Its output:\n{output}", ex);
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or it would not die in time.
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received for the address, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesToAsync(string address, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = ApiAddress };
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("email", UriKind.Relative), cancellationToken));
        var mails = new List<ReceivedMail>();
        foreach (var mail in document.RootElement.EnumerateArray())
        {
            var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString()).ToList();
            if (!to.Contains(address, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            mails.Add(new ReceivedMail(
                mail.GetProperty("subject").GetString() ?? string.Empty,
                mail.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty,
                mail.TryGetProperty("html", out var html) ? html.GetString() ?? string.Empty : string.Empty,
                mail.TryGetProperty("headers", out var h) && h.TryGetProperty("message-id", out var id) ? id.GetString() ?? string.Empty : string.Empty,
                mail.TryGetProperty("headers", out var headers) ? headers.ToString() : string.Empty,
                mail.TryGetProperty("id", out var mailId) ? mailId.GetString() ?? string.Empty : string.Empty));
        }

        return mails;
    }

    /// <summary>The message as it was received, headers and all (MIME source).</summary>
    public async Task<string> SourceAsync(ReceivedMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var http = new HttpClient { BaseAddress = ApiAddress };
        return await http.GetStringAsync(new Uri("email/" + Uri.EscapeDataString(mail.Id) + "/source", UriKind.Relative), cancellationToken);
    }

    /// <summary>Waits until the address has at least <paramref name="count"/> messages (polling with a deadline); returns them.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMessagesAsync(string address, int count, TimeSpan? deadline = null)
    {
        using var timeout = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var mails = await MessagesToAsync(address, timeout.Token);
            if (mails.Count >= count)
            {
                return mails;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{address} received {mails.Count} messages, not {count}, within the deadline.");
            }
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string CapturedOutput()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
