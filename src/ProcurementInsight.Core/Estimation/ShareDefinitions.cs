using System.Diagnostics.CodeAnalysis;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Estimation;

/// <summary>Names of the <see cref="ShareDefinition"/>s and how each reads a label.</summary>
public static class ShareDefinitions
{
    /// <summary>Every definition, in enum order.</summary>
    public static IReadOnlyList<ShareDefinition> All { get; } = [ShareDefinition.Market, ShareDefinition.Buyer, ShareDefinition.Any];

    /// <summary>The lower-case name used on the command line, in JSON and in URLs: <c>market</c>, <c>buyer</c>, <c>any</c>.</summary>
    public static string Name(ShareDefinition definition) => definition switch
    {
        ShareDefinition.Market => "market",
        ShareDefinition.Buyer => "buyer",
        ShareDefinition.Any => "any",
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };

    /// <summary>What a definition counts, in one plain sentence (for the estimate, the report and the page).</summary>
    public static string Description(ShareDefinition definition) => definition switch
    {
        ShareDefinition.Market => "New to the market: the procurement bought a solution new or significantly improved for the market or industry, not only for the buyer. The 10 % target is measured in this definition (KEINO's 5 % of 2018 was new to the market).",
        ShareDefinition.Buyer => "New to the buyer: the solution was new or significantly improved for the buying organisation, or for the market.",
        ShareDefinition.Any => "Any innovation: new to the buyer or the market, a new procurement procedure, or the respondent's own judgement that the procurement was innovative.",
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };

    /// <summary>The definition the government's 10 % target is measured in: new to the market.</summary>
    public const ShareDefinition TargetDefinition = ShareDefinition.Market;

    /// <summary>Reads a name (case-insensitive); false when it is not one of the three.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ShareDefinition definition)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text?.Trim(), Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                definition = candidate;
                return true;
            }
        }

        definition = default;
        return false;
    }

    /// <summary>
    /// The survey respondent's answer under a definition. Market: new to the market (improved or completely
    /// new). Buyer: new to the buyer or to the market. Any: either of those, a new procedure, or the
    /// respondent's own judgement that the procurement was innovative.
    /// </summary>
    public static bool IsInnovative(SurveyLabel label, ShareDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(label);
        var market = label.NewToMarket != NoveltyLevel.NotNew;
        var buyer = market || label.NewToBuyer != NoveltyLevel.NotNew;
        return definition switch
        {
            ShareDefinition.Market => market,
            ShareDefinition.Buyer => buyer,
            ShareDefinition.Any => buyer || label.NewProcedure != NoveltyLevel.NotNew || label.JudgedInnovative,
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
        };
    }

    /// <summary>
    /// The buyer's own HILMA answers and eForms codes under a definition: the weak label used where no survey
    /// answer exists. Null when the notice carries no self-report at all (nothing to learn from).
    /// </summary>
    public static bool? IsInnovative(SelfReport report, ShareDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.HasAnswers && !report.HasEFormsCode)
        {
            return null;
        }

        return definition switch
        {
            ShareDefinition.Market => report.NewToMarket,
            ShareDefinition.Buyer => report.NewToMarket || report.NewToBuyer,
            ShareDefinition.Any => report.NewToMarket || report.NewToBuyer || report.HasEFormsCode,
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
        };
    }
}
