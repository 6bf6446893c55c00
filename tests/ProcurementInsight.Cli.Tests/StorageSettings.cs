using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>Command-line settings pointing at the shared Azurite with a table prefix and container of their own.</summary>
internal static class StorageSettings
{
    /// <summary>Fresh, isolated storage settings: no other test sees their data.</summary>
    public static Dictionary<string, string?> Fresh(AzuriteFixture azurite) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = azurite.NewPrefix(),
        ["Storage:RawNoticeContainer"] = azurite.NewContainerName(),
    };
}
