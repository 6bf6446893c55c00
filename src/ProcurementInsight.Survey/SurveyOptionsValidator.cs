using Microsoft.Extensions.Options;

namespace ProcurementInsight.Survey;

/// <summary>
/// Checks what data annotations cannot: the link base, reminders, trigger signals and the survey design's settings. The signing key is a
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

        if (Design(options) is { } design)
        {
            return ValidateOptionsResult.Fail(design);
        }

        return ValidateOptionsResult.Success;
    }

    private static string? Design(SurveyOptions options)
    {
        var control = options.ControlSample;
        if (control is null || options.Cap is null)
        {
            return "Survey:ControlSample and Survey:Cap must be sections, not values.";
        }

        if (control.AnnualSize is < 0 or > 1_000_000)
        {
            return "Survey:ControlSample:AnnualSize must be between 0 (no control sample) and 1000000.";
        }

        if (!(control.PriorShare is > 0 and < 1))
        {
            return "Survey:ControlSample:PriorShare must be a share between 0 and 1, e.g. 0.05.";
        }

        if (!(control.MinimumRate is > 0 and <= 1))
        {
            return "Survey:ControlSample:MinimumRate must be above 0 and at most 1, e.g. 0.02.";
        }

        return options.Cap.PerAddressPerQuarter is < 1 or > 1_000
            ? "Survey:Cap:PerAddressPerQuarter must be between 1 and 1000."
            : null;
    }
}
