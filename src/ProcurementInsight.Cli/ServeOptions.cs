using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Cli;

/// <summary>
/// The keys <c>serve</c> checks on routes that need one, as the Functions host does (configuration section
/// <c>Serve</c>, e.g. <c>Serve__FunctionKeys__default</c>). Without any key those routes answer 401: the twin
/// never opens what the app keeps behind a key.
/// </summary>
internal sealed class ServeOptions : IValidatableObject
{
    public const string SectionName = "Serve";

    /// <summary>The shortest key accepted, so a key cannot be guessed: 128 bits in base64.</summary>
    public const int MinKeyLength = 22;

    /// <summary>Function keys by name (the host's <c>default</c> and any other); each opens the routes of level Function.</summary>
    public Dictionary<string, string> FunctionKeys { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The master key: opens every route, and alone the routes of level Admin.</summary>
    public string? MasterKey { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, key) in FunctionKeys)
        {
            // A blank key is no key (e.g. an unset variable in a script); the routes stay closed.
            if (key.Trim().Length is > 0 and < MinKeyLength)
            {
                yield return new ValidationResult($"Serve:FunctionKeys:{name} must be at least {MinKeyLength} characters (e.g. openssl rand -base64 32).", [nameof(FunctionKeys)]);
            }
        }

        if (MasterKey is { } master && master.Trim().Length is > 0 and < MinKeyLength)
        {
            yield return new ValidationResult($"Serve:MasterKey must be at least {MinKeyLength} characters (e.g. openssl rand -base64 32).", [nameof(MasterKey)]);
        }
    }
}
