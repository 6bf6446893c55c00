namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>How many answers chose one option of one survey question.</summary>
/// <param name="Question">The question id (<c>subject</c>, <c>methods</c>, <c>goals</c>).</param>
/// <param name="Option">The option's value, e.g. <c>market-dialogue</c>.</param>
/// <param name="Answers">Answers that chose it.</param>
/// <param name="Share">Of the answers counted, the share that chose it.</param>
public sealed record DimensionCount(string Question, string Option, int Answers, double Share);
