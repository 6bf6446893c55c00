using System.Globalization;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Ml;

/// <summary>
/// Computes the innovative share of a year: scores every procurement with the newest classifier and corrects
/// the count with the classifier's out-of-fold rates (CC, ACC, PACC), with bootstrap intervals and breakdowns.
/// </summary>
public sealed class ShareEstimateService(INoticeStore notices, IModelStore models, IOptions<MlOptions> options, TimeProvider time)
{
    private readonly MlOptions _options = options.Value;
    private InnovationClassifier? _classifier;

    /// <summary>The estimate of one year and definition.</summary>
    public async Task<EstimateResult> EstimateAsync(int year, ShareDefinition definition, CancellationToken cancellationToken)
    {
        var results = await EstimateAsync(year, [definition], cancellationToken);
        return results[0];
    }

    /// <summary>The estimates of one year under several definitions, reading the notices once.</summary>
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

        var units = ProcurementUnits.From(all).Where(u => u.Year == year).ToList();
        run.Count("procurement", units.Count);
        var results = definitions.Select(d => Estimate(classifier, units, year, d, _options, time.GetUtcNow())).ToList();
        run.Succeed();
        return results;
    }

    /// <summary>The estimate over already loaded procurements of one year (the validation sweep and the benchmark call this directly).</summary>
    internal static EstimateResult Estimate(InnovationClassifier classifier, IReadOnlyList<ProcurementUnit> units, int year, ShareDefinition definition, MlOptions options, DateTimeOffset now)
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

        var method = options.Method switch
        {
            "cc" => QuantificationMethod.Cc,
            "acc" => QuantificationMethod.Acc,
            _ => QuantificationMethod.Pacc,
        };
        var calibration = classifier.Calibration(definition);
        var estimator = new ShareEstimator(
            new CalibrationSample([.. calibration.Select(c => c.Probability)], [.. calibration.Select(c => c.Label)], [.. calibration.Select(c => c.Weight)]),
            new ShareEstimatorOptions { Replicates = options.Replicates, Seed = options.Seed, Method = method });
        var probabilities = classifier.Score(units, definition);
        var euros = EuroImputation.Impute(units);
        var overall = estimator.Estimate(probabilities, euros.Euros, seed: year);

        IReadOnlyList<GroupShare> By(Func<ProcurementUnit, string> group)
        {
            var shares = new List<GroupShare>();
            foreach (var g in Enumerable.Range(0, units.Count).GroupBy(i => group(units[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var indices = g.ToArray();
                var share = estimator.Estimate([.. indices.Select(i => probabilities[i])], [.. indices.Select(i => euros.Euros[i])], seed: StableSeed(g.Key));
                shares.Add(new GroupShare(g.Key, indices.Length, share.Count.Get(method), share.Euros.Get(method)));
            }

            return shares;
        }

        var card = classifier.Card.For(definition);
        var methodName = method.ToString().ToLowerInvariant();
        var description = method switch
        {
            QuantificationMethod.Cc => "Classify and count: the share of procurements the classifier calls innovative, uncorrected.",
            QuantificationMethod.Acc => "Adjusted classify and count: the share called innovative, corrected with the classifier's cross-validated true and false positive rates.",
            _ => "Probabilistic adjusted classify and count: the mean calibrated probability, corrected with the classifier's cross-validated mean probabilities of innovative and other procurements.",
        } + " The share of euros is corrected with the same rates, weighting each procurement by its value. Intervals: percentile bootstrap (" + options.Replicates.ToString(CultureInfo.InvariantCulture) + " replicates of both the procurements and the labelled sample). "
          + (card.CalibrationSource == ClassifierTrainer.Survey ? NonResponseWeighting.Method : "No survey answers were available: the correction rates come from the buyers' own HILMA answers, so the estimate is of the self-reported share.")
          + " " + EuroImputation.Method;
        return EstimateResult.Of(new ShareEstimate(
            year,
            name,
            overall.Count.Get(method),
            overall.Euros.Get(method),
            methodName,
            description,
            ShareEstimatorOptions.GovernmentTarget,
            overall.ProbabilityTargetMet,
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
            now));
    }

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
