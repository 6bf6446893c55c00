namespace ProcurementInsight.Core.Innovation;

/// <summary>Where HILMA statistics answers were read from.</summary>
public enum HilmaStatisticsSource
{
    /// <summary>The eForms read API's <c>hilmaStatistics</c>, keyed by lot id.</summary>
    ReadApi = 1,

    /// <summary>The search index document, per lot (<c>lots[]</c>) or per notice.</summary>
    SearchIndex = 2,

    /// <summary>
    /// A pre-eForms (<c>OLD-</c>) notice: a single notice-level "innovation considered" answer, applied
    /// to the notice as a whole; the two "new to" questions did not exist then.
    /// </summary>
    LegacyNotice = 3,
}
