using System.Globalization;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Ml;

/// <summary>
/// Computes the innovative share of a year: scores every procurement with the newest classifier and corrects
/// the count with the classifier's out-of-fold rates (CC, ACC, PACC), with bootstrap intervals and breakdowns.
/// </summary>
public sealed class ShareEstimateService(INoticeStore notices, IModelStore models, IOptions<MlOptions> options, TimeProvider time, ISurveyOutcomeSource? outcomeSource = null)
{
    private readonly MlOptions _options = options.Value;
    private InnovationClassifier? _classifier;

    /// <summary>The estimate of one year and definition.</summary>
    public async Task<EstimateResult> EstimateAsync(int year, ShareDefinition definition, CancellationToken cancellationToken)
    {
        var results = await EstimateAsync(year, [definition], cancellationToken);
        return results[0];
    }

    /// <summary>The estimates of one year under several definitions, reading the notices and survey outcomes once.</summary>
    public async Task<IReadOnlyList<EstimateResult>> EstimateAsync(int year, IReadOnlyList<ShareDefinition> definitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        using var run = RunMetrics.Start(RunMetrics.EstimateJob, time);
        var classifier = await LoadAsync(cancellationToken);
        if (classifier is null)
        {
            run.Succeed();
            return [.. definitions.Select(_ => EstimateResult.Missing("No classifier has been trained yet: run 'procurement-insight train' (or wait for the TrainClassifier job)."))];
        }

        var all = new List<Core.Notices.Notice>();
        await foreach (var stored in notices.ListAsync(cancellationToken))
        {
            all.Add(stored.Notice);
        }

        List<SurveyOutcome>? outcomes = null;
        if (outcomeSource is not null)
        {
            outcomes = [];
            await foreach (var outcome in outcomeSource.ListAsync(cancellationToken))
            {
                outcomes.Add(outcome);
            }
        }

        var allUnits = ProcurementUnits.From(all);
        var units = allUnits.Where(u => u.Year == year).ToList();
        run.Count("procurement", units.Count);
        var results = definitions.Select(d => Estimate(classifier, units, year, d, _options, time.GetUtcNow(), allUnits, outcomes)).ToList();
        run.Succeed();
        return results;
    }

    /// <summary>
    /// The estimate over already loaded procurements of one year (the validation sweep and the benchmark call this directly).
    /// <paramref name="allUnits"/> are every stored procurement (the classifier's labelled sample may come from other years);
    /// <paramref name="outcomes"/> are the survey's outcomes, null when the survey is not available.
    /// </summary>
    internal static EstimateResult Estimate(
        InnovationClassifier classifier,
        IReadOnlyList<ProcurementUnit> units,
        int year,
        ShareDefinition definition,
        MlOptions options,
        DateTimeOffset now,
        IReadOnlyList<ProcurementUnit>? allUnits = null,
        IReadOnlyList<SurveyOutcome>? outcomes = null)
    {
        var name = ShareDefinitions.Name(definition);
        if (!classifier.Has(definition))
        {
            return EstimateResult.Missing($"The classifier {classifier.Card.Version} has no model for the definition '{name}'.");
        }

        if (units.Count == 0)
        {
            return EstimateResult.Missing(string.Create(CultureInfo.InvariantCulture, $"No procurements were published in {year}."));
        }

        allUnits ??= units;
        var method = options.Method switch
        {
            "cc" => QuantificationMethod.Cc,
            "acc" => QuantificationMethod.Acc,
            _ => QuantificationMethod.Pacc,
        };
        var euros = EuroImputation.Impute(units);
        var card = classifier.Card.For(definition);
        var caveats = new List<string>();

        // The model-based estimate: every procurement scored, the count corrected with the labelled sample's rates.
        var unitByKey = allUnits.GroupBy(u => u.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var allEuros = EuroImputation.Impute(allUnits);
        var euroByKey = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < allUnits.Count; i++)
        {
            euroByKey[allUnits[i].Key] = allEuros.Euros[i];
        }

        var calibration = classifier.Calibration(definition);
        var calibrationUnits = calibration.Select(c => unitByKey.GetValueOrDefault(c.Key)).ToArray();
        var strataKeys = calibrationUnits.Select(u => u is null ? "?" : WeightingClasses.Keys(u)[2]).ToArray();
        var strataIndex = strataKeys.Distinct(StringComparer.Ordinal).Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var estimator = new ShareEstimator(
            new CalibrationSample(
                [.. calibration.Select(c => c.Probability)],
                [.. calibration.Select(c => c.Label)],
                [.. calibration.Select(c => c.Weight)],
                [.. calibration.Select(c => euroByKey.GetValueOrDefault(c.Key, 0))],
                [.. strataKeys.Select(k => strataIndex[k])]),
            new ShareEstimatorOptions { Replicates = options.Replicates, Seed = options.Seed, Method = method });
        var probabilities = classifier.Score(units, definition);
        var overall = estimator.Estimate(probabilities, euros.Euros, seed: year);
        var labelSource = card.CalibrationSource == ClassifierTrainer.Survey ? "survey" : "self-report";
        var model = new ModelBasedShares(method.ToString().ToLowerInvariant(), overall.Count.Get(method), overall.Euros.Get(method), labelSource, estimator.Rates.Threshold);

        // The design-based estimate: survey answers alone, weighted as the survey drew them.
        var placed = SurveyRespondents.Place(units, outcomes ?? []);
        var respondents = SurveyRespondents.Answers(placed, definition);
        DesignBasedEstimator? designEstimator = null;
        (ShareInterval Count, ShareInterval Euros)? designOverall = null;
        string? designProblem;
        if (outcomes is null)
        {
            designProblem = "No design-based estimate: the survey is not available to this estimate.";
        }
        else if (respondents.Count == 0)
        {
            designProblem = "No design-based estimate: nobody has answered the survey about this year's procurements yet.";
        }
        else
        {
            designEstimator = new DesignBasedEstimator(units, euros.Euros, respondents, options.Replicates, options.Seed ^ year);
            designOverall = designEstimator.Overall();
            designProblem = designEstimator.Problem;
        }

        var designShares = new DesignBasedShares(
            designOverall?.Count, designOverall?.Euros, designProblem,
            designEstimator?.Answers ?? 0, designEstimator?.ControlAnswers ?? 0, designEstimator?.Classes ?? 0, designEstimator?.EffectiveSampleSize ?? 0);
        var design = SurveyRespondents.Summarise(placed, designEstimator?.EffectiveSampleSize ?? 0);

        // What the buyers themselves reported: known for every procurement, never an estimate of the share.
        double flagged = 0, flaggedEuros = 0, withAnswers = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var report = ShareDefinitions.IsInnovative(units[i].SelfReport, definition);
            withAnswers += report is null ? 0 : 1;
            if (report == true)
            {
                flagged++;
                flaggedEuros += euros.Euros[i];
            }
        }

        var totalEuros = euros.Euros.Sum();
        var selfReported = new SelfReportedShare(flagged / units.Count, totalEuros > 0 ? flaggedEuros / totalEuros : 0, withAnswers / units.Count);

        // The headline: the configured estimate when it exists; else the other; else only the self-report, without an interval.
        string headline;
        string reason;
        ShareInterval countShare, euroShare;
        var preferDesign = options.Headline == "design";
        if (designOverall is { } d && (preferDesign || labelSource != "survey"))
        {
            headline = "design-based";
            countShare = d.Count;
            euroShare = d.Euros;
            reason = preferDesign
                ? "The design-based estimate is the headline: in the validation under the survey the service runs it met the bias and coverage targets where they could be met (README, share estimate validation); the model-based estimate is shown beside it as a check."
                : "The classifier has too few survey answers to learn from, so the design-based estimate from the answers alone is the headline.";
        }
        else if (labelSource == "survey")
        {
            headline = "model-based";
            countShare = model.CountShare;
            euroShare = model.EuroShare;
            reason = designProblem is not null
                ? "There is no design-based estimate (" + designProblem.TrimEnd('.') + "), so the classifier's corrected count is the headline."
                : "The classifier's corrected count is the configured headline (Ml:Headline = model); the design-based estimate is shown beside it.";
            if (designProblem is not null)
            {
                caveats.Add("No design-based check: " + designProblem);
            }
        }
        else
        {
            headline = "self-report";
            const string Note = "Only the buyers' own HILMA answers are known: this is the self-reported share, not an estimate of the innovative share, so it has no interval.";
            countShare = ShareInterval.WithoutInterval(selfReported.Count, Note);
            euroShare = ShareInterval.WithoutInterval(selfReported.Euros, Note);
            reason = string.Create(CultureInfo.InvariantCulture,
                $"Too few survey answers to estimate the share ({card.SurveyLabels} answers, {card.SurveyPositive} innovative; at least {options.MinimumSurveyAnswers} answers with 10 of each kind are needed): only the self-reported share is known.");
            caveats.Insert(0, reason);
        }

        if (respondents.Count > 0 && designEstimator is { ControlAnswers: 0 })
        {
            caveats.Add("No answers from the control sample yet: procurements nobody flagged are not represented by any answer.");
        }

        foreach (var note in new[] { countShare.Note, euroShare.Note }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!caveats.Contains(note))
            {
                caveats.Add(note);
            }
        }

        // Breakdowns by the headline estimate: design-based domains from their own answers; model-based groups with their own rates shrunk toward the year's.
        IReadOnlyList<GroupShare> By(Func<ProcurementUnit, string> group)
        {
            var shares = new List<GroupShare>();
            var domains = headline == "design-based" ? designEstimator!.Domains(group) : null; // The design-based headline exists only with its estimator.
            var answersByGroup = respondents.GroupBy(r => group(unitByKey.GetValueOrDefault(r.UnitKey) ?? units[0])).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var g in Enumerable.Range(0, units.Count).GroupBy(i => group(units[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var indices = g.ToArray();
                var answers = answersByGroup.GetValueOrDefault(g.Key);
                if (domains is not null)
                {
                    var (count, euro, _) = domains[g.Key];
                    shares.Add(new GroupShare(g.Key, indices.Length, count, euro) { Answers = answers });
                    continue;
                }

                if (headline == "self-report")
                {
                    var flaggedIn = indices.Count(i => ShareDefinitions.IsInnovative(units[i].SelfReport, definition) == true);
                    var eurosIn = indices.Sum(i => euros.Euros[i]);
                    var flaggedEurosIn = indices.Where(i => ShareDefinitions.IsInnovative(units[i].SelfReport, definition) == true).Sum(i => euros.Euros[i]);
                    const string Note = "Self-reported share; no interval.";
                    shares.Add(new GroupShare(g.Key, indices.Length, ShareInterval.WithoutInterval((double)flaggedIn / indices.Length, Note), ShareInterval.WithoutInterval(eurosIn > 0 ? flaggedEurosIn / eurosIn : 0, Note)) { Answers = answers });
                    continue;
                }

                var inGroup = calibrationUnits.Select(u => u is not null && group(u) == g.Key).ToArray();
                var share = estimator.Estimate([.. indices.Select(i => probabilities[i])], [.. indices.Select(i => euros.Euros[i])], StableSeed(g.Key), inGroup);
                shares.Add(new GroupShare(g.Key, indices.Length, share.Count.Get(method), share.Euros.Get(method)) { Answers = answers });
            }

            return shares;
        }

        var description = (headline switch
        {
            "design-based" => DesignBasedEstimator.Method + " " + WeightingClasses.Method,
            "self-report" => "The share of procurements whose buyers flagged innovation in HILMA (their own answers and eForms codes), by count and by euros; no survey answers yet.",
            _ => MethodText(method) + " Correction rates come from " + (labelSource == "survey" ? "survey answers weighted as the survey was designed. " + WeightingClasses.Method : "the buyers' own HILMA answers."),
        }) + " " + EuroImputation.Method;
        return EstimateResult.Of(new ShareEstimate(
            year,
            name,
            countShare,
            euroShare,
            model.Method,
            description,
            ShareEstimatorOptions.GovernmentTarget,
            headline switch { "self-report" => 0, "design-based" => designEstimator!.ReplicatesAtOrAbove(ShareEstimatorOptions.GovernmentTarget), _ => overall.ReplicatesAtOrAboveTarget }, // The design-based headline exists only with its estimator.
            units.Count,
            euros.ValueCoverage,
            euros.ImputedShareOfEuros,
            new LabelCounts(card.Surveyed, card.SurveyLabels, card.SurveyPositive, card.WeakLabels, card.CalibrationSource),
            overall.Count,
            overall.Euros,
            new ShareBreakdowns(
                By(u => string.Create(CultureInfo.InvariantCulture, $"{u.Year}-Q{u.Quarter}")),
                By(u => u.Sector.ToString()),
                By(u => u.CpvDivision ?? "unknown"),
                By(u => u.Nuts3 ?? "unknown")),
            classifier.Card.Version,
            now)
        {
            Headline = headline,
            HeadlineReason = reason,
            DefinitionText = ShareDefinitions.Description(definition),
            IntervalMeaning = headline == "self-report"
                ? "There is no interval: the self-reported share is a count, not an estimate."
                : "The 95 % interval covers the uncertainty from which procurements answered the survey (and, for the model-based estimate, from the classifier's error rates); it does not cover answers that are wrong or non-response that depends on innovativeness beyond what the weighting classes capture.",
            Caveats = caveats,
            ModelBased = model,
            DesignBased = designShares,
            Design = design,
            SelfReported = selfReported,
        });
    }

    private static string MethodText(QuantificationMethod method) => method switch
    {
        QuantificationMethod.Cc => "Classify and count: the share of procurements the classifier calls innovative, uncorrected.",
        QuantificationMethod.Acc => "Adjusted classify and count: the share called innovative (at a threshold chosen from the data), corrected with the classifier's cross-validated true and false positive rates; the euro share with euro-weighted rates.",
        _ => "Probabilistic adjusted classify and count: the mean calibrated probability, corrected with the classifier's cross-validated mean probabilities of innovative and other procurements; the euro share with euro-weighted rates. Groups use their own labelled procurements' rates, shrunk toward the year's.",
    };

    private async Task<InnovationClassifier?> LoadAsync(CancellationToken cancellationToken)
    {
        var artifact = await models.GetNewestAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var current = _classifier;
        if (current is null || current.Card.Version != artifact.Version)
        {
            current = new InnovationClassifier(artifact, _options.Seed);
            _classifier = current;
        }

        return current;
    }

    private static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
