using Microsoft.Extensions.Options;

namespace ProcurementInsight.Survey;

/// <summary>
/// Checks what data annotations cannot: the link base, reminders and trigger signals. The signing key is a
/// secret and is checked by <see cref="SurveyLinksCheck"/> instead: a missing key switches off the survey
/// links alone rather than stopping the whole app at start.
/// </summary>
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

        return ValidateOptionsResult.Success;
    }
}
