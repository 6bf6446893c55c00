using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>What a trained classifier is, what it learnt from and how well it did: saved as <c>card.json</c> beside the models.</summary>
public sealed record ModelCard(
    string Version,
    DateTimeOffset TrainedAt,
    int Seed,
    int Folds,
    DateTimeOffset? DataFrom,
    DateTimeOffset? DataTo,
    int Procurements,
    bool SurveySourceAvailable,
    string SurveyLabelWeighting,
    string SelfReportLabelWeighting,
    string NonResponseMethod,
    IReadOnlyList<string> Features,
    IReadOnlyList<DefinitionCard> Definitions)
{
    /// <summary>How the share is estimated from this model and the survey answers: the two estimates, which is the headline, and why.</summary>
    public string Estimates { get; init; } = string.Empty;

    /// <summary>The card of one definition.</summary>
    public DefinitionCard For(ShareDefinition definition) =>
        Definitions.First(d => d.Definition == ShareDefinitions.Name(definition));
}

/// <summary>One definition's classifier: labels, trainer choice, held-out metrics and correction rates.</summary>
/// <param name="Definition">The definition's name.</param>
/// <param name="Surveyed">Procurements whose buyer was surveyed.</param>
/// <param name="SurveyLabels">Survey answers used as labels.</param>
/// <param name="SurveyPositive">Of those, innovative under the definition.</param>
/// <param name="WeakLabels">Self-reported labels used where no survey answer exists.</param>
/// <param name="WeakPositive">Of those, innovative.</param>
/// <param name="CalibrationSource"><c>survey</c> or <c>self-report</c>: which labels the held-out metrics and correction rates come from.</param>
/// <param name="Trainer">The chosen trainer.</param>
/// <param name="Threshold">The probability at or above which a procurement is called innovative.</param>
/// <param name="Candidates">Every candidate trainer's cross-validated metrics.</param>
/// <param name="HeldOut">The chosen trainer's cross-validated (out-of-fold) metrics.</param>
/// <param name="Rates">The correction rates measured out of fold.</param>
public sealed record DefinitionCard(
    string Definition,
    int Surveyed,
    int SurveyLabels,
    int SurveyPositive,
    int WeakLabels,
    int WeakPositive,
    string CalibrationSource,
    string Trainer,
    double Threshold,
    IReadOnlyList<CandidateMetrics> Candidates,
    BinaryMetrics HeldOut,
    ClassifierRates Rates);

/// <summary>A candidate trainer's cross-validated metrics.</summary>
public sealed record CandidateMetrics(string Trainer, BinaryMetrics Metrics, double TrainingSeconds);

/// <summary>One labelled procurement of the calibration sample, with its out-of-fold probability.</summary>
public sealed record CalibrationEntry(string Key, double Probability, bool Label, double Weight);
