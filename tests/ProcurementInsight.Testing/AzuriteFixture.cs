using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;

namespace ProcurementInsight.Testing;

/// <summary>
/// One Azurite (Blob, Queue, Table) shared by the tests of an assembly. Uses the emulator named by
/// <c>PI_STORAGE_CONNECTION_STRING</c> when that is set (e.g. by <c>scripts/azurite.sh</c> in CI);
/// otherwise starts the repository's pinned Azurite (<c>node_modules/.bin/azurite</c>) on free
/// loopback ports with a temporary location, and stops it and deletes the location on dispose.
/// </summary>
/// <remarks>
/// xunit only finds collection definitions in the test assembly itself, so every test assembly that
/// uses Azurite declares, once:
/// <code>
/// [CollectionDefinition(AzuriteFixture.CollectionName)]
/// public sealed class SharedAzurite : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and marks its classes <c>[Collection(AzuriteFixture.CollectionName)]</c>, taking the fixture in the
/// constructor. Each test isolates itself with <see cref="NewTableName"/>, <see cref="NewContainerName"/>,
/// <see cref="NewQueueName"/> or <see cref="NewPrefix"/>: names are unique per run and per call, so tests
/// never see each other's data, even on a long-lived external Azurite.
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The xunit collection name test assemblies use for their Azurite collection.</summary>
    public const string CollectionName = "Azurite";

    /// <summary>The environment variable naming an already running emulator.</summary>
    public const string ConnectionStringVariable = "PI_STORAGE_CONNECTION_STRING";

    /// <summary>Azurite's well-known development account key (public, the same in every Azurite).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Distinguishes this run's names from earlier runs' on a shared emulator; not used for test data.
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _location;
    private int _counter;

    /// <summary>The connection string of the emulator; set once <see cref="InitializeAsync"/> has run.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>True when this fixture started its own Azurite (rather than using the environment's).</summary>
    public bool OwnsEmulator => _process is not null;

    /// <summary>The connection string for Azurite listening on the given loopback ports.</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;");

    /// <summary>A fresh table name: letters and digits, starting with a letter, 3–63 characters.</summary>
    public string NewTableName() => "t" + NextSuffix();

    /// <summary>A fresh blob container name: lower-case letters and digits, 3–63 characters.</summary>
    public string NewContainerName() => "c" + NextSuffix();

    /// <summary>A fresh queue name: lower-case letters and digits, 3–63 characters.</summary>
    public string NewQueueName() => "q" + NextSuffix();

    /// <summary>
    /// A fresh prefix (lower-case letters and digits, starting with a letter, 13 characters) to put before
    /// table, container or queue names, leaving room for the names themselves within 63 characters.
    /// </summary>
    public string NewPrefix() => "p" + NextSuffix();

    /// <summary>
    /// Configuration (<c>Storage:*</c> keys) pointing at this Azurite with a table prefix and raw-notice
    /// and model containers of their own, so no other test sees the data. Add further keys to the returned dictionary.
    /// </summary>
    public Dictionary<string, string?> NewStorageSettings() => new()
    {
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:TablePrefix"] = NewPrefix(),
        ["Storage:RawNoticeContainer"] = NewContainerName(),
        ["Storage:ModelContainer"] = NewContainerName(),
        ["Storage:BrokerContainer"] = NewContainerName(),
    };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        var executable = Path.Combine(FixtureFiles.RepositoryRoot, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {executable}: run 'npm ci' in {FixtureFiles.RepositoryRoot}, or set {ConnectionStringVariable} to a running emulator (scripts/azurite.sh start).");
        }

        _location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var (blob, queue, table) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _location,
        };
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--loose", "--location", _location,
            "--blobHost", "127.0.0.1", "--blobPort", Invariant(blob),
            "--queueHost", "127.0.0.1", "--queuePort", Invariant(queue),
            "--tableHost", "127.0.0.1", "--tablePort", Invariant(table),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        try
        {
            _process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"Could not start {executable}: is Node.js on the PATH? ({ex.Message})", ex);
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            foreach (var port in new[] { blob, queue, table })
            {
                await LoopbackPort.WaitUntilListeningAsync(port, _process, "Azurite", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            var output = CapturedOutput();
            await DisposeAsync();
            throw new InvalidOperationException($"Azurite did not start within {StartTimeout.TotalSeconds:0} s. Its output:\n{output}", ex);
        }

        ConnectionString = ConnectionStringFor(blob, queue, table);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
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
                // Already gone, or it would not die in time: nothing more a test run can do.
            }

            _process.Dispose();
            _process = null;
        }

        if (_location is not null && Directory.Exists(_location))
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a dying process: the temp folder is cleaned by the OS.
            }

            _location = null;
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string NextSuffix() =>
        _runId + Interlocked.Increment(ref _counter).ToString("D4", CultureInfo.InvariantCulture);

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
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
