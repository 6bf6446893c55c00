using System.Text.Json;
using Microsoft.ML;
using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>A loaded classifier version: one model per definition, its card and its calibration sample.</summary>
internal sealed class InnovationClassifier
{
    private readonly MLContext _ml;
    private readonly Dictionary<ShareDefinition, ITransformer> _models = [];
    private readonly Dictionary<string, IReadOnlyList<CalibrationEntry>> _calibration;
    private readonly Dictionary<string, Dictionary<string, double>> _outOfFold;

    public InnovationClassifier(ModelArtifact artifact, int seed)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        _ml = new MLContext(seed);
        Card = JsonSerializer.Deserialize<ModelCard>(artifact.Files[ClassifierTrainer.CardFile].Span, MlJson.Options)
            ?? throw new InvalidDataException($"Model {artifact.Version} has an empty card.");
        _calibration = JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<CalibrationEntry>>>(artifact.Files[ClassifierTrainer.CalibrationFile].Span, MlJson.Options)
            ?? throw new InvalidDataException($"Model {artifact.Version} has an empty calibration sample.");
        _outOfFold = artifact.Files.TryGetValue(ClassifierTrainer.OutOfFoldFile, out var scores)
            ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(scores.Span, MlJson.Compact) ?? []
            : [];
        foreach (var definition in ShareDefinitions.All)
        {
            if (artifact.Files.TryGetValue(ClassifierTrainer.ModelFile(definition), out var bytes))
            {
                using var stream = new MemoryStream(bytes.ToArray());
                _models[definition] = _ml.Model.Load(stream, out _);
            }
        }
    }

    public ModelCard Card { get; }

    public bool Has(ShareDefinition definition) => _models.ContainsKey(definition);

    /// <summary>The labelled procurements with their out-of-fold probabilities and weights.</summary>
    public IReadOnlyList<CalibrationEntry> Calibration(ShareDefinition definition) => _calibration[ShareDefinitions.Name(definition)];

    /// <summary>
    /// Each procurement's probability. A procurement the classifier was trained on keeps its out-of-fold
    /// probability: the final model has seen its label, and the correction rates were measured out of fold.
    /// Procurements published after training are scored by the final model.
    /// </summary>
    public double[] Score(IReadOnlyList<ProcurementUnit> units, ShareDefinition definition) => Score(units, definition, useOutOfFold: true);

    /// <summary>Each procurement's probability; with <paramref name="useOutOfFold"/> false, all from the final model (for measuring its speed).</summary>
    public double[] Score(IReadOnlyList<ProcurementUnit> units, ShareDefinition definition, bool useOutOfFold)
    {
        var model = _models[definition];
        var outOfFold = !useOutOfFold ? []
            : _outOfFold.GetValueOrDefault(ShareDefinitions.Name(definition))
                ?? Calibration(definition).ToDictionary(e => e.Key, e => e.Probability, StringComparer.Ordinal);
        var probabilities = new double[units.Count];
        var unseen = new List<int>();
        for (var i = 0; i < units.Count; i++)
        {
            if (outOfFold.TryGetValue(units[i].Key, out var p))
            {
                probabilities[i] = p;
            }
            else
            {
                unseen.Add(i);
            }
        }

        if (unseen.Count > 0)
        {
            var scored = ClassifierTrainer.Score(_ml, model, unseen.Select(i => FeatureRows.From(units[i], maskSelfReport: false)));
            for (var k = 0; k < unseen.Count; k++)
            {
                probabilities[unseen[k]] = scored[k];
            }
        }

        return probabilities;
    }
}
