using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Ml;

/// <summary>Settings of classifier training and the share estimate (section <c>Ml</c>).</summary>
public sealed class MlOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ml";

    /// <summary>Seed of training (ML.NET context, folds) and of the bootstrap.</summary>
    public int Seed { get; set; } = 20250101;

    /// <summary>Cross-validation folds used to choose the trainer and to get out-of-fold probabilities.</summary>
    [Range(2, 10)]
    public int Folds { get; set; } = 3;

    /// <summary>Training weight of a label taken from the buyer's own HILMA answers, relative to an (average) survey answer's 1.</summary>
    [Range(0.0, 1.0)]
    public double WeakLabelWeight { get; set; } = 0.25;

    /// <summary>Fewest survey answers (with at least 10 of each class) for the correction rates to come from the survey rather than the self-reports.</summary>
    [Range(20, 100_000)]
    public int MinimumSurveyAnswers { get; set; } = 100;

    /// <summary>
    /// Boosted trees are a candidate only up to this many labelled rows: beyond it their cross-validation would
    /// take minutes while the linear candidates take seconds. The model card lists the candidates tried.
    /// </summary>
    [Range(0, 10_000_000)]
    public int TreeTrainerMaxRows { get; set; } = 20_000;

    /// <summary>Bootstrap replicates behind every interval.</summary>
    [Range(50, 100_000)]
    public int Replicates { get; set; } = 1000;

    /// <summary>The method behind the headline share: <c>cc</c>, <c>acc</c> or <c>pacc</c>.</summary>
    [Required]
    [RegularExpression("^(cc|acc|pacc)$")]
    public string Method { get; set; } = "pacc";

    /// <summary>
    /// Which estimate is the headline when both exist: <c>design</c> (survey answers alone, weighted as the survey
    /// was designed; the default, the one the validation supports) or <c>model</c> (the classifier's corrected count).
    /// </summary>
    [Required]
    [RegularExpression("^(design|model)$")]
    public string Headline { get; set; } = "design";

    /// <summary>
    /// How old a published snapshot may be for <c>GET /api/estimates/{year}</c> and its page to serve it rather than
    /// estimate anew (which reads every notice and runs the bootstrap): by default 26 hours, so the daily
    /// publication always qualifies. Zero always estimates anew.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromHours(26);

    /// <summary>
    /// How long a built set of organisation profiles is served before it is built anew (every notice, invitation and answer
    /// read, the classifier scored, every interval simulated): the organisation routes and commands share one set, so a
    /// request does not rebuild them all. A new notice, answer or model shows after at most this long; by default 5
    /// minutes. Zero builds them for every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OrganisationProfilesMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>NCRONTAB schedule of the <c>TrainClassifier</c> timer (setting <c>TrainClassifierSchedule</c>).</summary>
    public const string TrainScheduleSetting = "TrainClassifierSchedule";

    /// <summary>Default training schedule: Sundays at 03:00 UTC.</summary>
    public const string TrainScheduleDefault = "0 0 3 * * 0";

    /// <summary>NCRONTAB schedule of the <c>PublishEstimate</c> timer (setting <c>PublishEstimateSchedule</c>).</summary>
    public const string PublishScheduleSetting = "PublishEstimateSchedule";

    /// <summary>Default publication schedule: daily at 05:00 UTC.</summary>
    public const string PublishScheduleDefault = "0 0 5 * * *";
}
