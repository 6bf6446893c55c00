namespace ProcurementInsight.Core.Configuration;

/// <summary>
/// Tells a usable secret from one the platform could not supply. In Azure a secret app setting is a Key
/// Vault reference; when the secret is missing or the app's identity may not read it, the app receives the
/// reference itself (<c>@Microsoft.KeyVault(...)</c>) instead of the value.
/// </summary>
public static class SecretValue
{
    /// <summary>The start of an app setting that references a Key Vault secret.</summary>
    public const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>The start of an app setting that references an App Configuration key.</summary>
    public const string AppConfigurationReferencePrefix = "@Microsoft.AppConfiguration(";

    /// <summary>
    /// Why <paramref name="value"/> of the setting <paramref name="setting"/> cannot be used, in words an
    /// operator can act on; null when it can. Never repeats the value.
    /// </summary>
    /// <param name="setting">The setting's name as operators write it, e.g. <c>Survey:TokenSigningKey</c>.</param>
    /// <param name="value">The value the app received.</param>
    public static string? Problem(string setting, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{setting} is not set.";
        }

        var trimmed = value.TrimStart();
        return trimmed.StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith(AppConfigurationReferencePrefix, StringComparison.OrdinalIgnoreCase)
            ? $"{setting} is a Key Vault reference the platform could not resolve: the secret does not exist, or the app's identity may not read it."
            : null;
    }
}
