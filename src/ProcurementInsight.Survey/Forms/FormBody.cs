namespace ProcurementInsight.Survey.Forms;

/// <summary>A submitted form body: the fields, or why it was refused.</summary>
/// <param name="Fields">The fields by name, each with its values in order; empty when refused.</param>
/// <param name="StatusCode">0 when read; 413 when too large, 415 when not <c>application/x-www-form-urlencoded</c>, 400 when malformed.</param>
public sealed record FormBody(IReadOnlyDictionary<string, IReadOnlyList<string>> Fields, int StatusCode)
{
    /// <summary>The most fields one form may carry.</summary>
    public const int MaxFields = 200;

    /// <summary>True when the body was read.</summary>
    public bool IsRead => StatusCode == 0;

    /// <summary>
    /// Reads an url-encoded form body of at most <paramref name="maxBytes"/> bytes: a declared length
    /// over the limit is refused without reading, and reading stops one byte past it.
    /// </summary>
    public static async Task<FormBody> ReadAsync(Stream body, long? contentLength, string? contentType, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentLength > maxBytes)
        {
            return Refused(413);
        }

        if (contentType is null || !contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(415);
        }

        var buffer = new byte[maxBytes + 1];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return Refused(413);
        }

        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, total);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Refused(400);
        }

        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++count > MaxFields)
            {
                return Refused(413);
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (name is null || value is null)
            {
                return Refused(400);
            }

            if (!fields.TryGetValue(name, out var values))
            {
                fields[name] = values = [];
            }

            values.Add(value);
        }

        return new FormBody(fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.Ordinal), 0);
    }

    private static FormBody Refused(int status) => new(new Dictionary<string, IReadOnlyList<string>>(), status);

    private static string? Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
