namespace ProcurementInsight.Core.Harvesting;

/// <summary>
/// Finds a harvested notice by the id a person types: <c>EF-48640</c>, <c>OLD-52994</c>, or a bare
/// <c>48640</c> (taken as an eForms notice). Shared by the function app and its local twin.
/// </summary>
public sealed class NoticeLookup(INoticeStore store)
{
    /// <summary>The HTTP route, below the <c>api</c> prefix.</summary>
    public const string Route = "notices/{id}";

    /// <summary>Looks the notice up.</summary>
    public async Task<NoticeLookupResult> FindAsync(string? id, CancellationToken cancellationToken)
    {
        if (!TryNormalise(id, out var key))
        {
            return NoticeLookupResult.Problem(400, "Not a notice id", "Use a HILMA notice id such as EF-48640, OLD-52994 or 48640.");
        }

        var stored = await store.GetAsync(key, cancellationToken);
        return stored is null
            ? NoticeLookupResult.Problem(404, "Notice not found", $"No harvested notice has the id {key}.")
            : NoticeLookupResult.Found(StoredNoticeDocument.From(stored));
    }

    /// <summary>Turns typed text into a notice key, rejecting anything that is not one.</summary>
    public static bool TryNormalise(string? id, out string key)
    {
        key = string.Empty;
        var text = id?.Trim().ToUpperInvariant() ?? string.Empty;
        string prefix;
        string digits;
        if (text.StartsWith("EF-", StringComparison.Ordinal) || text.StartsWith("OLD-", StringComparison.Ordinal))
        {
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            prefix = text[..(dash + 1)];
            digits = text[(dash + 1)..];
        }
        else
        {
            prefix = "EF-";
            digits = text;
        }

        if (digits.Length is 0 or > 12 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        key = prefix + digits;
        return true;
    }
}
