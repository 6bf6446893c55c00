using Microsoft.ML;

namespace ProcurementInsight.Ml;

/// <summary>A trainer the cross-validation chooses from.</summary>
/// <param name="Name">The name the model card shows.</param>
/// <param name="Create">Builds the trainer for a label column.</param>
/// <param name="IsTree">Trees cost far more per row; they are tried only up to <see cref="MlOptions.TreeTrainerMaxRows"/> rows.</param>
internal sealed record TrainerCandidate(string Name, Func<MLContext, string, IEstimator<ITransformer>> Create, bool IsTree = false)
{
    public static IReadOnlyList<TrainerCandidate> All { get; } =
    [
        // A linear model with logistic loss: its probabilities are calibrated by construction.
        new("sdca-logistic", (ml, label) => ml.BinaryClassification.Trainers.SdcaLogisticRegression(
            labelColumnName: label, featureColumnName: "Features", exampleWeightColumnName: nameof(NoticeInput.Weight), maximumNumberOfIterations: 25)),

        // The same model family fitted by L-BFGS with L1 and L2 regularisation: sparser, sometimes better on few labels.
        new("lbfgs-logistic", (ml, label) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            labelColumnName: label, featureColumnName: "Features", exampleWeightColumnName: nameof(NoticeInput.Weight))),

        // Boosted trees: ML.NET fits a Platt calibrator on their scores.
        new("fast-tree", (ml, label) => ml.BinaryClassification.Trainers.FastTree(
            labelColumnName: label, featureColumnName: "Features", exampleWeightColumnName: nameof(NoticeInput.Weight),
            numberOfLeaves: 16, numberOfTrees: 60, minimumExampleCountPerLeaf: 10, learningRate: 0.25), IsTree: true),
    ];
}
