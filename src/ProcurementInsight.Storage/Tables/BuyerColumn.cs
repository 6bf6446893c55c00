using System.Text.Encodings.Web;
using System.Text.Json;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// The buyers of a notice as one JSON column, <c>Buyers</c> (split like any long text). Buyer e-mail
/// addresses (BT-506) are personal data needed only by the follow-up survey: they are kept in this
/// column and nowhere else in storage.
/// </summary>
internal static class BuyerColumn
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Keep Finnish letters readable and compact; this JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The buyers as JSON. Each field is capped (<see cref="TextColumns.MaxFieldChars"/>), noted as
    /// <c>Buyers</c> in <paramref name="budget"/>: a JSON cut afterwards could not be read back, and no
    /// real buyer has a name that long.
    /// </summary>
    public static string Serialize(IReadOnlyList<Buyer> buyers, TextBudget budget) =>
        JsonSerializer.Serialize(
            buyers.Select(b => new BuyerJson(
                TextColumns.Cap(b.Name, "Buyers", budget)!,
                TextColumns.Cap(b.Identifier?.Value, "Buyers", budget),
                b.Identifier?.BusinessId?.Value,
                TextColumns.Cap(b.LegalType, "Buyers", budget),
                TextColumns.Cap(b.NutsCode, "Buyers", budget),
                TextColumns.Cap(b.Email, "Buyers", budget))).ToList(),
            Json);

    public static IReadOnlyList<Buyer> Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var buyers = JsonSerializer.Deserialize<List<BuyerJson>>(json, Json) ?? [];
        return [.. buyers.Select(b => new Buyer(b.Name, WinnerRow.ReadIdentifier(b.Identifier, b.BusinessId), b.LegalType, b.NutsCode, b.Email))];
    }

    private sealed record BuyerJson(string Name, string? Identifier, string? BusinessId, string? LegalType, string? NutsCode, string? Email);
}
