namespace ProcurementInsight.Core.Survey;

/// <summary>The follow-up surveys' outcomes, as the share estimate reads them.</summary>
public interface ISurveyOutcomeSource
{
    /// <summary>Every surveyed notice with its outcome, answered or not, in no particular order.</summary>
    IAsyncEnumerable<SurveyOutcome> ListAsync(CancellationToken cancellationToken);
}
