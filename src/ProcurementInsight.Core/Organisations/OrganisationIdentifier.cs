namespace ProcurementInsight.Core.Organisations;

/// <summary>
/// An organisation identifier as published (BT-501 for organisations): a Finnish business id when the
/// text is one (normalised, check digit valid), otherwise the text as given.
/// </summary>
/// <param name="Value">The normalised Finnish id, or the identifier exactly as published (trimmed).</param>
/// <param name="BusinessId">The Finnish business id when <see cref="Value"/> is one.</param>
public sealed record OrganisationIdentifier(string Value, BusinessId? BusinessId)
{
    /// <summary>
    /// Builds an identifier from published text: Finnish ids (<c>1234567-8</c>, <c>FI12345678</c>) are
    /// normalised; anything else is kept as given. Returns null for empty text.
    /// </summary>
    public static OrganisationIdentifier? FromPublished(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return Organisations.BusinessId.TryParse(trimmed, out var id) && LooksFinnish(trimmed)
            ? new OrganisationIdentifier(id.Value, id)
            : new OrganisationIdentifier(trimmed, null);
    }

    /// <summary>
    /// A bare eight-digit number could be any country's register number; accept it as Finnish only in
    /// the dashed form or with the FI prefix.
    /// </summary>
    private static bool LooksFinnish(string text) =>
        text.Contains('-', StringComparison.Ordinal) || text.StartsWith("FI", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value;
}
