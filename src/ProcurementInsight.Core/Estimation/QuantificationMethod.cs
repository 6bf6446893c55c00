namespace ProcurementInsight.Core.Estimation;

/// <summary>How a share is read off a classifier's output.</summary>
public enum QuantificationMethod
{
    /// <summary>Classify and count: the share of procurements the classifier calls innovative. Biased when it errs.</summary>
    Cc = 0,

    /// <summary>Adjusted classify and count: CC corrected with cross-validated true and false positive rates.</summary>
    Acc = 1,

    /// <summary>Probabilistic ACC: the mean probability corrected with the cross-validated mean probabilities of each class.</summary>
    Pacc = 2,
}
