using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// The classes the survey answers are weighted in, finest first. A class is the buyer's own innovation
/// answers (new to market; new to buyer; an eForms code; considered; none) × sector × value band: the
/// self-report is known for every procurement and predicts both the answer and the phase it was surveyed in,
/// so weighting within it corrects most of what response that depends on innovativeness would bias.
/// Coarser levels drop sector, then value band, then keep only flagged-like versus unflagged-like answers;
/// the two never merge, so the flagged census never stands in for the unflagged procurements.
/// </summary>
public static class WeightingClasses
{
    /// <summary>How many levels <see cref="Keys"/> returns.</summary>
    public const int Levels = 4;

    /// <summary>The fewest respondents a class needs to be weighted on its own.</summary>
    public const int MinimumRespondents = 5;

    /// <summary>The method in one sentence, for the model card and the estimate.</summary>
    public const string Method =
        "Answers are weighted by 1 / inclusion probability within classes of the buyer's own HILMA answers × sector × value band, "
        + "scaled so each class's weights add up to its number of procurements (classes with fewer than 5 answers are merged: "
        + "without sector, without value band, then flagged-like or unflagged-like answers, never across the two).";

    /// <summary>The self-report pattern: <c>market</c>, <c>buyer</c>, <c>eforms</c>, <c>considered</c> or <c>none</c>.</summary>
    public static string Pattern(SelfReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.NewToMarket ? "market"
            : report.NewToBuyer ? "buyer"
            : report.HasEFormsCode ? "eforms"
            : report.Considered ? "considered"
            : "none";
    }

    /// <summary>True for the patterns the survey's default trigger signals flag (new to market, new to buyer, an eForms code).</summary>
    public static bool IsFlaggedLike(string pattern) => pattern is "market" or "buyer" or "eforms";

    /// <summary>The unit's class key at each level, finest first.</summary>
    public static string[] Keys(ProcurementUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var pattern = Pattern(unit.SelfReport);
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"{pattern}|{unit.Sector}|{unit.SizeBand}"),
            string.Create(CultureInfo.InvariantCulture, $"{pattern}|{unit.SizeBand}"),
            pattern,
            IsFlaggedLike(pattern) ? "flagged-like" : "unflagged-like",
        ];
    }
}
