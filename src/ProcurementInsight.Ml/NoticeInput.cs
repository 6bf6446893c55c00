namespace ProcurementInsight.Ml;

/// <summary>The classifier's input row: one procurement's features, its labels and training weight.</summary>
internal sealed class NoticeInput
{
    /// <summary>Title and description in every language the notice has.</summary>
    public string Text { get; set; } = string.Empty;

    public string CpvDivision { get; set; } = string.Empty;

    public string CpvGroup { get; set; } = string.Empty;

    public string ProcedureType { get; set; } = string.Empty;

    public string LegalType { get; set; } = string.Empty;

    public string ValueBand { get; set; } = string.Empty;

    public string NoticeType { get; set; } = string.Empty;

    /// <summary>The buyer's own "new to market" answer: <c>yes</c>, <c>no</c>, <c>none</c>, or <c>masked</c> when it is the row's own label.</summary>
    public string SelfMarket { get; set; } = string.Empty;

    public string SelfBuyer { get; set; } = string.Empty;

    public string SelfConsidered { get; set; } = string.Empty;

    public string SelfCodes { get; set; } = string.Empty;

    public bool LabelMarket { get; set; }

    public bool LabelBuyer { get; set; }

    public bool LabelAny { get; set; }

    public float Weight { get; set; } = 1;

    /// <summary>Cross-validation fold, from a stable hash of the procurement key.</summary>
    public int Fold { get; set; }
}
