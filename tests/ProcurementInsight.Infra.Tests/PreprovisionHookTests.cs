using System.Diagnostics;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Infra.Tests;

// `azd up` must not deploy an app whose survey links start switched off: the preprovision hook generates the
// signing key when there is none and refuses a malformed one, before anything is provisioned. Run here with
// a stand-in `azd` that records what it is asked to do.
public sealed class PreprovisionHookTests : IDisposable
{
    private readonly string _bin = Path.Combine(Path.GetTempPath(), "pi-azd-" + Guid.NewGuid().ToString("N")[..8]);

    public PreprovisionHookTests()
    {
        Directory.CreateDirectory(_bin);
        var azd = Path.Combine(_bin, "azd");
        File.WriteAllText(azd, "#!/bin/sh\necho \"$@\" >> \"$(dirname \"$0\")/calls\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Calls => File.Exists(Path.Combine(_bin, "calls")) ? File.ReadAllText(Path.Combine(_bin, "calls")) : string.Empty;

    [Fact]
    public void AzureYaml_PreprovisionHook_RunsTheScript()
    {
        var yaml = File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "azure.yaml"));

        Assert.Contains("  preprovision:", yaml, StringComparison.Ordinal);
        Assert.Contains("run: ./infra/hooks/preprovision.sh", yaml, StringComparison.Ordinal);
        Assert.Contains("continueOnError: false", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_NoKeys_GeneratesThirtyTwoRandomBytesOfEachIntoTheAzdEnvironment()
    {
        var (exitCode, _) = await RunAsync(new Dictionary<string, string>());

        Assert.Equal(0, exitCode);
        var calls = Calls.Trim().Split('\n').Select(l => l.Trim().Split(' ')).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(["env", "set", "SURVEY_TOKEN_SIGNING_KEY"], calls[0][..3]);
        Assert.Equal(["env", "set", "SURVEY_OPT_OUT_KEY"], calls[1][..3]);
        Assert.Equal(32, Convert.FromBase64String(calls[0][3]).Length);
        Assert.NotEqual(calls[0][3], calls[1][3]);
    }

    [Fact]
    public async Task Hook_MalformedOptOutKey_RefusesNamingTheVariable()
    {
        var (exitCode, output) = await RunAsync(new Dictionary<string, string> { ["SURVEY_TOKEN_SIGNING_KEY"] = Convert.ToBase64String(new byte[48]), ["SURVEY_OPT_OUT_KEY"] = "c2hvcnQ=" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("SURVEY_OPT_OUT_KEY is not base64 of at least 32 bytes", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Calls);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/survey-token-signing-key)")]
    public async Task Hook_MalformedSigningKey_RefusesNamingTheVariable(string key)
    {
        var (exitCode, output) = await RunAsync(new Dictionary<string, string> { ["SURVEY_TOKEN_SIGNING_KEY"] = key });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("SURVEY_TOKEN_SIGNING_KEY is not base64 of at least 32 bytes", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Calls);
    }

    [Fact]
    public async Task Hook_GoodSigningKey_KeepsItAndWarnsAboutMissingHilmaKey()
    {
        var (exitCode, output) = await RunAsync(new Dictionary<string, string> { ["SURVEY_TOKEN_SIGNING_KEY"] = Convert.ToBase64String(new byte[48]), ["SURVEY_OPT_OUT_KEY"] = Convert.ToBase64String(new byte[32]) });

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, Calls);
        Assert.Contains("HILMA_SUBSCRIPTION_KEY is not set", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = FixtureFiles.RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(FixtureFiles.RepositoryRoot, "infra", "hooks", "preprovision.sh"));
        start.Environment.Clear();
        start.Environment["PATH"] = _bin + ":/usr/bin:/bin";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("sh did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
