using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Identity;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ProcurementInsight.Cli.Failures;

/// <summary>
/// What the user is told when a command fails: one plain message naming the setting or resource, and the exit
/// code (<see cref="ExitCodes"/>). Translates the failures a bad setting or an unreachable resource causes deep in the
/// libraries (options validation, configuration binding, Kestrel binding a taken port, the Azure SDK giving up)
/// into that message, so no one sees a stack trace unless they ask for it with <c>--verbose</c>.
/// </summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Message">The message for standard error.</param>
internal sealed partial record CommandFailure(int ExitCode, string Message)
{
    private const string WhereToFix = "Set it in the environment (Section__Key) or in appsettings.json beside the program.";

    /// <summary>The failure an exception stands for.</summary>
    public static CommandFailure From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var chain = Chain(exception).ToList();
        if (chain.OfType<CommandLineException>().FirstOrDefault() is { } known)
        {
            return new CommandFailure(known.ExitCode, Plain(known.Message));
        }

        if (chain.OfType<OptionsValidationException>().FirstOrDefault() is { } invalid)
        {
            return new CommandFailure(ExitCodes.BadConfiguration, Plain(Describe(invalid)));
        }

        if (chain.OfType<InvalidOperationException>().Select(e => ConversionFailure().Match(e.Message)).FirstOrDefault(m => m.Success) is { } conversion)
        {
            var setting = SettingName(conversion.Groups["path"].Value);
            return new CommandFailure(ExitCodes.BadConfiguration, Plain(string.Create(CultureInfo.InvariantCulture,
                $"Setting {setting} is '{conversion.Groups["value"].Value}', which is not {Expected(conversion.Groups["type"].Value)}. {WhereToFix}")));
        }

        if (chain.OfType<AddressInUseException>().Any())
        {
            var bind = chain.OfType<IOException>().FirstOrDefault()?.Message ?? chain.OfType<AddressInUseException>().First().Message;
            return new CommandFailure(ExitCodes.Unavailable, Plain($"{bind.TrimEnd('.')}: another process listens there. Stop it, or choose another address."));
        }

        if (chain.OfType<AuthenticationFailedException>().Any() || chain.OfType<CredentialUnavailableException>().Any())
        {
            var credential = chain.First(e => e is AuthenticationFailedException or CredentialUnavailableException);
            return new CommandFailure(ExitCodes.BadConfiguration, Plain(
                $"No Microsoft Entra credential for storage: {FirstLine(credential.Message)} Check Storage__Credential (managedidentity or default, which needs 'az login') and Storage__ClientId."));
        }

        if (chain.OfType<RequestFailedException>().FirstOrDefault(e => e.Status is 401 or 403) is { } refused)
        {
            return new CommandFailure(ExitCodes.BadConfiguration, Plain(string.Create(CultureInfo.InvariantCulture,
                $"Storage refused the request ({refused.Status} {refused.ErrorCode}). Check Storage__ConnectionString, or Storage__AccountName and the identity's storage roles.")));
        }

        if (chain.FirstOrDefault(IsUnreachable) is { } unreachable)
        {
            var cause = chain.LastOrDefault(e => e is HttpRequestException or System.Net.Sockets.SocketException) ?? unreachable;
            return new CommandFailure(ExitCodes.Unavailable, Plain(
                $"A service cannot be reached: {FirstLine(cause.Message)} Check the address settings (Storage__ConnectionString, Hilma__BaseAddress, Prh__BaseAddress, Smtp__Host) and that the service runs."));
        }

        return new CommandFailure(ExitCodes.Failed, Plain(
            $"Unexpected error ({exception.GetType().Name}): {FirstLine(exception.Message)} Run the command again with --verbose for the details."));
    }

    /// <summary>The environment variable form of a configuration path: <c>Survey:ValidFor</c> is <c>Survey__ValidFor</c>.</summary>
    public static string SettingName(string path) => path.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>
    /// The text with control characters (ESC and the like, which could drive the terminal) written as <c>\u001B</c>,
    /// since messages can echo a bad value back.
    /// </summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n')
            {
                plain.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    private static string Describe(OptionsValidationException invalid)
    {
        var section = invalid.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var lines = invalid.Failures.Select(failure =>
        {
            var annotated = AnnotationFailure().Match(failure);
            if (!annotated.Success)
            {
                // A rule of its own (Validate(predicate, message)) whose message names its setting.
                return failure;
            }

            var members = annotated.Groups["members"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var settings = string.Join(", ", members.Select(m => SettingName(section is null ? m : section + ":" + m)));
            return $"Setting {settings} is not valid: {annotated.Groups["error"].Value}";
        });
        return string.Join(Environment.NewLine, lines) + " " + WhereToFix;
    }

    private static string Expected(string type) => type switch
    {
        "System.TimeSpan" => "a duration such as 7.00:00:00 (days.hours:minutes:seconds) or 00:05:00",
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "a whole number",
        "System.Double" or "System.Decimal" or "System.Nullable`1[System.Double]" => "a number such as 0.25 (with a point)",
        "System.Boolean" => "true or false",
        "System.Uri" => "an absolute address such as http://127.0.0.1:7480/",
        "System.DateTimeOffset" or "System.DateTime" or "System.DateOnly" => "a date such as 2025-01-01 or 2025-01-01T00:00:00Z",
        _ when type.Contains('.', StringComparison.Ordinal) => "a valid " + type[(type.LastIndexOf('.') + 1)..].TrimEnd(']'),
        _ => "a valid " + type,
    };

    private static bool IsUnreachable(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        HttpRequestException { StatusCode: null } => true,
        System.Net.Sockets.SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnreachable),
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"members: '(?<members>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex AnnotationFailure();
}
