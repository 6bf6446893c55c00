namespace ProcurementInsight.Cli.Respondents;

/// <summary>What simulated respondents did with the survey links they found.</summary>
/// <param name="Found">Distinct survey links found.</param>
/// <param name="Skipped">Links to another server than the one answered at, left alone.</param>
/// <param name="Opened">Forms opened (the form page came back).</param>
/// <param name="Answered">Answers saved through the form.</param>
/// <param name="Declined">Respondents who chose not to answer, by the simulated reason (expired, pending, opted out, bounced, no contact).</param>
/// <param name="Failed">Links that failed, each with its reason.</param>
/// <param name="PostsFailed">Of the failures, answers the form did not save (an unexpected failure).</param>
internal sealed record RespondentCounts(
    int Found,
    int Skipped,
    int Opened,
    int Answered,
    IReadOnlyDictionary<string, int> Declined,
    IReadOnlyList<string> Failed,
    int PostsFailed);
