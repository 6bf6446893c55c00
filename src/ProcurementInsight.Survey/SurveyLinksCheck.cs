using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Configuration;

namespace ProcurementInsight.Survey;

/// <summary>
/// Survey links and the form need <see cref="SurveyOptions.TokenSigningKey"/>: base64 of at least 32 bytes.
/// Without one they are off (only they: the rest of the app keeps running), except when links point at
/// loopback, an offline run, where a fixed development key signs them.
/// </summary>
public sealed class SurveyLinksCheck(IOptions<SurveyOptions> options) : IFeatureCheck
{
    /// <summary>The setting the feature needs.</summary>
    public const string Setting = "Survey:TokenSigningKey";

    /// <summary>The opt-out key's setting.</summary>
    public const string OptOutSetting = "Survey:OptOutKey";

    /// <inheritdoc />
    public FeatureState Check()
    {
        var settings = options.Value;
        var key = settings.TokenSigningKey;
        if (string.IsNullOrWhiteSpace(key) && settings.LinkBaseUrl.IsLoopback)
        {
            return new FeatureState(Features.SurveyLinks, null);
        }

        if (SecretValue.Problem(Setting, key) is { } problem)
        {
            return new FeatureState(Features.SurveyLinks, problem + " Survey links cannot be signed or checked, so no survey e-mail is sent and the form answers 503.");
        }

        if (SigningKey(key) is null)
        {
            return new FeatureState(Features.SurveyLinks, $"{Setting} must be base64 of at least 32 random bytes (and at most 512).");
        }

        // The opt-out key keys the opt-out table; a mail without a working opt-out link is not sent.
        var optOut = settings.OptOutKey;
        if (string.IsNullOrWhiteSpace(optOut) && settings.LinkBaseUrl.IsLoopback)
        {
            return new FeatureState(Features.SurveyLinks, null);
        }

        if (SecretValue.Problem(OptOutSetting, optOut) is { } optOutProblem)
        {
            return new FeatureState(Features.SurveyLinks, optOutProblem + " Opt-outs cannot be keyed, so no survey e-mail is sent and the form answers 503.");
        }

        return SigningKey(optOut) is null
            ? new FeatureState(Features.SurveyLinks, $"{OptOutSetting} must be base64 of at least 32 random bytes (and at most 512).")
            : new FeatureState(Features.SurveyLinks, null);
    }

    /// <summary>The decoded key, or null when <paramref name="key"/> is not base64 of 32 to 512 bytes.</summary>
    internal static byte[]? SigningKey(string? key)
    {
        Span<byte> buffer = stackalloc byte[512];
        return key is not null && Convert.TryFromBase64String(key, buffer, out var length) && length >= 32 ? buffer[..length].ToArray() : null;
    }
}
