using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml;

/// <summary>
/// Trains one classifier per definition: chooses the trainer by cross-validation, keeps every labelled
/// procurement's out-of-fold probability as the calibration sample, then fits the chosen trainer on all labels.
/// Pure computation: the caller loads the data and stores the result.
/// </summary>
internal sealed class ClassifierTrainer(MlOptions options)
{
    public const string CardFile = "card.json";
    public const string CalibrationFile = "calibration.json";
    public const string OutOfFoldFile = "out-of-fold.json";
    public const string Survey = "survey";
    public const string SelfReport = "self-report";

    private static readonly string[] Categorical =
    [
        nameof(NoticeInput.CpvDivision), nameof(NoticeInput.CpvGroup), nameof(NoticeInput.ProcedureType), nameof(NoticeInput.LegalType),
        nameof(NoticeInput.ValueBand), nameof(NoticeInput.NoticeType), nameof(NoticeInput.SelfMarket), nameof(NoticeInput.SelfBuyer),
        nameof(NoticeInput.SelfConsidered), nameof(NoticeInput.SelfCodes),
    ];

    /// <summary>The card's account of the two estimates and the headline (see the README's share estimate validation for the figures).</summary>
    internal const string EstimatesText =
        "Two estimates are reported side by side. Design-based: the survey answers alone, each weighted by 1 / its inclusion probability "
        + "(every flagged procurement is surveyed, unflagged ones through a stratified control sample) within classes of the buyer's own HILMA answers, "
        + "sector and value band. Model-based: this classifier scores every procurement and its count is corrected (PACC) with the design-weighted "
        + "out-of-fold rates of the answers. The design-based estimate is the headline: under the survey the service runs it is unbiased whenever "
        + "non-response does not depend on innovativeness within a class, and its interval held its coverage in the validation; the model-based "
        + "estimate depends on the classifier's rates transferring from answered to unanswered procurements, and is kept as a check. Neither corrects "
        + "answers that are wrong, nor non-response driven by innovativeness itself (measured in the 'informative' scenario).";

    public static string ModelFile(ShareDefinition definition) => $"model-{ShareDefinitions.Name(definition)}.zip";

    /// <remarks>
    /// Every labelled procurement (survey or self-report) is also scored out of fold and the scores are stored
    /// (<see cref="OutOfFoldFile"/>): the estimate uses them instead of the final model's, which has seen those
    /// procurements' labels, so the procurements and the correction rates are scored alike.
    /// </remarks>
    /// <summary>Trains on <paramref name="units"/>; <paramref name="outcomes"/> is null when no survey source is available.</summary>
    public (ModelArtifact Artifact, ModelCard Card) Train(
        IReadOnlyList<ProcurementUnit> units, IReadOnlyList<SurveyOutcome>? outcomes, DateTimeOffset now, IReadOnlyList<ShareDefinition>? definitions = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        definitions ??= ShareDefinitions.All;
        var ml = new MLContext(options.Seed);
        var surveyed = Surveyed(units, outcomes ?? []);
        // Survey labels are weighted as the survey drew them: 1 / inclusion probability within weighting classes (mean 1).
        var weights = DesignWeights.Compute(units, [.. surveyed.Where(s => s.Label is not null).Select(s => new DesignRespondent(s.Unit.Key, false, s.Design?.InclusionProbability ?? 1.0, s.Design?.Phase ?? SurveyPhase.Flagged))]).Normalised(units);

        // Training rows (weak ones masked) and their unmasked twins for out-of-fold scoring.
        var rows = new List<(ProcurementUnit Unit, SurveyLabel? Label, NoticeInput Train, NoticeInput Score)>();
        var surveyLabels = surveyed.Where(s => s.Label is not null).ToDictionary(s => s.Unit.Key, s => s.Label!, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var label = surveyLabels.GetValueOrDefault(unit.Key);
            var isWeak = label is null;
            if (isWeak && ShareDefinitions.IsInnovative(unit.SelfReport, ShareDefinition.Any) is null)
            {
                continue;
            }

            var train = FeatureRows.From(unit, maskSelfReport: isWeak);
            var score = isWeak ? FeatureRows.From(unit, maskSelfReport: false) : train;
            train.Fold = score.Fold = Fold(unit.Key, options.Folds);
            train.Weight = isWeak ? (float)options.WeakLabelWeight : (float)weights.GetValueOrDefault(unit.Key, 1.0);
            foreach (var definition in ShareDefinitions.All)
            {
                var value = label is not null ? ShareDefinitions.IsInnovative(label, definition) : ShareDefinitions.IsInnovative(unit.SelfReport, definition) == true;
                FeatureRows.SetLabel(train, definition, value);
                FeatureRows.SetLabel(score, definition, value);
            }

            rows.Add((unit, label, train, score));
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException("No procurement has a label: neither a survey answer nor the buyer's own innovation answers.");
        }

        var featurizer = Featurizer(ml).Fit(ml.Data.LoadFromEnumerable(rows.Select(r => r.Train)));
        var foldTrain = new IDataView[options.Folds];
        for (var f = 0; f < options.Folds; f++)
        {
            var fold = f;
            foldTrain[f] = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(rows.Where(r => r.Train.Fold != fold).Select(r => r.Train).ToList())));
        }

        var allTrain = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(rows.Select(r => r.Train).ToList())));
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var cards = new List<DefinitionCard>();
        var calibration = new Dictionary<string, IReadOnlyList<CalibrationEntry>>(StringComparer.Ordinal);
        var outOfFold = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var labelColumn = FeatureRows.LabelColumn(definition);
            bool LabelOf(NoticeInput row) => definition switch
            {
                ShareDefinition.Market => row.LabelMarket,
                ShareDefinition.Buyer => row.LabelBuyer,
                _ => row.LabelAny,
            };

            var surveyRows = rows.Where(r => r.Label is not null).ToList();
            var surveyPositive = surveyRows.Count(r => LabelOf(r.Score));
            var useSurvey = surveyRows.Count >= options.MinimumSurveyAnswers && surveyPositive >= 10 && surveyRows.Count - surveyPositive >= 10;
            var evaluation = useSurvey ? surveyRows : rows.Where(r => r.Label is null).ToList();
            var evaluationIndex = new HashSet<string>(evaluation.Select(r => r.Unit.Key), StringComparer.Ordinal);
            var candidates = new List<(CandidateMetrics Metrics, double[] Probabilities, double[] All)>();
            foreach (var candidate in TrainerCandidate.All.Where(c => !c.IsTree || rows.Count <= options.TreeTrainerMaxRows))
            {
                var watch = Stopwatch.StartNew();

                // Every row is scored by the fold model that did not see it (cross-fitting), with its real features.
                var all = new double[rows.Count];
                for (var f = 0; f < options.Folds; f++)
                {
                    var model = candidate.Create(ml, labelColumn).Fit(foldTrain[f]);
                    var held = Enumerable.Range(0, rows.Count).Where(i => rows[i].Score.Fold == f).ToList();
                    var scored = Score(ml, featurizer.Append(model), held.Select(i => rows[i].Score));
                    for (var k = 0; k < held.Count; k++)
                    {
                        all[held[k]] = scored[k];
                    }
                }

                var probabilities = Enumerable.Range(0, rows.Count).Where(i => evaluationIndex.Contains(rows[i].Unit.Key)).Select(i => all[i]).ToArray();
                var sample = new CalibrationSample(probabilities, [.. evaluation.Select(r => LabelOf(r.Score))], [.. evaluation.Select(r => useSurvey ? (double)r.Train.Weight : 1.0)]);
                candidates.Add((new CandidateMetrics(candidate.Name, BinaryMetrics.Compute(sample, ClassifierRates.ChooseThreshold(sample)), Math.Round(watch.Elapsed.TotalSeconds, 2)), probabilities, all));
            }

            // Best separation wins; the Brier score breaks a tie.
            var best = candidates.OrderByDescending(c => Math.Round(c.Metrics.Metrics.RocAuc, 3)).ThenBy(c => c.Metrics.Metrics.Brier).First();
            var chosen = TrainerCandidate.All.First(c => c.Name == best.Metrics.Trainer);
            var final = featurizer.Append(chosen.Create(ml, labelColumn).Fit(allTrain));
            using (var stream = new MemoryStream())
            {
                ml.Model.Save(final, ml.Data.LoadFromEnumerable(Array.Empty<NoticeInput>()).Schema, stream);
                files[ModelFile(definition)] = stream.ToArray();
            }

            var entries = evaluation.Select((r, i) => new CalibrationEntry(r.Unit.Key, best.Probabilities[i], LabelOf(r.Score), useSurvey ? r.Train.Weight : 1.0)).ToList();
            calibration[ShareDefinitions.Name(definition)] = entries;
            outOfFold[ShareDefinitions.Name(definition)] = Enumerable.Range(0, rows.Count).ToDictionary(i => rows[i].Unit.Key, i => Math.Round(best.All[i], 5), StringComparer.Ordinal);
            var sampleOfBest = new CalibrationSample([.. entries.Select(e => e.Probability)], [.. entries.Select(e => e.Label)], [.. entries.Select(e => e.Weight)]);
            var threshold = ClassifierRates.ChooseThreshold(sampleOfBest);
            var weak = rows.Where(r => r.Label is null).ToList();
            cards.Add(new DefinitionCard(
                ShareDefinitions.Name(definition),
                surveyed.Count,
                surveyRows.Count,
                surveyPositive,
                weak.Count,
                weak.Count(r => LabelOf(r.Train)),
                useSurvey ? Survey : SelfReport,
                chosen.Name,
                threshold,
                [.. candidates.Select(c => c.Metrics)],
                best.Metrics.Metrics,
                ClassifierRates.From(sampleOfBest, threshold)));
        }

        var version = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var card = new ModelCard(
            version,
            now,
            options.Seed,
            options.Folds,
            units.Count > 0 ? units.Min(u => u.Published) : null,
            units.Count > 0 ? units.Max(u => u.Published) : null,
            units.Count,
            outcomes is not null,
            "Survey answers (the respondent's judgement and novelty items) are the labels wherever they exist, each weighted by its design weight (1 / inclusion probability, adjusted for non-response within weighting classes; mean 1).",
            string.Create(CultureInfo.InvariantCulture, $"Where no survey answer exists, the buyer's own HILMA answers and eForms codes are a weaker label with weight {options.WeakLabelWeight}; in those rows the self-reported features are masked, so a label never appears among its own features.")
                + (outcomes is null ? " No survey source was available: this model learnt from self-reports only, so its correction rates measure agreement with the self-reports, not with survey answers." : string.Empty),
            WeightingClasses.Method,
            ["title and description text (fi, sv, en; word uni- and bigrams)", "CPV division", "CPV group", "procedure type", "buyer legal type", "value band", "notice type",
             "buyer's HILMA answer: new to market", "buyer's HILMA answer: new to buyer", "buyer's HILMA answer: innovation considered", "eForms BT-06/BT-776 innovation code present"],
            cards)
        {
            Estimates = EstimatesText,
        };
        files[CardFile] = JsonSerializer.SerializeToUtf8Bytes(card, MlJson.Options);
        files[CalibrationFile] = JsonSerializer.SerializeToUtf8Bytes(calibration, MlJson.Options);
        files[OutOfFoldFile] = JsonSerializer.SerializeToUtf8Bytes(outOfFold, MlJson.Compact);
        return (new ModelArtifact(version, files), card);
    }

    internal static IEstimator<ITransformer> Featurizer(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            KeepDiacritics = true,
            KeepNumbers = false,
            KeepPunctuations = false,
        };
        return ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(NoticeInput.Text))
            .Append(ml.Transforms.Categorical.OneHotEncoding([.. Categorical.Select(c => new InputOutputColumnPair(c + "Code", c))]))
            .Append(ml.Transforms.Concatenate("Features", ["TextFeatures", .. Categorical.Select(c => c + "Code")]));
    }

    internal static double[] Score(MLContext ml, ITransformer model, IEnumerable<NoticeInput> rows)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows.ToList()));
        return [.. scored.GetColumn<float>("Probability").Select(p => (double)p)];
    }

    internal static int Fold(string key, int folds)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)folds);
    }

    private static List<(ProcurementUnit Unit, SurveyLabel? Label, SurveyDesignPoint? Design)> Surveyed(IReadOnlyList<ProcurementUnit> units, IReadOnlyList<SurveyOutcome> outcomes)
    {
        var byNotice = new Dictionary<string, ProcurementUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var key in unit.NoticeKeys)
            {
                byNotice[key] = unit;
            }
        }

        // A procurement surveyed twice (contract and award notice) counts once, answered if either was answered.
        var result = new Dictionary<string, (ProcurementUnit Unit, SurveyLabel? Label, SurveyDesignPoint? Design)>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (!byNotice.TryGetValue(outcome.NoticeKey, out var unit))
            {
                continue;
            }

            var label = outcome.Status == SurveyOutcomeStatus.Answered ? outcome.Label : null;
            if (!result.TryGetValue(unit.Key, out var existing) || (existing.Label is null && label is not null))
            {
                result[unit.Key] = (unit, label, outcome.Design);
            }
        }

        return [.. result.Values.OrderBy(s => s.Unit.Key, StringComparer.Ordinal)];
    }
}
