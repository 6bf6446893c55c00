using Microsoft.Extensions.Options;

namespace ProcurementInsight.Survey;

/// <summary>Checks what data annotations cannot: the signing and opt-out keys, and the link base.</summary>
internal sealed class SurveyOptionsValidator : IValidateOptions<SurveyOptions>
{
    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        if (!options.LinkBaseUrl.IsAbsoluteUri || options.LinkBaseUrl.Scheme is not ("http" or "https"))
        {
            return ValidateOptionsResult.Fail("Survey:LinkBaseUrl must be an absolute http(s) address.");
        }

        try
        {
            if (options.ReminderDelays.Any(r => r <= TimeSpan.Zero))
            {
                return ValidateOptionsResult.Fail("Survey:Reminders must all be positive durations.");
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return ValidateOptionsResult.Fail("Survey:Reminders must be durations separated by commas, e.g. 7.00:00:00,21.00:00:00.");
        }

        try
        {
            _ = options.TriggerSignalSet;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Survey:TriggerSignals must be innovation signal names separated by commas: " + string.Join(", ", Enum.GetNames<Core.Innovation.InnovationSignal>()) + ".");
        }

        return ValidateKey("Survey:TokenSigningKey", options.TokenSigningKey, options.LinkBaseUrl)
            ?? ValidateKey("Survey:OptOutKey", options.OptOutKey, options.LinkBaseUrl)
            ?? ValidateOptionsResult.Success;
    }

    /// <summary>A secret key: base64 of 32 to 512 bytes, or absent when links point at loopback (offline). Null when fine.</summary>
    private static ValidateOptionsResult? ValidateKey(string setting, string? key, Uri linkBase)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return linkBase.IsLoopback
                ? null
                : ValidateOptionsResult.Fail($"{setting} is required when Survey:LinkBaseUrl is not a loopback address: base64 of at least 32 random bytes.");
        }

        Span<byte> buffer = stackalloc byte[512];
        return Convert.TryFromBase64String(key, buffer, out var length) && length >= 32
            ? null
            : ValidateOptionsResult.Fail($"{setting} must be base64 of at least 32 bytes (and at most 512).");
    }
}
