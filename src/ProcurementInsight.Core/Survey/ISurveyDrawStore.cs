namespace ProcurementInsight.Core.Survey;

/// <summary>The survey's draws, one per procedure (<see cref="SurveyDraw"/>), with each buyer's cap decision.</summary>
public interface ISurveyDrawStore
{
    /// <summary>The procedure's draw with its buyers' decisions and concurrency token; null when it was never drawn.</summary>
    Task<SurveyDraw?> GetAsync(string procedure, CancellationToken cancellationToken);

    /// <summary>
    /// Records the draw unless the procedure has one; returns the stored draw, which is the earlier one when
    /// another caller recorded first. A conditional insert, so racing callers agree.
    /// </summary>
    Task<SurveyDraw> TryRecordAsync(SurveyDraw draw, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a control draw with its upgrade to the flagged census (<see cref="SurveyDraw.Upgraded"/>), if the
    /// stored draw is unchanged since read; returns the draw as stored afterwards (the upgrade, or what another caller wrote).
    /// </summary>
    Task<SurveyDraw> RecordUpgradeAsync(SurveyDraw upgraded, CancellationToken cancellationToken);

    /// <summary>Records a buyer's cap decision unless one is recorded; returns the stored decision.</summary>
    Task<SurveyBuyerDraw> TryRecordBuyerAsync(string procedure, SurveyBuyerDraw buyer, CancellationToken cancellationToken);
}
