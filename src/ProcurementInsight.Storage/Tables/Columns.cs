using System.Globalization;
using Azure.Data.Tables;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>Column conventions shared by the notice rows: money, code lists, HILMA answers.</summary>
internal static class Columns
{
    /// <summary>
    /// Money as three columns: <c>Name</c> the exact decimal as invariant text (a double would lose
    /// cents on large sums), <c>NameNumber</c> a double for range queries, <c>NameCurrency</c>.
    /// </summary>
    public static void WriteMoney(TableEntity entity, string name, Money? money)
    {
        if (money is null)
        {
            return;
        }

        entity[name] = money.Amount.ToString(CultureInfo.InvariantCulture);
        entity[name + "Number"] = (double)money.Amount;
        entity[name + "Currency"] = money.Currency;
    }

    public static Money? ReadMoney(TableEntity entity, string name) =>
        entity.GetString(name) is { } amount
            ? new Money(decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture), entity.GetString(name + "Currency") ?? string.Empty)
            : null;

    /// <summary>A list of codes (CPV, BT-06, BT-776, languages) as comma-separated text; codes never hold commas.</summary>
    public static void WriteList(TableEntity entity, string name, IEnumerable<string> values)
    {
        var text = string.Join(',', values);
        if (text.Length > 0)
        {
            entity[name] = text;
        }
    }

    public static IReadOnlyList<string> ReadList(TableEntity entity, string name) =>
        entity.GetString(name) is { Length: > 0 } text ? text.Split(',') : [];

    public static void WriteCpv(TableEntity entity, string mainName, CpvCode? main, string additionalName, IReadOnlyList<CpvCode> additional)
    {
        if (main is { } code)
        {
            entity[mainName] = code.Value;
        }

        WriteList(entity, additionalName, additional.Select(c => c.Value));
    }

    public static CpvCode? ReadCpv(TableEntity entity, string name) =>
        entity.GetString(name) is { } text ? CpvCode.Parse(text) : null;

    public static IReadOnlyList<CpvCode> ReadCpvList(TableEntity entity, string name) =>
        [.. ReadList(entity, name).Select(CpvCode.Parse)];

    /// <summary>
    /// HILMA answers as <c>HilmaSource</c> (present exactly when answers are) and three nullable booleans.
    /// </summary>
    public static void WriteAnswers(TableEntity entity, InnovationAnswers? answers)
    {
        if (answers is null)
        {
            return;
        }

        entity["HilmaSource"] = answers.Source.ToString();
        SetIfNotNull(entity, "HilmaInnovationConsidered", answers.InnovationConsidered);
        SetIfNotNull(entity, "HilmaSolutionNewToBuyer", answers.SolutionNewToBuyer);
        SetIfNotNull(entity, "HilmaSolutionNewToMarketOrIndustry", answers.SolutionNewToMarketOrIndustry);
    }

    public static InnovationAnswers? ReadAnswers(TableEntity entity) =>
        entity.GetString("HilmaSource") is { } source
            ? new InnovationAnswers(
                entity.GetBoolean("HilmaInnovationConsidered"),
                entity.GetBoolean("HilmaSolutionNewToBuyer"),
                entity.GetBoolean("HilmaSolutionNewToMarketOrIndustry"),
                Enum.Parse<HilmaStatisticsSource>(source))
            : null;

    public static void SetIfNotNull(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }
}
