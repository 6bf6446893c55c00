using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Ml;

/// <summary>
/// Retrains the classifier on every harvested notice and every survey outcome, and stores the models with
/// their card as a new version. The survey source is optional: without one the model learns from the buyers'
/// own answers only, and its card says so.
/// </summary>
public sealed class ClassifierTraining(INoticeStore notices, IModelStore models, IServiceProvider services, IOptions<MlOptions> options, TimeProvider time)
{
    /// <summary>Trains and stores a new version; returns its card.</summary>
    public async Task<ModelCard> TrainAsync(CancellationToken cancellationToken)
    {
        using var run = RunMetrics.Start(RunMetrics.TrainingJob, time);
        var all = new List<Core.Notices.Notice>();
        await foreach (var stored in notices.ListAsync(cancellationToken))
        {
            all.Add(stored.Notice);
        }

        var units = ProcurementUnits.From(all);
        List<SurveyOutcome>? outcomes = null;
        if (services.GetService<ISurveyOutcomeSource>() is { } source)
        {
            outcomes = [];
            await foreach (var outcome in source.ListAsync(cancellationToken))
            {
                outcomes.Add(outcome);
            }
        }

        var (artifact, card) = new ClassifierTrainer(options.Value).Train(units, outcomes, time.GetUtcNow());
        await models.SaveAsync(artifact, cancellationToken);
        run.Count("procurement", units.Count);
        run.Count("label.survey", card.Definitions.Count > 0 ? card.Definitions[0].SurveyLabels : 0);
        run.Count("label.self-report", card.Definitions.Count > 0 ? card.Definitions[0].WeakLabels : 0);
        run.Succeed();
        return card;
    }
}
